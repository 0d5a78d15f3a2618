import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database, OutboxStatus, OutboxTable } from "../../../db/types";
import { offsetOf, pageOf, PAGE_SIZE, totalOf, type Page } from "../../utils/pagination";
import type { Lang } from "../../i18n";
import type { MailTemplate } from "./mail.templates";

type Db = Kysely<Database> | Transaction<Database>;

export type OutboxRow = Selectable<OutboxTable>;

export interface NewMail {
  /** What makes this message unique (e.g. "receipt:PA-2026-000042"): the same key is queued once. */
  idempotencyKey: string;
  template: MailTemplate;
  to: string;
  lang: Lang;
  subject: string;
  text: string;
  petitionId?: number | null;
}

/** Queues a mail in the caller's transaction; false when a mail with that key was already queued. */
export async function enqueueMail(db: Db, mail: NewMail): Promise<boolean> {
  const result = await db
    .insertInto("outbox")
    .values({
      idempotency_key: mail.idempotencyKey,
      template: mail.template,
      to_address: mail.to,
      lang: mail.lang,
      subject: mail.subject,
      text: mail.text,
      petition_id: mail.petitionId ?? null,
    })
    .onConflict((oc) => oc.column("idempotency_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Takes up to `limit` due mails for this worker: pending ones whose time has come, and ones another
 * worker claimed but never finished (its lease ran out). One short statement that commits before
 * anything is sent; SKIP LOCKED lets several workers claim side by side without waiting or overlapping.
 */
export async function claimDue(db: Db, opts: { limit: number; leaseSeconds: number }): Promise<OutboxRow[]> {
  return db
    .updateTable("outbox")
    .set({
      status: "sending",
      lease_until: sql<Date>`now() + make_interval(secs => ${opts.leaseSeconds})`,
      attempts: sql<number>`attempts + 1`,
    })
    .where("id", "in", (qb) =>
      qb
        .selectFrom("outbox")
        .select("id")
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "pending"), eb("next_attempt_at", "<=", sql<Date>`now()`)]),
            eb.and([eb("status", "=", "sending"), eb("lease_until", "<", sql<Date>`now()`)]),
          ]),
        )
        .orderBy("next_attempt_at")
        .orderBy("id")
        .limit(opts.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
}

// The marks below only move a row that is still "sending": a worker whose lease ran out, and whose row
// another worker has since finished, must not put it back to pending. Sent is the exception: once the
// provider has accepted a mail, that is the truth whatever another worker recorded meanwhile.

/** The provider accepted the mail (the first provider id is kept). */
export async function markSent(db: Db, id: number, providerId: string): Promise<boolean> {
  const r = await db
    .updateTable("outbox")
    .set({ status: "sent", provider_id: providerId, sent_at: sql<Date>`now()`, lease_until: null, last_error: null })
    .where("id", "=", id)
    .where("status", "in", ["sending", "pending", "failed"])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** No RESEND_API_KEY: the mail stays here for the demo mailbox. */
export async function markKept(db: Db, id: number): Promise<boolean> {
  return finish(db, id, { status: "kept", lease_until: null });
}

/** The send failed; try again at nextAttemptAt. */
export async function markRetry(db: Db, id: number, error: string, nextAttemptAt: Date): Promise<boolean> {
  return finish(db, id, { status: "pending", last_error: error, next_attempt_at: nextAttemptAt, lease_until: null });
}

/** The send failed for good (too many attempts, or the provider refused the message itself). */
export async function markFailed(db: Db, id: number, error: string): Promise<boolean> {
  return finish(db, id, { status: "failed", last_error: error, lease_until: null });
}

async function finish(
  db: Db,
  id: number,
  values: { status: OutboxStatus; last_error?: string; next_attempt_at?: Date; lease_until: null },
): Promise<boolean> {
  const r = await db.updateTable("outbox").set(values).where("id", "=", id).where("status", "=", "sending").executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface MailboxItem {
  id: number;
  template: string;
  to: string;
  lang: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** Every queued mail, newest first (the demo mailbox; served by outbox_created_idx). */
export async function listMailbox(db: Db, opts: { page: number }): Promise<Page<MailboxItem>> {
  const rows = await db
    .selectFrom("outbox")
    .select([
      "id",
      "template",
      "to_address",
      "lang",
      "subject",
      "text",
      "status",
      "attempts",
      "last_error",
      "created_at",
      "sent_at",
      sql<number>`count(*) over()`.as("total"),
    ])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(PAGE_SIZE)
    .offset(offsetOf(opts.page))
    .execute();
  const total = await totalOf(rows, opts.page, async () => {
    const r = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return Number(r.n);
  });
  const items = rows.map((r) => ({
    id: Number(r.id),
    template: r.template,
    to: r.to_address,
    lang: r.lang,
    subject: r.subject,
    text: r.text,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
  return pageOf(items, total, opts.page);
}
