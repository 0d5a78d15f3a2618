import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../../db/types";
import { ensureIndexMethod } from "../../../db/seed/index-method";
import { writeAudit } from "../staff/audit.server";
import * as q from "./transparency.queries.server";
import { methodInputSchema, type MethodInput } from "./transparency.schema";
import { COMPONENTS, type Component, type IndexMethod } from "./transparency.types";

type Db = Kysely<Database> | Transaction<Database>;

type MethodRow = NonNullable<Awaited<ReturnType<typeof q.methodRow>>>;

function toMethod(r: MethodRow): IndexMethod {
  // A component added after a version was saved weighs 0 in that version.
  const weights = Object.fromEntries(COMPONENTS.map((c) => [c, Number(r.weights?.[c] ?? 0)])) as Record<Component, number>;
  return { version: r.version, weights, minCases: r.min_cases, noteVi: r.note_vi, noteEn: r.note_en, createdAt: new Date(r.created_at).toISOString() };
}

/** The method new figures are computed with: the latest version (version 1 is inserted if there is none). */
export async function getCurrentMethod(db: Db): Promise<IndexMethod> {
  let row = await q.latestMethodRow(db);
  if (!row) {
    await ensureIndexMethod(db);
    row = await q.latestMethodRow(db);
  }
  return toMethod(row!);
}

/** One version of the method, or null. */
export async function getMethod(db: Db, version: number): Promise<IndexMethod | null> {
  if (!Number.isSafeInteger(version) || version < 1) return null;
  const row = await q.methodRow(db, version);
  return row ? toMethod(row) : null;
}

/** Every version, newest first (the methodology page lists them all). */
export async function listMethods(db: Db): Promise<IndexMethod[]> {
  return (await q.methodRows(db)).map(toMethod);
}

/** Listeners told when a new version is saved (the report cache drops what it computed under the old one). */
const onNewMethod = new Set<(db: Db) => void>();
export function onMethodChange(listener: (db: Db) => void): () => void {
  onNewMethod.add(listener);
  return () => onNewMethod.delete(listener);
}

/**
 * Saves a new version of the index method (the latest + 1) with an audit row. Figures already
 * published for ended periods keep the version they were made with. Throws a ZodError on bad input.
 */
export async function createMethodVersion(db: Kysely<Database>, input: MethodInput, staffUserId: number | null, ip?: string | null): Promise<IndexMethod> {
  const data = methodInputSchema.parse(input);
  const created = await db.transaction().execute(async (tx) => {
    // Two administrators saving at once get consecutive versions, not a key violation.
    await sql`select pg_advisory_xact_lock(hashtext('portal:index-method'))`.execute(tx);
    const previous = await q.latestMethodRow(tx);
    const row = await q.insertMethodRow(tx, {
      version: (previous?.version ?? 0) + 1,
      weights: data.weights,
      minCases: data.minCases,
      noteVi: data.noteVi,
      noteEn: data.noteEn,
      createdBy: staffUserId,
    });
    const method = toMethod(row);
    await writeAudit(tx, {
      staffUserId,
      action: "index_method.create",
      entity: "index_method",
      entityId: method.version,
      before: previous ? { version: previous.version, weights: previous.weights, minCases: previous.min_cases } : null,
      after: { version: method.version, weights: method.weights, minCases: method.minCases, noteVi: method.noteVi, noteEn: method.noteEn },
      ip: ip ?? null,
    });
    return method;
  });
  for (const listener of onNewMethod) listener(db);
  return created;
}
