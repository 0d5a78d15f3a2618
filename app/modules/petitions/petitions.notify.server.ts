import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../../db/types";
import { pick, translator, type Lang } from "../../i18n";
import { enqueueMail } from "../mail/mail.queries.server";
import { mailLang, renderMail, type MailInput } from "../mail/mail.templates";
import type { PetitionRow } from "./petitions.queries.server";
import { listRecipients } from "./petitions.queries.server";
import type { StaffAction } from "./petitions.rules";

type Db = Kysely<Database> | Transaction<Database>;

export interface NotifyContext {
  /** The filer's private link (with the token). */
  link: string;
  baseUrl: string;
  /** Makes the mail's idempotency key unique: the timeline event that caused it. */
  eventId: number;
  message?: string | null;
}

/**
 * Queues the filer's mail for what just happened, in the filer's language and in the caller's
 * transaction (the change and its mail commit together). A note sends nothing.
 */
export async function notifyFiler(db: Db, p: PetitionRow, what: "receipt" | StaffAction, ctx: NotifyContext): Promise<void> {
  if (what === "note") return;
  const lang = mailLang(p.lang);
  const t = translator(lang);
  const agencyName = p.agency_vi ? pick(lang, p.agency_vi, p.agency_en) : null;
  const base = { code: p.code, link: ctx.link, name: p.filer_name };
  let input: MailInput;
  switch (what) {
    case "receipt":
      input = { template: "receipt", ...base, agencyName };
      break;
    case "request_info":
      input = { template: "info_requested", ...base, message: ctx.message ?? "" };
      break;
    case "answer":
      input = { template: "answered", ...base, answer: ctx.message ?? "" };
      break;
    case "transfer":
      input = { template: "status_changed", ...base, statusLabel: `${t("petition.status.transferred")}: ${agencyName ?? ""}` };
      break;
    case "reject":
      input = {
        template: "status_changed",
        ...base,
        statusLabel: `${t("petition.status.rejected")}: ${p.reject_reason ? t(`petition.reason.${p.reject_reason}`) : ""}${ctx.message ? `\n\n${ctx.message}` : ""}`,
      };
      break;
    default:
      input = { template: "status_changed", ...base, statusLabel: t(`petition.status.${p.status}`) };
  }
  const mail = renderMail(lang, input);
  await enqueueMail(db, {
    idempotencyKey: what === "receipt" ? `receipt:${p.code}` : `event:${ctx.eventId}:filer`,
    template: input.template,
    to: p.filer_email,
    lang,
    subject: mail.subject,
    text: mail.text,
    petitionId: p.id,
  });
}

/** Tells the owning agency's officers (or the administrators, for the triage queue) about a petition that needs them. */
export async function notifyOfficers(db: Db, p: PetitionRow, ctx: { baseUrl: string; eventId: number }): Promise<void> {
  const recipients = await listRecipients(db, p.agency_id);
  for (const r of recipients) {
    const lang: Lang = "vi"; // staff work in Vietnamese; the mail says where to read it
    const mail = renderMail(lang, { template: "officer_new_petition", code: p.code, subject: p.subject, link: `${ctx.baseUrl}/staff/petitions/${p.code}` });
    await enqueueMail(db, {
      idempotencyKey: `event:${ctx.eventId}:staff:${r.email}`,
      template: "officer_new_petition",
      to: r.email,
      lang,
      subject: mail.subject,
      text: mail.text,
      petitionId: p.id,
    });
  }
}

/** Queues one agency's daily reminder to each of its officers; returns how many were new. */
export async function queueReminder(
  db: Db,
  agencyId: number,
  items: Array<{ name_vi: string; code: string; subject: string; due_on: string }>,
  today: string,
  baseUrl: string,
): Promise<number> {
  const recipients = await listRecipients(db, agencyId);
  let queued = 0;
  for (const r of recipients) {
    const mail = renderMail("vi", {
      template: "officer_reminder",
      agencyName: items[0]?.name_vi ?? "",
      items: items.map((i) => ({ code: i.code, subject: i.subject, dueOn: i.due_on, overdue: i.due_on < today })),
      link: `${baseUrl}/staff`,
    });
    const inserted = await enqueueMail(db, {
      idempotencyKey: `reminder:${agencyId}:${today}:${r.email}`,
      template: "officer_reminder",
      to: r.email,
      lang: "vi",
      subject: mail.subject,
      text: mail.text,
    });
    if (inserted) queued++;
  }
  return queued;
}
