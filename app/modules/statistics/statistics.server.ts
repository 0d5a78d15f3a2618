import type { Kysely } from "kysely";
import type { Database } from "../../../db/types";
import type { Translate } from "../../i18n";
import { DomainError, NotFound } from "../../utils/errors";
import { writeAudit } from "../staff/audit.server";
import type { StaffUser } from "../staff/session.server";
import { toCsv, type Delimiter } from "./csv";
import {
  checkProcedureStatsCsv,
  CSV_COLUMNS,
  CSV_COLUMNS_VI,
  CSV_MAX_BYTES,
  CSV_NAME_COLUMN,
  quarterOf,
  quartersBetween,
  type EdocForm,
  type ImportIssue,
  type PciForm,
} from "./statistics.schema";
import {
  edocCoverage,
  findAgency,
  findAgencyById,
  getEdocStats,
  getPciResult,
  IMPORT_AUDIT,
  listPciResults,
  listProceduresForTemplate,
  procedureIdsByCode,
  procedureStatsByAgency,
  procedureStatsCoverage,
  upsertEdocStats,
  upsertPciResult,
  upsertProcedureStats,
} from "./statistics.queries.server";

/** Only province administrators enter procedure statistics and PCI results. */
export class AdminOnly extends DomainError {
  constructor() {
    super("province administrators only", 403, "admin_only");
  }
}

function requireAdmin(user: Pick<StaffUser, "role">): void {
  if (user.role !== "admin") throw new AdminOnly();
}

interface WriteContext {
  user: StaffUser;
  ip?: string | null;
}

// --- procedure statistics import ---------------------------------------------------------------

export type ImportResult =
  | { ok: true; rows: number; inserted: number; updated: number; skipped: number; quarters: string[] }
  | { ok: false; issues: ImportIssue[]; file: boolean };

/**
 * Decodes an uploaded file as UTF-8 text, or says why it is not: a spreadsheet workbook rather
 * than CSV, or another encoding (Excel's plain "CSV" is Windows-1258 in a Vietnamese locale).
 */
export function decodeCsvBytes(bytes: Uint8Array, t: Translate): { ok: true; text: string } | { ok: false; message: string } {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, message: t("data.error.excel") };
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return { ok: false, message: t("data.error.encoding") };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: t("data.error.encoding") };
  }
}

/**
 * Imports a procedure statistics CSV (administrators only). The file is checked in full first
 * (see checkProcedureStatsCsv); if any row is wrong every problem is returned and nothing is
 * written. Otherwise all rows are upserted in one transaction with one audit row (counts, file name).
 */
export async function importProcedureStats(
  db: Kysely<Database>,
  file: { filename: string; bytes: Uint8Array },
  ctx: WriteContext & { t: Translate; today: string },
): Promise<ImportResult> {
  requireAdmin(ctx.user);
  if (file.bytes.byteLength > CSV_MAX_BYTES) return { ok: false, file: true, issues: [{ line: 0, message: ctx.t("data.error.tooBig") }] };
  const decoded = decodeCsvBytes(file.bytes, ctx.t);
  if (!decoded.ok) return { ok: false, file: true, issues: [{ line: 0, message: decoded.message }] };

  return db.transaction().execute(async (tx) => {
    // Codes are read inside the transaction, so a procedure deleted meanwhile fails the whole import.
    const ids = await procedureIdsByCode(tx);
    const checked = checkProcedureStatsCsv(decoded.text, { t: ctx.t, knownCodes: new Set(ids.keys()), currentQuarter: quarterOf(ctx.today) });
    if (!checked.ok) return { ok: false as const, issues: checked.issues, file: checked.file };
    const { inserted, updated } = await upsertProcedureStats(
      tx,
      checked.rows.map((r) => ({
        procedure_id: ids.get(r.code)!,
        quarter: r.quarter,
        total: r.total,
        online: r.online,
        postal_received: r.postal_received,
        postal_returned: r.postal_returned,
      })),
    );
    const quarters = [...new Set(checked.rows.map((r) => r.quarter))].sort();
    const summary = { file: file.filename, rows: checked.rows.length, inserted, updated, skipped: checked.skippedLines.length, quarters, delimiter: checked.delimiter };
    await writeAudit(tx, { staffUserId: ctx.user.id, action: "procedure_stats.import", entity: IMPORT_AUDIT.entity, entityId: IMPORT_AUDIT.entityId, after: summary, ip: ctx.ip });
    return { ok: true as const, rows: summary.rows, inserted, updated, skipped: summary.skipped, quarters };
  });
}

/**
 * The fill-in template: the header (Vietnamese column names and `;` for Vietnamese readers, whose
 * Excel separates with semicolons; English names and `,` otherwise), then one row per procedure
 * with its code, name and the quarter, the counts left empty. UTF-8 with a BOM so Excel reads the
 * Vietnamese names.
 */
export async function procedureStatsTemplate(db: Kysely<Database>, opts: { lang: "vi" | "en"; quarter: string }): Promise<string> {
  const procedures = await listProceduresForTemplate(db);
  const vi = opts.lang === "vi";
  const delimiter: Delimiter = vi ? ";" : ",";
  const header = [...CSV_COLUMNS.map((c) => (vi ? CSV_COLUMNS_VI[c] : c)), CSV_NAME_COLUMN[opts.lang]];
  return "\uFEFF" + toCsv([header, ...procedures.map((p) => [p.code, opts.quarter, "", "", "", "", p.name_vi])], delimiter);
}

/** A short example file (the page shows it): two procedures, one of them not offered by post. */
export function procedureStatsExample(lang: "vi" | "en", quarter: string): string {
  const vi = lang === "vi";
  const delimiter: Delimiter = vi ? ";" : ",";
  const header = CSV_COLUMNS.map((c) => (vi ? CSV_COLUMNS_VI[c] : c));
  return toCsv(
    [
      header,
      ["1.001612", quarter, vi ? "1.250" : "1,250", "980", "64", "131"],
      ["2.000391", quarter, "37", "0", "0", "0"],
    ],
    delimiter,
  );
}

/** A quarter's imported figures: per agency (only agencies with procedures) and summed for the province. */
export async function procedureStatsSummary(db: Kysely<Database>, quarter: string) {
  const agencies = await procedureStatsByAgency(db, quarter);
  const keys = ["procedures", "reported", "total", "online", "postal_received", "postal_returned", "online_offered", "online_used", "postal_offered", "postal_used"] as const;
  const province = Object.fromEntries(keys.map((k) => [k, agencies.reduce((sum, a) => sum + a[k], 0)])) as Record<(typeof keys)[number], number>;
  return { quarter, province, agencies };
}

// --- e-documents -------------------------------------------------------------------------------

/**
 * The agency a staff member may enter e-document figures for: an officer only their own (another
 * agency's slug is a 404, as for petitions), an administrator any active agency.
 */
export async function edocAgencyFor(db: Kysely<Database>, user: StaffUser, slug: string | null) {
  if (user.role !== "admin") {
    if (user.agencyId === null) throw new AdminOnly();
    if (slug !== null && slug !== user.agencySlug) throw new NotFound();
    const own = await findAgencyById(db, user.agencyId);
    if (!own) throw new NotFound();
    return own;
  }
  if (slug === null) return null;
  const agency = await findAgency(db, slug);
  if (!agency) throw new NotFound();
  return agency;
}

/** Saves an agency's e-document figures for a quarter, with an audit row holding before and after. */
export async function saveEdocStats(db: Kysely<Database>, form: EdocForm, ctx: WriteContext): Promise<void> {
  const agency = await edocAgencyFor(db, ctx.user, form.agency);
  if (!agency) throw new NotFound();
  await db.transaction().execute(async (tx) => {
    const before = await getEdocStats(tx, agency.id, form.quarter);
    await upsertEdocStats(tx, { agency_id: agency.id, quarter: form.quarter, total: form.total, electronic: form.electronic });
    await writeAudit(tx, {
      staffUserId: ctx.user.id,
      action: "edoc_stats.save",
      entity: "edoc_stats",
      entityId: `${agency.slug}:${form.quarter}`,
      before: before ? { total: before.total, electronic: before.electronic } : undefined,
      after: { total: form.total, electronic: form.electronic },
      ip: ctx.ip,
    });
  });
}

// --- PCI ---------------------------------------------------------------------------------------

/** Saves (inserts or replaces) a year's PCI result; administrators only; audited with before and after. */
export async function savePciResult(db: Kysely<Database>, form: PciForm, ctx: WriteContext): Promise<void> {
  requireAdmin(ctx.user);
  const after = {
    year: form.year,
    transparency_score: form.transparency_score,
    transparency_rank: form.transparency_rank,
    provinces: form.provinces,
    pci_score: form.pci_score,
    pci_rank: form.pci_rank,
    source: form.source,
  };
  await db.transaction().execute(async (tx) => {
    const before = await getPciResult(tx, form.year);
    await upsertPciResult(tx, after);
    await writeAudit(tx, { staffUserId: ctx.user.id, action: "pci_results.save", entity: "pci_results", entityId: form.year, before, after, ip: ctx.ip });
  });
}

// --- overview ----------------------------------------------------------------------------------

/** What the data-entry index shows: coverage of the current quarter and the latest PCI year. */
export async function dataEntryOverview(db: Kysely<Database>, today: string) {
  const quarter = quarterOf(today);
  const [procedures, edocs, pci] = await Promise.all([procedureStatsCoverage(db, quarter), edocCoverage(db, quarter), listPciResults(db)]);
  return { quarter, procedures, edocs, latestPci: pci[0] ?? null };
}

/** The quarters a form offers: from the start of the year before last up to the current one, newest first. */
export function recentQuarters(today: string): string[] {
  const current = quarterOf(today);
  return quartersBetween(`${Number(today.slice(0, 4)) - 2}-Q1`, current).reverse();
}
