import { sql, type Kysely, type RawBuilder, type Transaction } from "kysely";
import type { Database } from "../../../db/types";
import type { SearchQuery } from "./search.server";
import { offsetOf, pageOf, type Page } from "../../utils/pagination";

type Db = Kysely<Database> | Transaction<Database>;

/** `search_tsv @@ query`: served by the GIN index on search_tsv. */
export function matches(tsquery: string, table?: string): RawBuilder<boolean> {
  const col = table ? sql.ref(`${table}.search_tsv`) : sql.ref("search_tsv");
  return sql<boolean>`${col} @@ to_tsquery('simple', ${tsquery})`;
}

/**
 * Relevance, in tiers: the typed phrase inside the name (4), every word in the name (2), then
 * full-text rank (below 1; name words weigh 1.0, body words 0.2) to order within a tier.
 */
export function relevance(query: SearchQuery, tsquery: string, table?: string): RawBuilder<number> {
  const p = (c: string) => sql.ref(table ? `${table}.${c}` : c);
  return sql<number>`(case when ${p("search_name")} like ${`%${query.phrase}%`} then 4 else 0 end)
    + (case when ${p("search_tsv")} @@ to_tsquery('simple', ${query.inName}) then 2 else 0 end)
    + ts_rank('{0.1,0.2,0.4,1.0}', ${p("search_tsv")}, to_tsquery('simple', ${tsquery}))`;
}

/**
 * Runs a ranked search page: every word required; when nothing has them all, any of the words
 * (reported as `relaxed` so the page can say so).
 */
export async function searchWithFallback<T>(
  query: SearchQuery,
  run: (tsquery: string) => Promise<Page<T>>,
): Promise<Page<T> & { relaxed: boolean }> {
  const strict = await run(query.all);
  if (strict.total > 0 || query.terms.length < 2) return { ...strict, relaxed: false };
  return { ...(await run(query.any)), relaxed: true };
}

export type SearchHitType = "agency" | "procedure" | "document";
export interface SearchHit {
  type: SearchHitType;
  key: string;
  title_vi: string;
  title_en: string | null;
  detail: string | null;
  agency_vi: string | null;
  agency_en: string | null;
  rank: number;
}

/** One ranked, paginated list over agencies, procedures and documents. */
export async function searchEverything(
  db: Db,
  query: SearchQuery,
  opts: { type?: SearchHitType; page: number; pageSize?: number },
) {
  const pageSize = opts.pageSize ?? 20;
  const counts = async (tsquery: string) => {
    const row = await sql<{ agency: number; procedure: number; document: number }>`
      select
        (select count(*) from agencies where active and ${matches(tsquery)})::int as agency,
        (select count(*) from procedures where ${matches(tsquery)})::int as procedure,
        (select count(*) from documents where ${matches(tsquery)})::int as document`.execute(db);
    return row.rows[0];
  };
  const run = async (tsquery: string) => {
    const wanted = (t: SearchHitType) => !opts.type || opts.type === t;
    const parts: RawBuilder<unknown>[] = [];
    if (wanted("agency"))
      parts.push(sql`select 'agency' as type, slug as key, name_vi as title_vi, name_en as title_en,
        null::text as detail, null::int as agency_id,
        -- an agency whose name matches is usually what was meant: list it first within its tier
        ${relevance(query, tsquery)} + (case when search_tsv @@ to_tsquery('simple', ${query.inName}) then 1 else 0 end) as rank
        from agencies where active and ${matches(tsquery)}`);
    if (wanted("procedure"))
      parts.push(sql`select 'procedure' as type, code as key, name_vi as title_vi, name_en as title_en, code as detail,
        agency_id, ${relevance(query, tsquery)} as rank
        from procedures where ${matches(tsquery)}`);
    if (wanted("document"))
      parts.push(sql`select 'document' as type, id::text as key, title_vi, title_en, number as detail,
        agency_id, ${relevance(query, tsquery)} as rank
        from documents where ${matches(tsquery)}`);
    const c = await counts(tsquery);
    const total = (wanted("agency") ? c.agency : 0) + (wanted("procedure") ? c.procedure : 0) + (wanted("document") ? c.document : 0);
    // Cut the page from the ranked union first; join agency names for those rows only.
    const rows = await sql<SearchHit>`
      select hits.type, hits.key, hits.title_vi, hits.title_en, hits.detail, hits.rank,
             a.name_vi as agency_vi, a.name_en as agency_en
      from (
        select * from (${sql.join(parts, sql` union all `)}) u
        order by rank desc, title_vi asc
        limit ${pageSize} offset ${offsetOf(opts.page, pageSize)}
      ) hits
      left join agencies a on a.id = hits.agency_id
      order by hits.rank desc, hits.title_vi asc`.execute(db);
    return { ...pageOf(rows.rows, total, opts.page, pageSize), counts: c };
  };
  let counted: Awaited<ReturnType<typeof run>> | undefined;
  const result = await searchWithFallback(query, async (tsq) => (counted = await run(tsq)));
  return { ...result, counts: counted!.counts };
}
