import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../../db/types";
import { addDays, todayInVietnam, type WorkingCalendar } from "../calendar/calendar";
import { loadCalendar } from "../calendar/calendar.server";
import { OPEN_STATUSES } from "../petitions/petitions.rules";

type Db = Kysely<Database> | Transaction<Database>;

// ---------------------------------------------------------------------------------------------
// Rollups: one row per agency and month of filing, recomputed from that month's petitions
// ---------------------------------------------------------------------------------------------

/** The first day of the month (Vietnam time) in which `filedAt` falls: the rollup row a petition counts in. */
export function monthOfFiling(filedAt: Date): string {
  return `${todayInVietnam(filedAt).slice(0, 7)}-01`;
}

/** The instant a Vietnam calendar day starts. */
export function startOfVietnamDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])-01$/;
const SATISFIED = new Set(["very_satisfied", "satisfied"]);
const OPEN = new Set<string>(OPEN_STATUSES);

/**
 * The lock key of one agency-month (outside the int4 range, so it never meets the hashtext() keys
 * other code locks on): refreshes of the same row take turns, so the last to commit has read
 * every change committed before it.
 */
function lockKey(agencyId: number, month: string): number {
  return 4_000_000_000_000 + agencyId * 1_000_000 + Number(month.slice(0, 4)) * 100 + Number(month.slice(5, 7));
}

export interface RollupCounts {
  received: number;
  answered: number;
  answered_on_time: number;
  answered_with_consent: number;
  published: number;
  rated: number;
  satisfied: number;
  reopened: number;
  open: number;
  answer_days: Record<string, number>;
}

interface PetitionFacts {
  status: string;
  reject_reason: string | null;
  public_consent: boolean;
  received_on: string;
  due_on: string;
  answered_on: string | null;
  paused_days: number;
  rating: string | null;
  reopen_count: number;
}

/**
 * What a month of an agency's petitions adds up to. Petitions rejected as spam or duplicates are not
 * petitions and count nowhere. A reopened petition counts as reopened once it has been answered
 * again (so the reopen rate, reopened / answered, never passes 1).
 */
export function countPetitions(rows: PetitionFacts[], cal: WorkingCalendar): RollupCounts {
  const c: RollupCounts = { received: 0, answered: 0, answered_on_time: 0, answered_with_consent: 0, published: 0, rated: 0, satisfied: 0, reopened: 0, open: 0, answer_days: {} };
  for (const p of rows) {
    if (p.status === "rejected" && (p.reject_reason === "spam" || p.reject_reason === "duplicate")) continue;
    c.received++;
    if (OPEN.has(p.status)) c.open++;
    if (p.status === "published") c.published++;
    if (p.rating) {
      c.rated++;
      if (SATISFIED.has(p.rating)) c.satisfied++;
    }
    if (!p.answered_on) continue;
    c.answered++;
    if (p.answered_on <= p.due_on) c.answered_on_time++;
    if (p.public_consent) c.answered_with_consent++;
    if (p.reopen_count > 0) c.reopened++;
    // Working days with the current owner, less the days the clock stood still waiting for the filer.
    const days = Math.max(0, cal.workingDaysBetween(p.received_on, p.answered_on) - p.paused_days);
    c.answer_days[String(days)] = (c.answer_days[String(days)] ?? 0) + 1;
  }
  return c;
}

/**
 * Recomputes the agency_month_stats row of (agency, month of filing) from that month's petitions of
 * the agency (index petitions_agency_filed_idx); deletes it when there are none. Returns the counts
 * written (null when deleted). Runs in the caller's transaction, or in its own.
 */
export async function refreshAgencyMonth(db: Db, agencyId: number, month: string, cal: WorkingCalendar): Promise<RollupCounts | null> {
  if (!MONTH_RE.test(month)) throw new RangeError(`refreshAgencyMonth: month must be the first day of a month, got ${JSON.stringify(month)}`);
  if (!db.isTransaction) return db.transaction().execute((tx) => refreshAgencyMonth(tx, agencyId, month, cal));
  await sql`select pg_advisory_xact_lock(${lockKey(agencyId, month)}::bigint)`.execute(db);
  const rows = await db
    .selectFrom("petitions")
    .select(["status", "reject_reason", "public_consent", "received_on", "due_on", "answered_on", "paused_days", "rating", "reopen_count"])
    .where("agency_id", "=", agencyId)
    .where("filed_at", ">=", startOfVietnamDay(month))
    .where("filed_at", "<", startOfVietnamDay(nextMonth(month)))
    .execute();
  if (rows.length === 0) {
    await db.deleteFrom("agency_month_stats").where("agency_id", "=", agencyId).where("month", "=", month).execute();
    return null;
  }
  const c = countPetitions(rows, cal);
  const values = { ...c, answer_days: JSON.stringify(c.answer_days) };
  await db
    .insertInto("agency_month_stats")
    .values({ agency_id: agencyId, month, ...values, refreshed_at: new Date() })
    .onConflict((oc) => oc.columns(["agency_id", "month"]).doUpdateSet({ ...values, refreshed_at: new Date() }))
    .execute();
  return c;
}

/**
 * Keeps the rollups current after a petition changed: refreshes its month for each agency that
 * owned it before or owns it now (null = the triage queue, which has no rollup). Call it inside the
 * transaction that changed the petition, after the change.
 */
export async function refreshForPetition(tx: Db, p: { agencyIds: Array<number | null>; filedAt: Date }, cal: WorkingCalendar): Promise<void> {
  const month = monthOfFiling(p.filedAt);
  // Always in the same order, so two transfers between the same agencies cannot deadlock.
  const ids = [...new Set(p.agencyIds.filter((id): id is number => typeof id === "number"))].sort((a, b) => a - b);
  for (const id of ids) await refreshAgencyMonth(tx, id, month, cal);
}

/**
 * Recomputes every rollup row: all agency-months that have petitions, and drops rows that no longer
 * have any. One grouped pass over the petitions, then one small transaction per agency-month (for
 * databases filled before the rollups existed, after bulk imports or back-dating, and benchmarks).
 * Returns how many agency-months it refreshed.
 */
export async function rebuildAllRollups(db: Kysely<Database>, cal?: WorkingCalendar): Promise<number> {
  const calendar = cal ?? (await loadCalendar(db));
  const withPetitions = await sql<{ agency_id: number; month: string }>`
    select agency_id, to_char((filed_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-01') as month
    from petitions where agency_id is not null group by 1, 2`.execute(db);
  const existing = await db.selectFrom("agency_month_stats").select(["agency_id", "month"]).execute();
  const keys = new Map<string, { agencyId: number; month: string }>();
  for (const r of [...withPetitions.rows, ...existing]) keys.set(`${r.agency_id}|${r.month}`, { agencyId: r.agency_id, month: r.month });
  for (const { agencyId, month } of keys.values()) await refreshAgencyMonth(db, agencyId, month, calendar);
  return keys.size;
}

/** At start-up: rebuilds the rollups when there are none but petitions exist (a database from before them). Returns true when it rebuilt. */
export async function ensureRollups(db: Kysely<Database>): Promise<boolean> {
  const any = await db.selectFrom("agency_month_stats").select("agency_id").limit(1).executeTakeFirst();
  if (any) return false;
  const petition = await db.selectFrom("petitions").select("id").where("agency_id", "is not", null).limit(1).executeTakeFirst();
  if (!petition) return false;
  await rebuildAllRollups(db);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reads for the figures (all grouped; none scans the petitions beyond the open ones)
// ---------------------------------------------------------------------------------------------

/** Active agencies, and any other agency with rollups in `months` (its figures stay published). */
export async function listReportAgencies(db: Db, months: string[]) {
  return db
    .selectFrom("agencies as a")
    .select(["a.id", "a.slug", "a.name_vi", "a.name_en", "a.kind", "a.sort_order"])
    .where((eb) =>
      eb.or([
        eb("a.active", "=", true),
        eb.exists(eb.selectFrom("agency_month_stats as s").select("s.agency_id").whereRef("s.agency_id", "=", "a.id").where("s.month", "in", months)),
      ]),
    )
    .orderBy("a.sort_order")
    .orderBy("a.id")
    .execute();
}

/** The rollup rows of the months (index agency_month_stats_month_idx). */
export async function listRollups(db: Db, months: string[]) {
  if (months.length === 0) return [];
  return db
    .selectFrom("agency_month_stats")
    .select(["agency_id", "month", "received", "answered", "answered_on_time", "answered_with_consent", "published", "rated", "satisfied", "reopened", "open", "answer_days"])
    .where("month", "in", months)
    .execute();
}

/** Statuses whose deadline clock is running (waiting for the filer stops it, so those are never overdue). */
const RUNNING = ["received", "in_progress", "transferred"] as const;

/**
 * Per agency: open petitions past their due date as of `today` (all periods), and how many of
 * those were filed in [from, to). Reads only open past-due petitions (index petitions_status_due_idx).
 */
export async function overdueByAgency(db: Db, today: string, from: Date, to: Date) {
  const rows = await db
    .selectFrom("petitions")
    .select([
      "agency_id",
      sql<number>`count(*)`.as("overdue"),
      sql<number>`count(*) filter (where filed_at >= ${from} and filed_at < ${to})`.as("overdue_in_period"),
    ])
    .where("status", "in", RUNNING)
    .where("due_on", "<", today)
    .where("agency_id", "is not", null)
    .groupBy("agency_id")
    .execute();
  return new Map(rows.map((r) => [r.agency_id!, { overdue: Number(r.overdue), inPeriod: Number(r.overdue_in_period) }]));
}

/** Per agency: how many hotlines, and the latest day one was verified. */
export async function hotlinesByAgency(db: Db) {
  const rows = await db
    .selectFrom("hotlines")
    .select(["agency_id", sql<number>`count(*)`.as("n"), sql<string | null>`max(verified_on)::text`.as("verified_on")])
    .groupBy("agency_id")
    .execute();
  return new Map(rows.map((r) => [r.agency_id, { count: Number(r.n), verifiedOn: r.verified_on }]));
}

/**
 * Per agency: procedures, those complete (processing time, required documents, fee and steps all
 * given) and updated within 365 days before `asOf`, those fully online, those with postal receipt or return.
 */
export async function proceduresByAgency(db: Db, asOf: string) {
  const since = addDays(asOf, -365);
  const rows = await db
    .selectFrom("procedures")
    .select([
      "agency_id",
      sql<number>`count(*)`.as("total"),
      sql<number>`count(*) filter (where processing_days is not null and cardinality(required_documents_vi) > 0 and btrim(fee_vi) <> '' and cardinality(steps_vi) > 0 and updated_on >= ${since})`.as("complete"),
      sql<number>`count(*) filter (where online_level = 'full')`.as("online"),
      sql<number>`count(*) filter (where postal_receipt or postal_return)`.as("postal"),
    ])
    .groupBy("agency_id")
    .execute();
  return new Map(rows.map((r) => [r.agency_id, { total: Number(r.total), complete: Number(r.complete), online: Number(r.online), postal: Number(r.postal) }]));
}

export const DISCLOSED_KINDS = ["planning", "plan", "budget"] as const;

/** Per agency: planning, plan and budget documents published in [from, to). */
export async function disclosedDocumentsByAgency(db: Db, from: Date, to: Date) {
  const rows = await db
    .selectFrom("documents")
    .select(["agency_id", "kind", sql<number>`count(*)`.as("n")])
    .where("kind", "in", DISCLOSED_KINDS)
    .where("published_at", ">=", from)
    .where("published_at", "<", to)
    .groupBy(["agency_id", "kind"])
    .execute();
  const out = new Map<number, { planning: number; plan: number; budget: number }>();
  for (const r of rows) {
    const d = out.get(r.agency_id) ?? { planning: 0, plan: 0, budget: 0 };
    d[r.kind as (typeof DISCLOSED_KINDS)[number]] += Number(r.n);
    out.set(r.agency_id, d);
  }
  return out;
}

/** The province's plan indicators from the procedure and e-document statistics of `quarters`. */
export async function planActuals(db: Db, quarters: string[]) {
  const qs = quarters.length ? quarters : ["none"];
  const stats = db
    .selectFrom("procedure_stats")
    .select([
      "procedure_id",
      sql<number>`sum(total)`.as("total"),
      sql<number>`sum(online)`.as("online"),
      sql<number>`sum(postal_received)`.as("pr"),
      sql<number>`sum(postal_returned)`.as("pt"),
    ])
    .where("quarter", "in", qs)
    .groupBy("procedure_id")
    .as("s");
  const p = await db
    .selectFrom("procedures as p")
    .leftJoin(stats, "s.procedure_id", "p.id")
    .select([
      sql<number>`count(*) filter (where p.online_level in ('full', 'partial'))`.as("online_procs"),
      sql<number>`count(*) filter (where p.online_level in ('full', 'partial') and coalesce(s.online, 0) > 0)`.as("online_used"),
      sql<number>`count(*) filter (where p.postal_receipt or p.postal_return)`.as("postal_procs"),
      sql<number>`count(*) filter (where (p.postal_receipt or p.postal_return) and coalesce(s.pr, 0) + coalesce(s.pt, 0) > 0)`.as("postal_used"),
      sql<number>`coalesce(sum(s.total) filter (where p.postal_receipt or p.postal_return), 0)`.as("postal_total"),
      sql<number>`coalesce(sum(s.pr) filter (where p.postal_receipt or p.postal_return), 0)`.as("postal_received"),
      sql<number>`coalesce(sum(s.pt) filter (where p.postal_receipt or p.postal_return), 0)`.as("postal_returned"),
    ])
    .executeTakeFirstOrThrow();
  const e = await db
    .selectFrom("edoc_stats")
    .select([sql<number>`coalesce(sum(total), 0)`.as("total"), sql<number>`coalesce(sum(electronic), 0)`.as("electronic")])
    .where("quarter", "in", qs)
    .executeTakeFirstOrThrow();
  const n = (v: unknown) => Number(v ?? 0);
  return {
    onlineProcedures: n(p.online_procs),
    onlineUsed: n(p.online_used),
    postalProcedures: n(p.postal_procs),
    postalUsed: n(p.postal_used),
    postalTotal: n(p.postal_total),
    postalReceived: n(p.postal_received),
    postalReturned: n(p.postal_returned),
    edocTotal: n(e.total),
    edocElectronic: n(e.electronic),
  };
}

/** The province's PCI transparency results up to `maxYear`, oldest first. */
export async function listPci(db: Db, maxYear: number) {
  return db.selectFrom("pci_results").select(["year", "transparency_score", "transparency_rank", "provinces"]).where("year", "<=", maxYear).orderBy("year").execute();
}

export async function getProvinceNames(db: Db) {
  return db.selectFrom("province").select(["name_vi", "name_en"]).orderBy("id").limit(1).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Snapshots and methods
// ---------------------------------------------------------------------------------------------

export async function getSnapshot(db: Db, period: string) {
  return db.selectFrom("figure_snapshots").select(["period", "method_version", "data", "created_at"]).where("period", "=", period).executeTakeFirst();
}

/** Stores the figures of an ended period unless another server stored them first (the first stays). */
export async function insertSnapshot(db: Db, period: string, methodVersion: number, data: unknown): Promise<void> {
  await db
    .insertInto("figure_snapshots")
    .values({ period, method_version: methodVersion, data: JSON.stringify(data) })
    .onConflict((oc) => oc.column("period").doNothing())
    .execute();
}

const METHOD_COLUMNS = ["version", "weights", "min_cases", "note_vi", "note_en", "created_by", "created_at"] as const;

export async function latestMethodRow(db: Db) {
  return db.selectFrom("index_methods").select(METHOD_COLUMNS).orderBy("version", "desc").limit(1).executeTakeFirst();
}

export async function methodRow(db: Db, version: number) {
  return db.selectFrom("index_methods").select(METHOD_COLUMNS).where("version", "=", version).executeTakeFirst();
}

export async function methodRows(db: Db) {
  return db.selectFrom("index_methods").select(METHOD_COLUMNS).orderBy("version", "desc").execute();
}

export async function insertMethodRow(
  db: Db,
  row: { version: number; weights: Record<string, number>; minCases: number; noteVi: string; noteEn: string; createdBy: number | null },
) {
  return db
    .insertInto("index_methods")
    .values({ version: row.version, weights: JSON.stringify(row.weights), min_cases: row.minCases, note_vi: row.noteVi, note_en: row.noteEn, created_by: row.createdBy })
    .returning(METHOD_COLUMNS)
    .executeTakeFirstOrThrow();
}
