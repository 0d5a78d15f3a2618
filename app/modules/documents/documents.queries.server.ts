import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, DocumentKind } from "../../../db/types";
import { parseSearch } from "../search/search.server";
import { matches, relevance, searchWithFallback } from "../search/search.queries.server";
import { offsetOf, pageOf, PAGE_SIZE, totalOf } from "../../utils/pagination";
import type { DocumentFilters } from "./documents.schema";

type Db = Kysely<Database> | Transaction<Database>;

/** A page of published documents, newest first (best match first when searching). */
export async function listDocuments(db: Db, f: DocumentFilters, pageSize = PAGE_SIZE) {
  const query = parseSearch(f.q);
  const run = async (tsquery: string | null) => {
    // Rank and cut the page on documents alone, then join the agency for those rows only: the
    // planner cannot estimate full-text matches, and a join before the cut multiplies the work.
    let inner = db.selectFrom("documents").select([
      "id",
      "kind",
      "number",
      "title_vi",
      "title_en",
      "issued_on",
      "agency_id",
      sql<number>`count(*) over()`.as("total"),
      (tsquery && query ? relevance(query, tsquery) : sql<number>`0`).as("score"),
    ]);
    if (f.kind) inner = inner.where("kind", "=", f.kind);
    if (f.agency) inner = inner.where("agency_id", "=", (eb) => eb.selectFrom("agencies").select("id").where("slug", "=", f.agency!));
    if (f.year) inner = inner.where("issued_on", ">=", `${f.year}-01-01`).where("issued_on", "<", `${f.year + 1}-01-01`);
    if (tsquery) inner = inner.where(matches(tsquery));
    const page = inner.orderBy("score", "desc").orderBy("issued_on", "desc").orderBy("id", "desc").limit(pageSize).offset(offsetOf(f.page, pageSize));
    const rows = await db
      .selectFrom(page.as("d"))
      .innerJoin("agencies as a", "a.id", "d.agency_id")
      .select(["d.id", "d.kind", "d.number", "d.title_vi", "d.title_en", "d.issued_on", "d.total", "a.slug as agency_slug", "a.name_vi as agency_vi", "a.name_en as agency_en"])
      .orderBy("d.score", "desc")
      .orderBy("d.issued_on", "desc")
      .orderBy("d.id", "desc")
      .execute();
    const total = await totalOf(rows, f.page, async () =>
      Number((await db.selectFrom(inner.as("all")).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n),
    );
    return pageOf(rows, total, f.page, pageSize);
  };
  if (!query) return { ...(await run(null)), relaxed: false };
  return searchWithFallback(query, run);
}

/** The newest documents, for the home page. */
export async function latestDocuments(db: Db, limit = 6) {
  return db
    .selectFrom("documents as d")
    .innerJoin("agencies as a", "a.id", "d.agency_id")
    .select(["d.id", "d.kind", "d.number", "d.title_vi", "d.title_en", "d.issued_on", "a.name_vi as agency_vi", "a.name_en as agency_en"])
    .orderBy("d.issued_on", "desc")
    .orderBy("d.id", "desc")
    .limit(limit)
    .execute();
}

/** The years from the oldest to the newest document, newest first, for the filter (two index look-ups, no scan). */
export async function listDocumentYears(db: Db): Promise<number[]> {
  const row = await db
    .selectFrom("documents")
    .select((eb) => [eb.fn.min("issued_on").as("first"), eb.fn.max("issued_on").as("last")])
    .executeTakeFirst();
  if (!row?.first || !row.last) return [];
  const first = Number(String(row.first).slice(0, 4));
  const last = Number(String(row.last).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** One document with its agency and attachment list (without file contents), or undefined. */
export async function getDocument(db: Db, id: number) {
  const doc = await db
    .selectFrom("documents as d")
    .innerJoin("agencies as a", "a.id", "d.agency_id")
    .select([
      "d.id",
      "d.kind",
      "d.number",
      "d.title_vi",
      "d.title_en",
      "d.summary_vi",
      "d.summary_en",
      "d.signer",
      "d.issued_on",
      "d.effective_on",
      "d.published_at",
      "a.slug as agency_slug",
      "a.name_vi as agency_vi",
      "a.name_en as agency_en",
    ])
    .where("d.id", "=", id)
    .executeTakeFirst();
  if (!doc) return undefined;
  const attachments = await db
    .selectFrom("document_attachments as da")
    .innerJoin("files as f", "f.id", "da.file_id")
    .select(["f.id", "f.filename", "f.content_type", "f.size", "da.label_vi"])
    .where("da.document_id", "=", id)
    .orderBy("da.sort_order")
    .execute();
  return { ...doc, attachments };
}

/** An attachment's bytes, only when it belongs to that document (ids in URLs are not trusted). */
export async function getDocumentFile(db: Db, documentId: number, fileId: number) {
  return db
    .selectFrom("document_attachments as da")
    .innerJoin("files as f", "f.id", "da.file_id")
    .select(["f.filename", "f.content_type", "f.size", "f.sha256", "f.data"])
    .where("da.document_id", "=", documentId)
    .where("da.file_id", "=", fileId)
    .executeTakeFirst();
}

export async function insertFile(
  db: Db,
  file: { filename: string; content_type: string; size: number; sha256: string; data: Uint8Array },
): Promise<number> {
  return (await db.insertInto("files").values(file).returning("id").executeTakeFirstOrThrow()).id;
}

export async function insertDocument(
  db: Db,
  doc: {
    kind: DocumentKind;
    number: string;
    title_vi: string;
    title_en: string | null;
    summary_vi: string;
    summary_en: string | null;
    agency_id: number;
    signer: string | null;
    issued_on: string;
    effective_on: string | null;
    published_at: Date;
    search_name: string;
    search_body: string;
  },
): Promise<number> {
  return (await db.insertInto("documents").values(doc).returning("id").executeTakeFirstOrThrow()).id;
}

export async function attachFile(db: Db, row: { document_id: number; file_id: number; label_vi: string; sort_order: number }) {
  await db.insertInto("document_attachments").values(row).execute();
}
