import { sql, type Kysely, type Transaction } from "kysely";
import type { AgencyKind, Database } from "../../../db/types";

type Db = Kysely<Database> | Transaction<Database>;

/** Departments first, districts last: the order of AGENCY_KIND_ORDER, in SQL. */
const kindOrder = sql`case kind when 'department' then 1 when 'provincial_body' then 2 when 'public_service_unit' then 3 else 4 end`;

/** The province the portal serves (one row). */
export async function getProvince(db: Db) {
  const row = await db.selectFrom("province").selectAll().where("id", "=", 1).executeTakeFirst();
  return (
    row ?? {
      id: 1,
      name_vi: "",
      name_en: "",
      area_code: "",
      portal_name_vi: "Cổng minh bạch",
      portal_name_en: "Transparency Portal",
      address: "",
      email: "",
      hotline: "",
    }
  );
}

const AGENCY_COLUMNS = [
  "id",
  "slug",
  "name_vi",
  "name_en",
  "short_name_vi",
  "kind",
  "address",
  "email",
  "website",
  "head_name",
  "head_title_vi",
  "office_hours_vi",
  "office_hours_en",
  "description_vi",
  "description_en",
] as const;

/** Every active agency with its hotlines, ordered by kind then the province's own order. */
export async function listAgenciesWithHotlines(db: Db, opts: { slug?: string } = {}) {
  let q = db
    .selectFrom("agencies")
    .select(AGENCY_COLUMNS)
    .where("active", "=", true)
    .orderBy(kindOrder)
    .orderBy("sort_order")
    .orderBy("name_vi");
  if (opts.slug) q = q.where("slug", "=", opts.slug);
  const agencies = await q.execute();
  const hotlines = agencies.length
    ? await db
        .selectFrom("hotlines")
        .select(["id", "agency_id", "number", "label_vi", "label_en", "hours_vi", "hours_en", "verified_on"])
        .where(
          "agency_id",
          "in",
          agencies.map((a) => a.id),
        )
        .orderBy("agency_id")
        .orderBy("sort_order")
        .execute()
    : [];
  return agencies.map((a) => ({ ...a, hotlines: hotlines.filter((h) => h.agency_id === a.id) }));
}

/** Slug and names of active agencies, for select boxes. */
export async function listAgencyOptions(db: Db) {
  return db
    .selectFrom("agencies")
    .select(["slug", "name_vi", "name_en", "kind"])
    .where("active", "=", true)
    .orderBy(kindOrder)
    .orderBy("sort_order")
    .orderBy("name_vi")
    .execute();
}

/** One agency with hotlines and how many procedures and documents it publishes; undefined if unknown. */
export async function getAgencyBySlug(db: Db, slug: string) {
  const [agency] = await listAgenciesWithHotlines(db, { slug });
  if (!agency) return undefined;
  const [procedures, documents] = await Promise.all([
    db
      .selectFrom("procedures")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("agency_id", "=", agency.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("documents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("agency_id", "=", agency.id)
      .executeTakeFirstOrThrow(),
  ]);
  return { ...agency, procedureCount: Number(procedures.n), documentCount: Number(documents.n) };
}

export interface NewAgency {
  slug: string;
  name_vi: string;
  name_en: string | null;
  short_name_vi: string | null;
  kind: AgencyKind;
  address: string;
  email: string;
  website: string | null;
  head_name: string | null;
  head_title_vi: string | null;
  office_hours_vi: string;
  office_hours_en: string;
  description_vi: string;
  description_en: string;
  sort_order: number;
  search_name: string;
  search_body: string;
}

export async function insertAgency(db: Db, agency: NewAgency): Promise<number> {
  const row = await db.insertInto("agencies").values(agency).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function insertHotlines(
  db: Db,
  rows: Array<{
    agency_id: number;
    number: string;
    label_vi: string;
    label_en: string;
    hours_vi: string;
    hours_en: string;
    verified_on: string | null;
    sort_order: number;
  }>,
) {
  if (rows.length) await db.insertInto("hotlines").values(rows).execute();
}
