import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../../db/types";
import { DomainError, InvalidTransition, NotFound } from "../../utils/errors";
import { randomToken, safeEqual, sha256, sign } from "../../utils/secret.server";
import { addDays, todayInVietnam as toVietnamDay, type WorkingCalendar } from "../calendar/calendar";
import { fold, foldAll } from "../search/normalize";
import type { StaffUser } from "../staff/session.server";
import { writeAudit } from "../staff/audit.server";
import type { Translate } from "../../i18n";
import { detectFileType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./file-type";
import { maskPersonalData, maskWithRedactions } from "./masking";
import { formatVietnamesePhone } from "./phone";
import { notifyFiler, notifyOfficers, queueReminder } from "./petitions.notify.server";
import * as q from "./petitions.queries.server";
import { refreshForPetition } from "../transparency/transparency.queries.server";
import {
  initialDeadlines,
  OPEN_STATUSES,
  transition,
  urgency,
  type InboxStatus,
  type PetitionState,
  type PetitionStatus,
  type RejectReason,
  type StaffAction,
  type TopicDeadlines,
} from "./petitions.rules";
import type { PetitionForm } from "./petitions.schema";

type Db = Kysely<Database>;

/** PA-2026-000123: the year and a number that is easy to read over the phone. */
export function petitionCode(year: number, seq: number): string {
  return `PA-${year}-${String(seq).padStart(6, "0")}`;
}

export const PETITION_CODE_RE = /^PA-\d{4}-\d{6}$/;

/** The filer's access token for a submission: derived, so a repeated submission gets the same link. */
export function accessToken(secret: string, submissionKey: string): string {
  return sign(secret, `petition-token:${submissionKey}`);
}

/** A fresh key for one rendering of the form (a repeated submission of it makes one petition). */
export function newSubmissionKey(): string {
  return randomToken(18);
}

export interface Attachment {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface FileInput {
  form: PetitionForm;
  attachments: Attachment[];
  submissionKey: string;
  lang: "vi" | "en";
  secret: string;
  today: string;
  cal: WorkingCalendar;
  baseUrl: string;
}

/** A field the module found wrong after the schema passed (an agency or topic that does not exist). */
export class FieldError extends DomainError {
  constructor(readonly field: "agency" | "topic") {
    super(`unknown ${field}`, 400, `bad_${field}`);
  }
}

function deadlinesOf(topic: { forward_days: number; answer_days: number; update_days: number; publish_days: number }): TopicDeadlines {
  return { forwardDays: topic.forward_days, answerDays: topic.answer_days, updateDays: topic.update_days, publishDays: topic.publish_days };
}

/**
 * Files a petition: numbers it, stores it with its attachments and first timeline event, and queues
 * the receipt to the filer and the notice to the agency's officers, all in one transaction (a filer
 * who got a code has a petition and a receipt on its way). The same submission key twice gives the
 * same petition back.
 */
export async function filePetition(db: Db, input: FileInput): Promise<{ code: string; token: string; created: boolean }> {
  const token = accessToken(input.secret, input.submissionKey);
  const year = Number(input.today.slice(0, 4));
  return db.transaction().execute(async (tx) => {
    // The counter lock serialises filings, so the duplicate check below cannot race.
    const last = await q.lockCounter(tx, year);
    const existing = await q.findBySubmissionKey(tx, input.submissionKey);
    if (existing) return { code: existing.code, token, created: false };

    const { form } = input;
    const agency = form.agency ? await q.getActiveAgency(tx, form.agency) : null;
    if (form.agency && !agency) throw new FieldError("agency");
    const topic = await q.getTopicBySlug(tx, form.topic);
    if (!topic) throw new FieldError("topic");

    const code = petitionCode(year, last + 1);
    await q.setCounter(tx, year, last + 1);
    const due = initialDeadlines(input.cal, input.today, deadlinesOf(topic));
    const id = await q.insertPetition(tx, {
      code,
      submission_key: input.submissionKey,
      access_token_hash: sha256(token),
      filer_type: form.filerType,
      filer_name: form.name,
      filer_email: form.email,
      filer_phone: form.phone,
      filer_address: form.address,
      business_name: form.businessName,
      tax_code: form.taxCode,
      lang: input.lang,
      agency_id: agency?.id ?? null,
      topic_id: topic.id,
      subject: form.subject,
      body: form.body,
      public_consent: form.publicConsent,
      received_on: due.receivedOn,
      forward_due_on: due.forwardDueOn,
      due_on: due.dueOn,
    });
    for (const [i, a] of input.attachments.entries()) {
      await q.insertAttachment(tx, id, { filename: a.filename, content_type: a.contentType, size: a.bytes.byteLength, sha256: sha256Bytes(a.bytes), data: a.bytes }, i);
    }
    const eventId = await q.insertEvent(tx, { petitionId: id, kind: "filed", fromStatus: null, toStatus: "received", actor: "filer", agencyId: agency?.id ?? null });

    const petition = (await q.getPetitionByCode(tx, code))!;
    await notifyFiler(tx, petition, "receipt", { link: privateLink(input.baseUrl, code, token), baseUrl: input.baseUrl, eventId });
    await notifyOfficers(tx, petition, { baseUrl: input.baseUrl, eventId });
    await refreshForPetition(tx, { agencyIds: [petition.agency_id], filedAt: petition.filed_at }, input.cal);
    return { code, token, created: true };
  });
}

function sha256Bytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The filer's private link. */
export function privateLink(baseUrl: string, code: string, token: string): string {
  return `${baseUrl}/petitions/${code}?t=${encodeURIComponent(token)}`;
}

/** True when `token` opens the petition's private view. */
export function tokenMatches(petition: { access_token_hash: string }, token: string | null | undefined): boolean {
  return !!token && token.length < 200 && safeEqual(sha256(token), petition.access_token_hash);
}

function stateOf(p: q.PetitionRow): PetitionState {
  return {
    status: p.status,
    receivedOn: p.received_on,
    forwardDueOn: p.forward_due_on,
    dueOn: p.due_on,
    pausedOn: p.paused_on,
    answeredOn: p.answered_on,
    publishDueOn: p.publish_due_on,
    publicConsent: p.public_consent,
    reopenCount: p.reopen_count,
    pausedDays: p.paused_days,
  };
}

function columnsOf(s: PetitionState) {
  return {
    status: s.status,
    received_on: s.receivedOn,
    forward_due_on: s.forwardDueOn,
    due_on: s.dueOn,
    paused_on: s.pausedOn,
    answered_on: s.answeredOn,
    publish_due_on: s.publishDueOn,
    reopen_count: s.reopenCount,
    paused_days: s.pausedDays,
  };
}

/** The public page of a petition: status, agency, dates, the public timeline, the answer once published. */
export async function publicView(db: Db, code: string, today: string, cal: WorkingCalendar) {
  const p = await q.getPetitionByCode(db, code);
  if (!p) return null;
  const events = await q.listEvents(db, p.id, false);
  return {
    code: p.code,
    status: p.status,
    agency: p.agency_slug ? { slug: p.agency_slug, name_vi: p.agency_vi!, name_en: p.agency_en } : null,
    topic: { name_vi: p.topic_vi, name_en: p.topic_en },
    filedAt: p.filed_at.toISOString(),
    dueOn: OPEN_STATUSES.includes(p.status) ? p.due_on : null,
    urgency: urgency({ status: p.status, dueOn: p.due_on }, today, cal),
    answeredOn: p.answered_on,
    publishedOn: p.published_on,
    // Status changes only: messages may carry personal data and are shown to the filer alone.
    timeline: events.map((e) => ({ id: e.id, kind: e.kind, toStatus: e.to_status, at: e.created_at.toISOString(), agency_vi: e.agency_vi, agency_en: e.agency_en })),
    published:
      p.status === "published"
        ? { subject: p.published_subject ?? "", answer: p.published_answer ?? "" }
        : null,
  };
}
export type PublicPetitionView = NonNullable<Awaited<ReturnType<typeof publicView>>>;

/** What the filer may do now, from the status and the dates. */
export function filerOptions(p: Pick<q.PetitionRow, "status" | "answered_on" | "reopen_count" | "rating">, today: string, cal: WorkingCalendar) {
  const answered = p.status === "answered" || p.status === "published";
  return {
    provideInfo: p.status === "waiting_for_filer",
    withdraw: OPEN_STATUSES.includes(p.status),
    reopen: answered && p.reopen_count === 0 && !!p.answered_on && cal.workingDaysBetween(p.answered_on, today) <= 10,
    rate: answered && !p.rating,
  };
}

/** The filer's private page (with the token): their details, messages, the answer as soon as it is given. */
export async function filerView(db: Db, code: string, token: string, today: string, cal: WorkingCalendar) {
  const p = await q.getPetitionByCode(db, code);
  if (!p || !tokenMatches(p, token)) return null;
  const [events, attachments, base] = [await q.listEvents(db, p.id, false), await q.listAttachments(db, p.id), await publicView(db, code, today, cal)];
  return {
    ...base!,
    timeline: events.map((e) => ({ id: e.id, kind: e.kind, toStatus: e.to_status, at: e.created_at.toISOString(), agency_vi: e.agency_vi, agency_en: e.agency_en, message: e.message, actor: e.actor })),
    filer: {
      type: p.filer_type,
      name: p.filer_name,
      email: p.filer_email,
      phone: p.filer_phone ? formatVietnamesePhone(p.filer_phone) : null,
      address: p.filer_address,
      businessName: p.business_name,
      taxCode: p.tax_code,
    },
    subject: p.subject,
    body: p.body,
    publicConsent: p.public_consent,
    answer: p.answer,
    rejectReason: p.reject_reason,
    rating: p.rating,
    ratingComment: p.rating_comment,
    attachments,
    can: filerOptions(p, today, cal),
  };
}
export type FilerPetitionView = NonNullable<Awaited<ReturnType<typeof filerView>>>;

export type FilerInput =
  | { action: "provide_info"; message: string }
  | { action: "withdraw"; message: string }
  | { action: "reopen"; message: string }
  | { action: "rate"; rating: "very_satisfied" | "satisfied" | "not_satisfied"; comment: string };

/** A filer's action through the private link. Wrong token: 404. Not allowed now: 409. */
export async function applyFilerAction(db: Db, code: string, token: string, input: FilerInput, ctx: { today: string; cal: WorkingCalendar; baseUrl: string }) {
  await db.transaction().execute(async (tx) => {
    const p = await q.getPetitionByCode(tx, code, { forUpdate: true });
    if (!p || !tokenMatches(p, token)) throw new NotFound();
    if (input.action === "rate") {
      if (!filerOptions(p, ctx.today, ctx.cal).rate) throw new InvalidTransition("rate", p.status);
      await q.updatePetition(tx, p.id, { rating: input.rating, rating_comment: input.comment || null, rated_at: new Date() });
      await q.insertEvent(tx, { petitionId: p.id, kind: "rate", fromStatus: p.status, toStatus: p.status, actor: "filer", agencyId: p.agency_id, isPublic: false, message: input.comment || null });
      await refreshForPetition(tx, { agencyIds: [p.agency_id], filedAt: p.filed_at }, ctx.cal);
      return;
    }
    const topic = await q.getTopicById(tx, p.topic_id);
    const next = transition(stateOf(p), { action: input.action, today: ctx.today, cal: ctx.cal, deadlines: deadlinesOf(topic) });
    await q.updatePetition(tx, p.id, { ...columnsOf(next), closed_on: input.action === "withdraw" ? ctx.today : p.closed_on });
    // The filer's own words are on their timeline, not the public one.
    const eventId = await q.insertEvent(tx, { petitionId: p.id, kind: input.action, fromStatus: p.status, toStatus: next.status, actor: "filer", agencyId: p.agency_id, message: input.message || null });
    if (input.action !== "withdraw") await notifyOfficers(tx, { ...p, status: next.status }, { baseUrl: ctx.baseUrl, eventId });
    await refreshForPetition(tx, { agencyIds: [p.agency_id], filedAt: p.filed_at }, ctx.cal);
  });
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

/** The petition for a staff member; another agency's (or the triage queue for an officer) is a 404. */
export async function staffPetition(db: Db | Transaction<Database>, code: string, staff: StaffUser, forUpdate = false) {
  const p = await q.getPetitionByCode(db, code, { forUpdate });
  if (!p) throw new NotFound();
  if (staff.role !== "admin" && (p.agency_id === null || p.agency_id !== staff.agencyId)) throw new NotFound();
  return p;
}

/** The staff page's data: the petition, its full timeline, attachments, what can be done. */
export async function staffView(db: Db, code: string, staff: StaffUser, today: string, cal: WorkingCalendar) {
  const p = await staffPetition(db, code, staff);
  const [events, attachments] = [await q.listEvents(db, p.id, true), await q.listAttachments(db, p.id)];
  return { petition: p, events, attachments, urgency: urgency({ status: p.status, dueOn: p.due_on }, today, cal) };
}

export type StaffInput =
  | { intent: "acknowledge"; message: string }
  | { intent: "request_info"; message: string }
  | { intent: "transfer"; toAgency: string; message: string }
  | { intent: "answer"; message: string }
  | { intent: "reject"; reason: RejectReason; message: string }
  | { intent: "note"; message: string }
  | { intent: "publish"; redactions: string[] };

/** What can be done to a petition still in the province triage queue. */
export const TRIAGE_ACTIONS: readonly StaffAction[] = ["transfer", "reject", "note"];

/** What publishing would show: the subject, body and answer with personal data masked and the officer's redactions. */
export function publishedTexts(p: Pick<q.PetitionRow, "subject" | "body" | "answer" | "filer_name" | "filer_email" | "filer_phone" | "filer_address" | "filer_type" | "business_name" | "public_consent">, redactions: string[]) {
  const known = { name: p.filer_name, email: p.filer_email, phone: p.filer_phone ?? undefined, address: p.filer_address || undefined };
  const clean = (text: string) => maskWithRedactions(maskPersonalData(text, known), redactions);
  return {
    subject: clean(p.subject),
    body: clean(p.body),
    answer: clean(p.answer ?? ""),
    businessName: p.filer_type === "business" && p.public_consent && p.business_name ? p.business_name : null,
  };
}

/** Applies a staff intent as a state-machine transition, with its timeline event, mail and audit row. */
export async function applyStaffAction(
  db: Db,
  code: string,
  staff: StaffUser,
  input: StaffInput,
  ctx: { today: string; cal: WorkingCalendar; baseUrl: string; secret: string; ip?: string | null },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const p = await staffPetition(tx, code, staff, true);
    const topic = await q.getTopicById(tx, p.topic_id);
    const before = stateOf(p);
    const action: StaffAction = input.intent;
    // A petition in the triage queue has no owner yet: route it (or reject it) before anything else.
    if (p.agency_id === null && !TRIAGE_ACTIONS.includes(action)) throw new InvalidTransition(action, p.status, "route the petition to an agency first");
    // The state machine decides first: an illegal move is a 409 whatever else the form says.
    const next = transition(before, { action, today: ctx.today, cal: ctx.cal, deadlines: deadlinesOf(topic) });
    const set: Parameters<typeof q.updatePetition>[2] = {};
    let eventAgency = p.agency_id;
    let message: string | null = "message" in input ? input.message || null : null;
    let isPublic = true;

    switch (input.intent) {
      case "transfer": {
        const target = await q.getActiveAgency(tx, input.toAgency);
        if (!target) throw new DomainError("unknown agency", 400, "bad_agency");
        if (target.id === p.agency_id) throw new DomainError("the petition is already with this agency", 400, "same_agency");
        set.agency_id = target.id;
        eventAgency = target.id;
        // Routing from the triage queue is a transfer too: the filer learns which agency now has it.
        break;
      }
      case "answer":
        set.answer = input.message;
        set.answered_by = staff.id;
        break;
      case "reject":
        set.reject_reason = input.reason;
        set.closed_on = ctx.today;
        break;
      case "note":
        isPublic = false;
        break;
      case "publish": {
        const texts = publishedTexts(p, input.redactions);
        set.published_subject = texts.subject;
        set.published_body = texts.body;
        set.published_answer = texts.answer;
        set.published_business_name = texts.businessName;
        set.published_on = ctx.today;
        set.search_name = fold(texts.subject);
        set.search_body = foldAll(texts.body, texts.answer);
        message = null;
        break;
      }
      default:
        break;
    }
    await q.updatePetition(tx, p.id, { ...columnsOf(next), ...set });
    const eventId = await q.insertEvent(tx, {
      petitionId: p.id,
      kind: input.intent,
      fromStatus: p.status,
      toStatus: next.status,
      actor: "staff",
      staffUserId: staff.id,
      agencyId: eventAgency,
      message,
      isPublic,
    });
    await writeAudit(tx, {
      staffUserId: staff.id,
      action: `petition.${input.intent}`,
      entity: "petition",
      entityId: p.code,
      before: { ...before, agencyId: p.agency_id },
      after: { ...next, agencyId: set.agency_id ?? p.agency_id, message, ...(input.intent === "reject" ? { reason: input.reason } : {}), ...(input.intent === "publish" ? { redactions: input.redactions } : {}) },
      ip: ctx.ip,
    });
    const updated = (await q.getPetitionByCode(tx, p.code))!;
    const link = privateLink(ctx.baseUrl, p.code, accessToken(ctx.secret, p.submission_key));
    await notifyFiler(tx, updated, input.intent, { link, baseUrl: ctx.baseUrl, eventId, message });
    if (input.intent === "transfer") await notifyOfficers(tx, updated, { baseUrl: ctx.baseUrl, eventId });
    // The transparency rollups of the owner before and after (a transfer moves the petition's counts).
    if (input.intent !== "note") await refreshForPetition(tx, { agencyIds: [p.agency_id, updated.agency_id], filedAt: p.filed_at }, ctx.cal);
  });
}


/** The inbox for a staff member: their agency, or (administrators) every agency or the triage queue. */
export async function inbox(
  db: Db,
  staff: StaffUser,
  filters: { status: InboxStatus; topic?: string; queue?: "triage" | "all"; page: number },
  today: string,
  cal: WorkingCalendar,
) {
  const isAdmin = staff.role === "admin";
  const triage = isAdmin && filters.queue === "triage";
  const { rows, total } = await q.listInbox(db, {
    agencyId: isAdmin ? null : staff.agencyId,
    triage,
    status: filters.status,
    topic: filters.topic,
    page: filters.page,
  });
  const soon = cal.addWorkingDays(today, 2);
  const counts = await q.inboxCounts(db, isAdmin ? null : staff.agencyId, today, soon);
  return {
    rows: rows.map((r) => {
      const lastUpdate = toVietnamDay(new Date(r.last_update_at));
      const running = r.status === "received" || r.status === "in_progress" || r.status === "transferred";
      return {
        ...r,
        filed_at: r.filed_at.toISOString(),
        last_update_at: new Date(r.last_update_at).toISOString(),
        urgency: urgency({ status: r.status as PetitionStatus, dueOn: r.due_on }, today, cal),
        // The spec's "update progress at least every 7 days while open" (calendar days, per topic).
        needsUpdate: running && addDays(lastUpdate, r.update_days) <= today,
      };
    }),
    total,
    counts,
  };
}

/**
 * The daily reminder: one mail per agency officer listing petitions due within 2 working days or
 * overdue. Keyed by agency, address and day, so several servers running it send it once.
 */
export async function queueDailyReminders(db: Db, today: string, cal: WorkingCalendar, baseUrl: string): Promise<number> {
  if (!cal.isWorkingDay(today)) return 0;
  const rows = await q.listDueForReminder(db, cal.addWorkingDays(today, 2));
  const byAgency = new Map<number, typeof rows>();
  for (const r of rows) {
    const list = byAgency.get(r.agency_id!) ?? [];
    list.push(r);
    byAgency.set(r.agency_id!, list);
  }
  let queued = 0;
  for (const [agencyId, list] of byAgency) {
    queued += await queueReminder(db, agencyId, list, today, baseUrl);
  }
  return queued;
}

/**
 * Checks uploaded files by their content (not their names): at most 3, 10 MB each, PDF, JPEG,
 * PNG, DOCX or XLSX. Returns the attachments with their real type, or the message to show.
 */
export function checkAttachments(
  files: Array<{ filename: string; bytes: Uint8Array | null }>,
  t: Translate,
): { attachments: Attachment[]; error?: string } {
  if (files.length > MAX_ATTACHMENTS) return { attachments: [], error: t("petition.error.attachmentsTooMany") };
  const attachments: Attachment[] = [];
  for (const f of files) {
    if (!f.bytes || f.bytes.byteLength > MAX_ATTACHMENT_BYTES) return { attachments: [], error: t("petition.error.attachmentTooLarge", { name: f.filename }) };
    const type = detectFileType(f.bytes);
    if (!type) return { attachments: [], error: t("petition.error.attachmentType", { name: f.filename }) };
    // The name keeps what the filer called it, with the extension its content really has.
    const base = f.filename.replace(/\.[^.]*$/, "").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_").slice(0, 150) || "tep";
    attachments.push({ filename: `${base}.${type.ext}`, contentType: type.contentType, bytes: f.bytes });
  }
  return { attachments };
}
