import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, OnlineLevel } from "../../../db/types";
import { parseSearch } from "../search/search.server";
import { matches, relevance, searchWithFallback } from "../search/search.queries.server";
import { offsetOf, pageOf, PAGE_SIZE } from "../../utils/pagination";
import type { ProcedureFilters } from "./procedures.schema";

type Db = Kysely<Database> | Transaction<Database>;

/** A page of procedures matching the filters, best matches first when there is a search. */
export async function listProcedures(db: Db, f: ProcedureFilters, pageSize = PAGE_SIZE) {
  const query = parseSearch(f.q);
  const filtered = (tsquery: string | null) => {
    let q = db
      .selectFrom("procedures as p")
      .innerJoin("agencies as a", "a.id", "p.agency_id")
      .innerJoin("procedure_fields as f", "f.id", "p.field_id");
    if (f.agency) q = q.where("a.slug", "=", f.agency);
    if (f.field) q = q.where("f.slug", "=", f.field);
    if (f.online === "any") q = q.where("p.online_level", "in", ["full", "partial"]);
    else if (f.online) q = q.where("p.online_level", "=", f.online as OnlineLevel);
    if (f.postal === "receipt") q = q.where("p.postal_receipt", "=", true);
    if (f.postal === "return") q = q.where("p.postal_return", "=", true);
    if (f.postal === "any") q = q.where((eb) => eb.or([eb("p.postal_receipt", "=", true), eb("p.postal_return", "=", true)]));
    if (tsquery) q = q.where(matches(tsquery, "p"));
    return q;
  };
  const run = async (tsquery: string | null) => {
    let q = filtered(tsquery).select([
      "p.code",
      "p.name_vi",
      "p.name_en",
      "p.online_level",
      "p.postal_receipt",
      "p.postal_return",
      "p.processing_days",
      "p.processing_note_vi",
      "a.slug as agency_slug",
      "a.name_vi as agency_vi",
      "a.name_en as agency_en",
      "f.name_vi as field_vi",
      "f.name_en as field_en",
      sql<number>`count(*) over()`.as("total"),
    ]);
    if (tsquery && query) q = q.orderBy(relevance(query, tsquery, "p"), "desc");
    const rows = await q.orderBy("p.name_vi").orderBy("p.code").limit(pageSize).offset(offsetOf(f.page, pageSize)).execute();
    const total = rows[0]
      ? Number(rows[0].total)
      : f.page > 1 // past the last page: still count, so the page can offer a way back
        ? Number((await filtered(tsquery).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n)
        : 0;
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
