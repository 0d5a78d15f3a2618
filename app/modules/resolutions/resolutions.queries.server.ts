import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, PetitionsTable } from "../../../db/types";
import { parseSearch } from "../search/search.server";
import { matches, relevance, searchWithFallback } from "../search/search.queries.server";
import { offsetOf, pageOf, PAGE_SIZE, totalOf } from "../../utils/pagination";
import type { ResolutionFilters } from "./resolutions.schema";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Every petition column this module may read. A resolution is what publication made public:
 * the filer's name, email, phone, address, tax code and the unmasked subject, body, answer and
 * business name stay out, so every query below names its columns from this list (never `*`).
 */
export const PUBLIC_PETITION_COLUMNS = [
  "code",
  "agency_id",
  "topic_id",
  "filed_at",
  "received_on",
  "answered_on",
  "published_on",
  "reopen_count",
  "paused_days",
  "published_subject",
  "published_body",
  "published_answer",
  "published_business_name",
] as const satisfies ReadonlyArray<keyof PetitionsTable>;
type PublicColumn = (typeof PUBLIC_PETITION_COLUMNS)[number];

// The column lists the queries use, checked against the list above by the compiler.
const LIST_COLUMNS = [
  "code",
  "agency_id",
  "topic_id",
  "filed_at",
  "received_on",
  "answered_on",
  "published_on",
  "reopen_count",
  "paused_days",
  "published_subject",
  "published_business_name",
] as const satisfies ReadonlyArray<PublicColumn>;
const DETAIL_COLUMNS = [
  "p.code",
  "p.filed_at",
  "p.received_on",
  "p.answered_on",
  "p.published_on",
  "p.reopen_count",
  "p.paused_days",
  "p.published_subject",
  "p.published_body",
  "p.published_answer",
  "p.published_business_name",
] as const satisfies ReadonlyArray<`p.${PublicColumn}`>;

/** How much of the answer a list row carries (cut to a word in resolutions.server.ts). */
const EXCERPT_CHARS = 320;

/**
 * A page of published resolutions, newest published first (best match first when searching);
 * `q` is diacritic-insensitive like the other lists.
 */
export async function listResolutions(db: Db, f: ResolutionFilters, pageSize = PAGE_SIZE) {
  const query = parseSearch(f.q);
  const run = async (tsquery: string | null) => {
    // Filter, rank and cut the page on petitions alone (the partial indexes on status = 'published'
    // serve the plain list), then join agency and topic names for those rows only.
    let inner = db
      .selectFrom("petitions")
      .select([
        ...LIST_COLUMNS,
        "id", // for a stable order only; never leaves this query
        sql<string>`left(coalesce(published_answer, ''), ${sql.lit(EXCERPT_CHARS)})`.as("answer_excerpt"),
        sql<number>`count(*) over()`.as("total"),
        (tsquery && query ? relevance(query, tsquery) : sql<number>`0`).as("score"),
      ])
      .where("status", "=", "published");
    if (f.agency) inner = inner.where("agency_id", "=", (eb) => eb.selectFrom("agencies").select("id").where("slug", "=", f.agency!));
    if (f.year) inner = inner.where("published_on", ">=", `${f.year}-01-01`).where("published_on", "<", `${f.year + 1}-01-01`);
    if (tsquery) inner = inner.where(matches(tsquery));
    const page = inner
      .orderBy("score", "desc")
      .orderBy("published_on", "desc")
      .orderBy("id", "desc")
      .limit(pageSize)
      .offset(offsetOf(f.page, pageSize));
    const rows = await db
      .selectFrom(page.as("r"))
      .leftJoin("agencies as a", "a.id", "r.agency_id")
      .innerJoin("topics as t", "t.id", "r.topic_id")
      .select([
        "r.code",
        "r.filed_at",
        "r.received_on",
        "r.answered_on",
        "r.published_on",
        "r.reopen_count",
        "r.paused_days",
        "r.published_subject",
        "r.published_business_name",
        "r.answer_excerpt",
        "r.total",
        "a.slug as agency_slug",
        "a.name_vi as agency_vi",
        "a.name_en as agency_en",
        "t.slug as topic_slug",
        "t.name_vi as topic_vi",
        "t.name_en as topic_en",
      ])
      .orderBy("r.score", "desc")
      .orderBy("r.published_on", "desc")
      .orderBy("r.id", "desc")
      .execute();
    const total = await totalOf(rows, f.page, async () =>
      Number((await db.selectFrom(inner.as("all")).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n),
    );
    return pageOf(
      rows.map(({ total: _total, ...row }) => row),
      total,
      f.page,
      pageSize,
    );
  };
  if (!query) return { ...(await run(null)), relaxed: false };
  return searchWithFallback(query, run);
}

export type ResolutionListRow = Awaited<ReturnType<typeof listResolutions>>["items"][number];

/** The years from the first to the last publication, newest first, for the filter (two index look-ups, no scan). */
export async function listResolutionYears(db: Db): Promise<number[]> {
  const row = await db
    .selectFrom("petitions")
    .select((eb) => [eb.fn.min("published_on").as("first"), eb.fn.max("published_on").as("last")])
    .where("status", "=", "published")
    .executeTakeFirst();
  if (!row?.first || !row.last) return [];
  const first = Number(String(row.first).slice(0, 4));
  const last = Number(String(row.last).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** The public columns of published petitions with agency and topic names (no filter, no order yet). */
function publishedWithNames(db: Db) {
  return db
    .selectFrom("petitions as p")
    .leftJoin("agencies as a", "a.id", "p.agency_id")
    .innerJoin("topics as t", "t.id", "p.topic_id")
    .select([
      ...DETAIL_COLUMNS,
      "a.slug as agency_slug",
      "a.name_vi as agency_vi",
      "a.name_en as agency_en",
      "t.slug as topic_slug",
      "t.name_vi as topic_vi",
      "t.name_en as topic_en",
    ])
    .where("p.status", "=", "published");
}

/** One published resolution by its public code; undefined when unknown or not (or no longer) published. */
export async function getResolution(db: Db, code: string) {
  return publishedWithNames(db).where("p.code", "=", code).executeTakeFirst();
}

export type Resolution = NonNullable<Awaited<ReturnType<typeof getResolution>>>;

/** The n most recently published resolutions, in full, for the Atom feed and the home page. */
export async function latestResolutions(db: Db, n = 50): Promise<Resolution[]> {
  return publishedWithNames(db)
    .orderBy("p.published_on", "desc")
    .orderBy("p.id", "desc")
    .limit(Math.max(1, Math.min(n, 500)))
    .execute();
}
