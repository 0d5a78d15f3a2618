import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, PetitionsTable } from "../../../db/types";
import type { PetitionStatus } from "../petitions/petitions.rules";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Every petition column Open311 may read. GET responses are public: the filer's name, email,
 * phone, address, business name, tax code and the unpublished subject, body and answer stay out,
 * so the queries below name their columns from this list (never `*`), checked by the compiler.
 */
export const OPEN311_PETITION_COLUMNS = [
  "code",
  "status",
  "agency_id",
  "topic_id",
  "filed_at",
  "updated_at",
  "due_on",
  "published_subject",
  "published_body",
  "published_answer",
] as const satisfies ReadonlyArray<keyof PetitionsTable>;

export interface ServiceRequestFilter {
  /** Petition codes: when given, the other filters do not apply (the spec's service_request_id). */
  codes: string[] | null;
  topicSlugs: string[];
  statuses: PetitionStatus[];
  from: Date;
  to: Date | null;
  limit: number;
  offset: number;
}

/**
 * A page of petitions as service requests, newest filed first. The page is cut on petitions alone
 * (filed_at range, status, topic), then topic and agency names are joined for those rows only.
 */
export async function listServiceRequests(db: Db, f: ServiceRequestFilter) {
  let inner = db.selectFrom("petitions").select([...OPEN311_PETITION_COLUMNS, "id"]);
  if (f.codes) {
    inner = inner.where("code", "in", f.codes.length ? f.codes : [""]);
  } else {
    inner = inner.where("filed_at", ">=", f.from);
    if (f.to) inner = inner.where("filed_at", "<=", f.to);
    if (f.statuses.length) inner = inner.where("status", "in", f.statuses);
    if (f.topicSlugs.length) inner = inner.where("topic_id", "in", (eb) => eb.selectFrom("topics").select("id").where("slug", "in", f.topicSlugs));
  }
  const page = inner.orderBy("filed_at", "desc").orderBy("id", "desc").limit(f.limit).offset(f.offset);
  return db
    .selectFrom(page.as("r"))
    .innerJoin("topics as t", "t.id", "r.topic_id")
    .leftJoin("agencies as a", "a.id", "r.agency_id")
    .select([
      "r.code",
      "r.status",
      "r.filed_at",
      "r.updated_at",
      "r.due_on",
      "r.published_subject",
      "r.published_body",
      "r.published_answer",
      "t.slug as topic_slug",
      "t.name_vi as topic_vi",
      "t.name_en as topic_en",
      "a.name_vi as agency_vi",
      "a.name_en as agency_en",
    ])
    .orderBy("r.filed_at", "desc")
    .orderBy("r.id", "desc")
    .execute();
}
export type ServiceRequestRow = Awaited<ReturnType<typeof listServiceRequests>>[number];

/** True when a petition has this code (the token lookup). */
export async function petitionExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom("petitions").select("id").where("code", "=", code).executeTakeFirst());
}

/** When the service definitions last changed as far as the data tells: the newest agency edit. */
export async function agenciesChangedAt(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom("agencies")
    .select(sql<Date | string | null>`max(updated_at)`.as("at"))
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}
