import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../../db/types";
import { formatDate, pick, translator, type Lang } from "../../i18n";
import { getProvince } from "../agencies/agencies.queries.server";
import type { WorkingCalendar } from "../calendar/calendar";
import { loadCalendar } from "../calendar/calendar.server";
import { latestResolutions, type Resolution } from "./resolutions.queries.server";

type Db = Kysely<Database> | Transaction<Database>;

/** How many entries the Atom feed carries. */
export const FEED_SIZE = 50;
/** How long caches may keep the feed (seconds). */
export const FEED_MAX_AGE = 300;
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/**
 * Working days from receipt to answer, less the days spent waiting for the filer (the deadline
 * clock's own measure); null while unanswered.
 */
export function answerWorkingDays(calendar: WorkingCalendar, r: { received_on: string; answered_on: string | null; paused_days?: number }): number | null {
  if (!r.answered_on) return null;
  return Math.max(0, calendar.workingDaysBetween(r.received_on, r.answered_on) - (r.paused_days ?? 0));
}

/** Adds `answerWorkingDays` to each row, with the holiday calendar loaded once. */
export async function withAnswerDays<T extends { received_on: string; answered_on: string | null; paused_days?: number }>(
  db: Db,
  rows: T[],
): Promise<Array<T & { answerWorkingDays: number | null }>> {
  if (!rows.length) return [];
  const calendar = await loadCalendar(db);
  return rows.map((r) => ({ ...r, answerWorkingDays: answerWorkingDays(calendar, r) }));
}

/** The start of an answer for a list row: cut at a word, with an ellipsis when cut. */
export function answerExcerpt(text: string | null, max = 240): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, "")}…`;
}

// ---------------------------------------------------------------------------------------------
// Atom 1.0 (RFC 4287)
// ---------------------------------------------------------------------------------------------

// Characters XML 1.0 does not allow at all (a stray control character would make the whole feed unreadable).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 3339 in Vietnam time: a Date → "2026-03-05T14:30:00+07:00"; a "YYYY-MM-DD" day → its start, "2026-03-05T00:00:00+07:00". */
export function rfc3339Vietnam(value: Date | string): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00+07:00`;
  const d = typeof value === "string" ? new Date(value) : value;
  return `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** Plain text as HTML paragraphs (blank line = new paragraph, newline = line break), escaped. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, "<br>")}</p>`)
    .join("");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface AtomFeedInput {
  /** Absolute base URL without a trailing slash, e.g. https://minhbach.binhphuoc.gov.vn */
  base: string;
  lang: Lang;
  portalName: string;
  entries: Resolution[];
  /** When there are no entries, the feed's own <updated> (default: now). */
  now?: Date;
}

/** The Atom 1.0 document for published resolutions (entries in the order given, newest first). */
export function renderResolutionsAtom({ base, lang, portalName, entries, now = new Date() }: AtomFeedInput): string {
  const t = translator(lang);
  const x = escapeXml;
  const feedUrl = `${base}/feeds/resolutions.atom`;
  const listUrl = `${base}/resolutions`;
  const updatedOf = (r: Resolution) => rfc3339Vietnam(r.published_on ?? r.answered_on ?? r.received_on);
  // Entries are newest first, but compare anyway: the feed's <updated> is the latest of them.
  const updated = entries.length ? entries.map(updatedOf).sort().at(-1)! : rfc3339Vietnam(now);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${x(feedUrl)}</id>`,
    `  <title type="text">${x(t("resolutions.feedTitle", { portal: portalName }))}</title>`,
    `  <subtitle type="text">${x(t("resolutions.feedSubtitle"))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(listUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${x(portalName)}</name><uri>${x(base)}/</uri></author>`,
  ];
  for (const r of entries) {
    const url = `${base}/resolutions/${r.code}`;
    const agency = r.agency_vi ? pick(lang, r.agency_vi, r.agency_en) : t("resolutions.noAgency");
    const subject = r.published_subject ?? r.code;
    const html = [
      r.published_business_name ? `<p>${escapeHtml(`${t("resolutions.business")}: ${r.published_business_name}`)}</p>` : "",
      r.published_body ? `<h2>${escapeHtml(t("resolutions.feedBody"))}</h2>${paragraphs(r.published_body)}` : "",
      r.published_answer
        ? `<h2>${escapeHtml(t("resolutions.feedAnswer", { agency, date: formatDate(lang, r.answered_on) }))}</h2>${paragraphs(r.published_answer)}`
        : "",
    ].join("");
    lines.push(
      `  <entry>`,
      `    <id>${x(url)}</id>`,
      `    <title type="text" xml:lang="vi">${x(`${r.code}: ${subject}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
      `    <published>${updatedOf(r)}</published>`,
      `    <updated>${updatedOf(r)}</updated>`,
      `    <author><name>${x(agency)}</name>${r.agency_slug ? `<uri>${x(`${base}/agencies/${r.agency_slug}`)}</uri>` : ""}</author>`,
      `    <category term="${x(r.topic_slug)}" label="${x(pick(lang, r.topic_vi, r.topic_en))}"/>`,
      `    <summary type="text" xml:lang="vi">${x(answerExcerpt(r.published_answer, 300))}</summary>`,
      `    <content type="html" xml:lang="vi">${x(html)}</content>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}

/** The Atom feed of the FEED_SIZE newest published resolutions, with links under `base`. */
export async function buildResolutionsFeed(db: Db, opts: { base: string; lang: Lang; now?: Date }): Promise<string> {
  const [entries, province] = await Promise.all([latestResolutions(db, FEED_SIZE), getProvince(db)]);
  const portalName = pick(opts.lang, province.portal_name_vi, province.portal_name_en);
  return renderResolutionsAtom({ base: opts.base.replace(/\/+$/, ""), lang: opts.lang, portalName, entries, now: opts.now });
}
