import { sql, type Kysely, type Transaction, type Updateable, type Insertable } from "kysely";
import type { Database, PetitionsTable } from "../../../db/types";
import { offsetOf, PAGE_SIZE, totalOf } from "../../utils/pagination";
import type { PetitionStatus } from "./petitions.rules";

type Db = Kysely<Database> | Transaction<Database>;

/** Topics for the form and the staff filters, in their order. */
export async function listTopics(db: Db) {
  return db
    .selectFrom("topics")
    .select(["id", "slug", "name_vi", "name_en", "forward_days", "answer_days", "update_days", "publish_days"])
    .where("active", "=", true)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
}

export async function getTopicBySlug(db: Db, slug: string) {
  return db
    .selectFrom("topics")
    .select(["id", "slug", "name_vi", "name_en", "forward_days", "answer_days", "update_days", "publish_days"])
    .where("slug", "=", slug)
    .where("active", "=", true)
    .executeTakeFirst();
}

export async function getTopicById(db: Db, id: number) {
  return db
    .selectFrom("topics")
    .select(["id", "slug", "name_vi", "name_en", "forward_days", "answer_days", "update_days", "publish_days"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

export async function getActiveAgency(db: Db, slug: string) {
  return db
    .selectFrom("agencies")
    .select(["id", "slug", "name_vi", "name_en", "email"])
    .where("slug", "=", slug)
    .where("active", "=", true)
    .executeTakeFirst();
}

/** Takes the next number of `year`, holding the counter row's lock until the transaction ends. */
export async function lockCounter(tx: Transaction<Database>, year: number): Promise<number> {
  await tx.insertInto("petition_counters").values({ year, last: 0 }).onConflict((oc) => oc.column("year").doNothing()).execute();
  const row = await tx.selectFrom("petition_counters").select("last").where("year", "=", year).forUpdate().executeTakeFirstOrThrow();
  return row.last;
}

export async function setCounter(tx: Transaction<Database>, year: number, last: number): Promise<void> {
  await tx.updateTable("petition_counters").set({ last }).where("year", "=", year).execute();
}

export async function findBySubmissionKey(db: Db, key: string) {
  return db.selectFrom("petitions").select(["id", "code"]).where("submission_key", "=", key).executeTakeFirst();
}

export async function insertPetition(db: Db, row: Insertable<PetitionsTable>): Promise<number> {
  return (await db.insertInto("petitions").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

export async function insertAttachment(
  db: Db,
  petitionId: number,
  file: { filename: string; content_type: string; size: number; sha256: string; data: Uint8Array },
  sortOrder: number,
): Promise<void> {
  const { id } = await db.insertInto("files").values(file).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("petition_attachments").values({ petition_id: petitionId, file_id: id, sort_order: sortOrder }).execute();
}

export async function insertEvent(
  db: Db,
  e: {
    petitionId: number;
    kind: string;
    fromStatus: string | null;
    toStatus: string | null;
    actor: "filer" | "staff" | "system";
    staffUserId?: number | null;
    agencyId: number | null;
    message?: string | null;
    isPublic?: boolean;
  },
): Promise<number> {
  const row = await db
    .insertInto("petition_events")
    .values({
      petition_id: e.petitionId,
      kind: e.kind,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      actor: e.actor,
      staff_user_id: e.staffUserId ?? null,
      agency_id: e.agencyId,
      message: e.message ?? null,
      public: e.isPublic ?? true,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const PETITION_COLUMNS = [
  "p.id",
  "p.code",
  "p.access_token_hash",
  "p.submission_key",
  "p.filer_type",
  "p.filer_name",
  "p.filer_email",
  "p.filer_phone",
  "p.filer_address",
  "p.business_name",
  "p.tax_code",
  "p.lang",
  "p.agency_id",
  "p.topic_id",
  "p.subject",
  "p.body",
  "p.public_consent",
  "p.status",
  "p.filed_at",
  "p.received_on",
  "p.forward_due_on",
  "p.due_on",
  "p.paused_on",
  "p.paused_days",
  "p.answered_on",
  "p.publish_due_on",
  "p.published_on",
  "p.closed_on",
  "p.reopen_count",
  "p.reject_reason",
  "p.answer",
  "p.published_subject",
  "p.published_body",
  "p.published_answer",
  "p.rating",
  "p.rating_comment",
  "p.rated_at",
  "p.updated_at",
] as const;

/** One petition with its agency and topic names (everything: callers decide what to show). */
export async function getPetitionByCode(db: Db, code: string, opts: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom("petitions as p")
    .innerJoin("topics as t", "t.id", "p.topic_id")
    .leftJoin("agencies as a", "a.id", "p.agency_id")
    .select(PETITION_COLUMNS)
    .select(["t.slug as topic_slug", "t.name_vi as topic_vi", "t.name_en as topic_en", "a.slug as agency_slug", "a.name_vi as agency_vi", "a.name_en as agency_en", "a.email as agency_email"])
    .where("p.code", "=", code);
  if (opts.forUpdate) q = q.forUpdate("p");
  return q.executeTakeFirst();
}
export type PetitionRow = NonNullable<Awaited<ReturnType<typeof getPetitionByCode>>>;

export async function updatePetition(db: Db, id: number, set: Updateable<PetitionsTable>): Promise<void> {
  await db.updateTable("petitions").set({ ...set, updated_at: new Date() }).where("id", "=", id).execute();
}

/** The timeline, oldest first; staff-only notes unless `includePrivate`. */
export async function listEvents(db: Db, petitionId: number, includePrivate: boolean) {
  let q = db
    .selectFrom("petition_events as e")
    .leftJoin("agencies as a", "a.id", "e.agency_id")
    .leftJoin("staff_users as s", "s.id", "e.staff_user_id")
    .select(["e.id", "e.kind", "e.from_status", "e.to_status", "e.actor", "e.message", "e.public", "e.created_at", "a.name_vi as agency_vi", "a.name_en as agency_en", "s.name as staff_name"])
    .where("e.petition_id", "=", petitionId)
    .orderBy("e.id");
  if (!includePrivate) q = q.where("e.public", "=", true);
  return q.execute();
}

export async function listAttachments(db: Db, petitionId: number) {
  return db
    .selectFrom("petition_attachments as pa")
    .innerJoin("files as f", "f.id", "pa.file_id")
    .select(["f.id", "f.filename", "f.content_type", "f.size"])
    .where("pa.petition_id", "=", petitionId)
    .orderBy("pa.sort_order")
    .execute();
}

export async function getAttachment(db: Db, petitionId: number, fileId: number) {
  return db
    .selectFrom("petition_attachments as pa")
    .innerJoin("files as f", "f.id", "pa.file_id")
    .select(["f.id", "f.filename", "f.content_type", "f.size", "f.data"])
    .where("pa.petition_id", "=", petitionId)
    .where("f.id", "=", fileId)
    .executeTakeFirst();
}

/** Active officers of an agency, or the administrators when `agencyId` is null (the triage queue). */
export async function listRecipients(db: Db, agencyId: number | null) {
  let q = db.selectFrom("staff_users").select(["email", "name"]).where("active", "=", true);
  q = agencyId === null ? q.where("role", "=", "admin") : q.where("agency_id", "=", agencyId).where("role", "=", "officer");
  return q.orderBy("id").execute();
}

export interface InboxQuery {
  /** null: every agency (administrators); a number: that agency only. */
  agencyId: number | null;
  /** Only the triage queue (petitions filed to "not sure"). */
  triage: boolean;
  status: "open" | "all" | PetitionStatus;
  topic?: string;
  page: number;
}

const OPEN: PetitionStatus[] = ["received", "in_progress", "waiting_for_filer", "transferred"];

/** The staff inbox: open petitions by due date (overdue first, then due soon), paused ones after, closed last. */
export async function listInbox(db: Db, q: InboxQuery, pageSize = PAGE_SIZE) {
  let query = db
    .selectFrom("petitions as p")
    .innerJoin("topics as t", "t.id", "p.topic_id")
    .leftJoin("agencies as a", "a.id", "p.agency_id");
  if (q.triage) query = query.where("p.agency_id", "is", null);
  else if (q.agencyId !== null) query = query.where("p.agency_id", "=", q.agencyId);
  if (q.status === "open") query = query.where("p.status", "in", OPEN);
  else if (q.status !== "all") query = query.where("p.status", "=", q.status);
  if (q.topic) query = query.where("t.slug", "=", q.topic);

  const page = await query
    .select([
      "p.id",
      "p.code",
      "p.subject",
      "p.status",
      "p.filer_type",
      "p.filed_at",
      "p.due_on",
      "p.publish_due_on",
      "p.agency_id",
      "t.name_vi as topic_vi",
      "t.name_en as topic_en",
      "a.name_vi as agency_vi",
      "a.name_en as agency_en",
      "t.update_days",
      sql<number>`count(*) over ()`.as("total"),
    ])
    .orderBy(sql`case when p.status in ('received','in_progress','transferred') then 0 when p.status = 'waiting_for_filer' then 1 when p.status = 'answered' then 2 else 3 end`)
    .orderBy("p.due_on")
    .orderBy("p.id", "desc")
    .limit(pageSize)
    .offset(offsetOf(q.page, pageSize))
    .execute();
  // The last thing staff told each filer (or the filing): open petitions need news every few days.
  // Looked up for the page's rows only, after the cut (an admin's inbox matches thousands).
  const updates = page.length
    ? await db
        .selectFrom("petition_events")
        .select(["petition_id", sql<Date>`max(created_at)`.as("at")])
        .where("petition_id", "in", page.map((r) => r.id))
        .where("public", "=", true)
        .where("actor", "=", "staff")
        .groupBy("petition_id")
        .execute()
    : [];
  const lastUpdate = new Map(updates.map((u) => [u.petition_id, u.at]));
  const rows = page.map(({ id, ...r }) => ({ ...r, last_update_at: lastUpdate.get(id) ?? r.filed_at }));
  const total = await totalOf(rows, q.page, async () => {
    const r = await query.select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
    return Number(r.n);
  });
  return { rows, total };
}

/** Counts for the inbox header: open, overdue and due by `soonDay` (inclusive), for one agency or all. */
export async function inboxCounts(db: Db, agencyId: number | null, today: string, soonDay: string) {
  let q = db.selectFrom("petitions").where("status", "in", ["received", "in_progress", "transferred"]);
  if (agencyId !== null) q = q.where("agency_id", "=", agencyId);
  const row = await q
    .select([
      sql<number>`count(*)`.as("open"),
      sql<number>`count(*) filter (where due_on < ${today})`.as("overdue"),
      sql<number>`count(*) filter (where due_on >= ${today} and due_on <= ${soonDay})`.as("dueSoon"),
    ])
    .executeTakeFirstOrThrow();
  const triage = await db
    .selectFrom("petitions")
    .select(sql<number>`count(*)`.as("n"))
    .where("agency_id", "is", null)
    .where("status", "in", OPEN)
    .executeTakeFirstOrThrow();
  return { open: Number(row.open), overdue: Number(row.overdue), dueSoon: Number(row.dueSoon), triage: Number(triage.n) };
}

/** Open petitions (clock running) due on or before `byDay`, grouped by agency, for the daily reminder. */
export async function listDueForReminder(db: Db, byDay: string) {
  return db
    .selectFrom("petitions as p")
    .innerJoin("agencies as a", "a.id", "p.agency_id")
    .select(["p.agency_id", "a.name_vi", "a.name_en", "a.email", "p.code", "p.subject", "p.due_on"])
    .where("p.status", "in", ["received", "in_progress", "transferred"])
    .where("p.due_on", "<=", byDay)
    .orderBy("p.agency_id")
    .orderBy("p.due_on")
    .execute();
}

/** Agencies for the transfer select. */
export async function listTransferTargets(db: Db) {
  return db.selectFrom("agencies").select(["id", "slug", "name_vi", "name_en"]).where("active", "=", true).orderBy("sort_order").orderBy("name_vi").execute();
}
