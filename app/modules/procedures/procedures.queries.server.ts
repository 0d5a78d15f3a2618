import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, OnlineLevel } from "../../../db/types";
import { parseSearch } from "../search/search.server";
import { matches, relevance, searchWithFallback } from "../search/search.queries.server";
import { offsetOf, pageOf, PAGE_SIZE, totalOf } from "../../utils/pagination";
import type { ProcedureFilters } from "./procedures.schema";

type Db = Kysely<Database> | Transaction<Database>;

/** A page of procedures matching the filters, best matches first when there is a search. */
export async function listProcedures(db: Db, f: ProcedureFilters, pageSize = PAGE_SIZE) {
  const query = parseSearch(f.q);
  const run = async (tsquery: string | null) => {
    // Rank and cut the page on procedures alone, then join agency and field for those rows only.
    let inner = db.selectFrom("procedures").select([
      "code",
      "name_vi",
      "name_en",
      "online_level",
      "postal_receipt",
      "postal_return",
      "processing_days",
      "processing_note_vi",
      "agency_id",
      "field_id",
      sql<number>`count(*) over()`.as("total"),
      (tsquery && query ? relevance(query, tsquery) : sql<number>`0`).as("score"),
    ]);
    if (f.agency) inner = inner.where("agency_id", "=", (eb) => eb.selectFrom("agencies").select("id").where("slug", "=", f.agency!));
    if (f.field) inner = inner.where("field_id", "=", (eb) => eb.selectFrom("procedure_fields").select("id").where("slug", "=", f.field!));
    if (f.online === "any") inner = inner.where("online_level", "in", ["full", "partial"]);
    else if (f.online) inner = inner.where("online_level", "=", f.online as OnlineLevel);
    if (f.postal === "receipt") inner = inner.where("postal_receipt", "=", true);
    if (f.postal === "return") inner = inner.where("postal_return", "=", true);
    if (f.postal === "any") inner = inner.where((eb) => eb.or([eb("postal_receipt", "=", true), eb("postal_return", "=", true)]));
    if (tsquery) inner = inner.where(matches(tsquery));
    const page = inner.orderBy("score", "desc").orderBy("name_vi").orderBy("code").limit(pageSize).offset(offsetOf(f.page, pageSize));
    const rows = await db
      .selectFrom(page.as("p"))
      .innerJoin("agencies as a", "a.id", "p.agency_id")
      .innerJoin("procedure_fields as f", "f.id", "p.field_id")
      .select([
        "p.code",
        "p.name_vi",
        "p.name_en",
        "p.online_level",
        "p.postal_receipt",
        "p.postal_return",
        "p.processing_days",
        "p.processing_note_vi",
        "p.total",
        "a.slug as agency_slug",
        "a.name_vi as agency_vi",
        "a.name_en as agency_en",
        "f.name_vi as field_vi",
        "f.name_en as field_en",
      ])
      .orderBy("p.score", "desc")
      .orderBy("p.name_vi")
      .orderBy("p.code")
      .execute();
    const total = await totalOf(rows, f.page, async () =>
      Number((await db.selectFrom(inner.as("all")).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n),
    );
    return pageOf(rows, total, f.page, pageSize);
  };
  if (!query) return { ...(await run(null)), relaxed: false };
  return searchWithFallback(query, run);
}

/** One procedure with its agency and field, or undefined. */
export async function getProcedure(db: Db, code: string) {
  return db
    .selectFrom("procedures as p")
    .innerJoin("agencies as a", "a.id", "p.agency_id")
    .innerJoin("procedure_fields as f", "f.id", "p.field_id")
    .selectAll("p")
    .select([
      "a.slug as agency_slug",
      "a.name_vi as agency_vi",
      "a.name_en as agency_en",
      "f.slug as field_slug",
      "f.name_vi as field_vi",
      "f.name_en as field_en",
    ])
    .where("p.code", "=", code)
    .executeTakeFirst();
}

/** Fields that have at least one procedure, for the filter. */
export async function listFields(db: Db) {
  return db
    .selectFrom("procedure_fields as f")
    .select(["f.slug", "f.name_vi", "f.name_en"])
    .where((eb) => eb.exists(eb.selectFrom("procedures as p").select("p.id").whereRef("p.field_id", "=", "f.id")))
    .orderBy("f.name_vi")
    .execute();
}
