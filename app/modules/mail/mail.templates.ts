import { formatDate, isLang, translator, type Lang, type Translate } from "../../i18n";

/** A rendered plain-text mail, ready for the outbox. */
export interface RenderedMail {
  subject: string;
  text: string;
}

export type MailTemplate = "receipt" | "status_changed" | "info_requested" | "answered" | "officer_new_petition" | "officer_reminder";

export interface ReceiptData {
  code: string;
  /** The agency's name in the recipient's language; null when the petition went to the province triage queue. */
  agencyName: string | null;
  /** The filer's private link (with the access token). */
  link: string;
  name?: string;
}

export interface StatusChangedData {
  code: string;
  /** The new status, already as a label in the recipient's language. */
  statusLabel: string;
  link: string;
  name?: string;
}

export interface InfoRequestedData {
  code: string;
  message: string;
  link: string;
  name?: string;
}

export interface AnsweredData {
  code: string;
  answer: string;
  link: string;
  name?: string;
}

export interface OfficerNewPetitionData {
  code: string;
  subject: string;
  /** The staff page of the petition. */
  link: string;
}

export interface ReminderItem {
  code: string;
  subject: string;
  /** YYYY-MM-DD */
  dueOn: string;
  overdue: boolean;
}

export interface OfficerReminderData {
  agencyName: string;
  items: ReminderItem[];
  /** The staff inbox. */
  link: string;
}

export type MailInput =
  | ({ template: "receipt" } & ReceiptData)
  | ({ template: "status_changed" } & StatusChangedData)
  | ({ template: "info_requested" } & InfoRequestedData)
  | ({ template: "answered" } & AnsweredData)
  | ({ template: "officer_new_petition" } & OfficerNewPetitionData)
  | ({ template: "officer_reminder" } & OfficerReminderData);

// A subject line is a header: one line, and short enough for a phone's inbox.
const SUBJECT_PART_MAX = 80;

/** The recipient's language: anything but "en" gets Vietnamese. */
export function mailLang(lang: unknown): Lang {
  return isLang(lang) ? lang : "vi";
}

/** Filer: the petition was received (code, who deals with it, the private link). */
export function receiptMail(lang: Lang | string | null | undefined, data: ReceiptData): RenderedMail {
  const l = mailLang(lang);
  const t = translator(l);
  return {
    subject: oneLine(t("mail.receipt.subject", { code: data.code })),
    text: letter(t, greeting(t, data.name), [
      t("mail.receipt.intro", { code: data.code }),
      data.agencyName ? t("mail.receipt.agency", { agency: oneLine(data.agencyName) }) : t("mail.receipt.triage"),
      `${t("mail.receipt.link")}\n${data.link}`,
      t("mail.privateLink", { code: data.code }),
    ]),
  };
}

/** Filer: the petition's status changed. */
export function statusChangedMail(lang: Lang | string | null | undefined, data: StatusChangedData): RenderedMail {
  const t = translator(mailLang(lang));
  const status = oneLine(data.statusLabel);
  return {
    subject: oneLine(t("mail.status.subject", { code: data.code, status })),
    text: letter(t, greeting(t, data.name), [t("mail.status.intro", { code: data.code, status }), `${t("mail.status.link")}\n${data.link}`]),
  };
}

/** Filer: the officer asks for more information (the clock is stopped meanwhile). */
export function infoRequestedMail(lang: Lang | string | null | undefined, data: InfoRequestedData): RenderedMail {
  const t = translator(mailLang(lang));
  return {
    subject: oneLine(t("mail.info.subject", { code: data.code })),
    text: letter(t, greeting(t, data.name), [
      t("mail.info.intro", { code: data.code }),
      block(data.message),
      `${t("mail.info.link")}\n${data.link}`,
      t("mail.info.clock"),
    ]),
  };
}

/** Filer: the petition was answered (the answer in full, the link to rate it). */
export function answeredMail(lang: Lang | string | null | undefined, data: AnsweredData): RenderedMail {
  const t = translator(mailLang(lang));
  return {
    subject: oneLine(t("mail.answered.subject", { code: data.code })),
    text: letter(t, greeting(t, data.name), [
      t("mail.answered.intro", { code: data.code }),
      block(data.answer),
      `${t("mail.answered.link")}\n${data.link}`,
      t("mail.answered.reopen"),
    ]),
  };
}

/** Officer: a new petition reached the agency (or the triage queue). */
export function officerNewPetitionMail(lang: Lang | string | null | undefined, data: OfficerNewPetitionData): RenderedMail {
  const t = translator(mailLang(lang));
  return {
    subject: oneLine(t("mail.officerNew.subject", { code: data.code, subject: shorten(oneLine(data.subject)) })),
    text: letter(t, t("mail.greetingOfficer"), [
      t("mail.officerNew.intro", { code: data.code }),
      block(oneLine(data.subject)),
      `${t("mail.officerNew.link")}\n${data.link}`,
    ]),
  };
}

/** Officer: the agency's petitions that are overdue (listed first) or due soon. */
export function officerReminderMail(lang: Lang | string | null | undefined, data: OfficerReminderData): RenderedMail {
  const l = mailLang(lang);
  const t = translator(l);
  const overdue = data.items.filter((i) => i.overdue);
  const dueSoon = data.items.filter((i) => !i.overdue);
  const list = (heading: string, items: ReminderItem[]) =>
    [heading, ...items.map((i) => t("mail.reminder.item", { code: i.code, subject: shorten(oneLine(i.subject)), due: formatDate(l, i.dueOn) }))].join("\n");
  const sections = [
    overdue.length ? list(t("mail.reminder.overdue", { count: overdue.length }), overdue) : null,
    dueSoon.length ? list(t("mail.reminder.dueSoon", { count: dueSoon.length }), dueSoon) : null,
  ].filter((s): s is string => s !== null);
  return {
    subject: oneLine(t("mail.reminder.subject", { overdue: overdue.length, dueSoon: dueSoon.length })),
    text: letter(t, t("mail.greetingAgency", { agency: oneLine(data.agencyName) }), [
      t("mail.reminder.intro", { count: data.items.length }),
      ...sections,
      `${t("mail.reminder.link")}\n${data.link}`,
    ]),
  };
}

/** Renders any template from its tagged data. */
export function renderMail(lang: Lang | string | null | undefined, input: MailInput): RenderedMail {
  switch (input.template) {
    case "receipt":
      return receiptMail(lang, input);
    case "status_changed":
      return statusChangedMail(lang, input);
    case "info_requested":
      return infoRequestedMail(lang, input);
    case "answered":
      return answeredMail(lang, input);
    case "officer_new_petition":
      return officerNewPetitionMail(lang, input);
    case "officer_reminder":
      return officerReminderMail(lang, input);
  }
}

function greeting(t: Translate, name: string | undefined): string {
  const n = name ? oneLine(name) : "";
  return n ? t("mail.greetingName", { name: n }) : t("mail.greeting");
}

function letter(t: Translate, opening: string, paragraphs: string[]): string {
  return [opening, ...paragraphs, `${t("mail.closing")}\n${t("mail.signature")}`, `-- \n${t("mail.automatic")}`].join("\n\n") + "\n";
}

/** Text someone typed, as its own paragraph: line breaks kept (Windows ones normalised), no blank run longer than one line. */
function block(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > SUBJECT_PART_MAX ? `${chars.slice(0, SUBJECT_PART_MAX - 1).join("").trimEnd()}…` : text;
}
