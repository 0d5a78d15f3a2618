import { z } from "zod";
import type { MessageKey, Translate } from "../../i18n";
import { parseCsv, type Delimiter } from "./csv";

// ---------------------------------------------------------------------------------------------
// Quarters: the period of procedure and e-document statistics, "2026-Q1".

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
/** No statistics before this year (PCI started in 2005; anything earlier is a typo). */
export const FIRST_YEAR = 2005;

/** The quarter a date (YYYY-MM-DD) falls in: "2026-05-03" → "2026-Q2". */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A number that orders quarters: year × 4 + quarter − 1. */
export function quarterIndex(quarter: string): number {
  const m = QUARTER_PATTERN.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

function quarterAt(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarters from `from` to `to`, both included, oldest first. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) out.push(quarterAt(i));
  return out;
}

/** The first and last day (YYYY-MM-DD) of a quarter. */
export function quarterDays(quarter: string): { from: string; to: string } {
  const i = quarterIndex(quarter);
  const year = Math.floor(i / 4);
  const q = i % 4;
  const firstMonth = q * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, "0");
  return { from: `${year}-${mm(firstMonth)}-01`, to: `${year}-${mm(firstMonth + 2)}-${lastDay}` };
}

/** Lower case, without diacritics (đ → d), spaces collapsed: how headers and periods are compared. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A quarter as people write it, in canonical form, or null: "2026-Q1", "2026 Q1", "2026Q1",
 * "Q1/2026", "Q1-2026", "Quý 1/2026".
 */
export function parseQuarter(raw: string): string | null {
  const s = fold(raw);
  let m = /^(\d{4}) ?[-/. ]? ?q ?([1-4])$/.exec(s);
  if (m) return `${m[1]}-Q${m[2]}`;
  m = /^(?:q|quy) ?([1-4]) ?[-/. ] ?(\d{4})$/.exec(s);
  if (m) return `${m[2]}-Q${m[1]}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Counts: non-negative whole numbers.

/** A count above this is a typo (no procedure or agency handles ten million dossiers a quarter). */
export const MAX_COUNT = 10_000_000;

export type CountResult = { ok: true; value: number } | { ok: false; reason: "empty" | "format" | "decimal" | "negative" | "large" };

/**
 * A count as a spreadsheet may write it. Digit grouping is accepted because Excel writes it in both
 * locales ("1.234" in Vietnamese, "1,234" or "1 234" elsewhere), but only in strict groups of three
 * with one kind of separator; since counts are whole numbers that is never ambiguous, and anything
 * else with a "." or "," ("1,5", "12.50") is refused as a decimal rather than guessed at.
 */
export function parseCount(raw: string): CountResult {
  const s = raw.replace(/[\u00a0\u202f]/g, " ").trim();
  if (s === "") return { ok: false, reason: "empty" };
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}([., ])\d{3}(?:\1\d{3})*$/.test(s)) digits = s.replace(/[., ]/g, "");
  if (digits === null) {
    if (/^[-−]\s*\d/.test(s)) return { ok: false, reason: "negative" };
    if (/^\d+[.,]\d+$/.test(s)) return { ok: false, reason: "decimal" };
    return { ok: false, reason: "format" };
  }
  const value = Number(digits);
  if (value > MAX_COUNT) return { ok: false, reason: "large" };
  return { ok: true, value };
}

const COUNT_MESSAGE: Record<Exclude<CountResult, { ok: true }>["reason"], MessageKey> = {
  empty: "data.error.countEmpty",
  format: "data.error.countFormat",
  decimal: "data.error.countDecimal",
  negative: "data.error.countNegative",
  large: "data.error.countLarge",
};

/** What to write quoted back in a message: short enough to read, never a whole line. */
function shown(raw: string): string {
  const s = raw.trim();
  return s.length > 30 ? `${s.slice(0, 29)}…` : s;
}

/** A form or CSV field that must be a count; the message names the field (`label`). */
function countField(t: Translate, label: string) {
  return z.string().transform((raw, ctx) => {
    const r = parseCount(raw);
    if (r.ok) return r.value;
    ctx.addIssue({ code: "custom", message: t(COUNT_MESSAGE[r.reason], { field: label, value: shown(raw) }) });
    return z.NEVER;
  });
}

/** A quarter field: a real quarter, from FIRST_YEAR up to the current one. */
function quarterField(t: Translate, currentQuarter: string, emptyKey: MessageKey) {
  return z.string().transform((raw, ctx) => {
    if (raw.trim() === "") {
      ctx.addIssue({ code: "custom", message: t(emptyKey) });
      return z.NEVER;
    }
    const q = parseQuarter(raw);
    if (!q || Number(q.slice(0, 4)) < FIRST_YEAR) {
      ctx.addIssue({ code: "custom", message: t("data.error.periodFormat", { value: shown(raw) }) });
      return z.NEVER;
    }
    if (quarterIndex(q) > quarterIndex(currentQuarter)) {
      ctx.addIssue({ code: "custom", message: t("data.error.periodFuture", { period: q, current: currentQuarter }) });
      return z.NEVER;
    }
    return q;
  });
}

/** Refinements that compare fields run even when another field failed, so a row's problems are all reported at once. */
const always = { when: () => true };
const isNum = (v: unknown): v is number => typeof v === "number";

// ---------------------------------------------------------------------------------------------
// The procedure statistics CSV.

/** The columns of the import, in the template's order. */
export const CSV_COLUMNS = ["procedure_code", "period", "total", "online", "postal_received", "postal_returned"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The Vietnamese header of each column (accepted as well as the English one, with or without diacritics). */
export const CSV_COLUMNS_VI: Record<CsvColumn, string> = {
  procedure_code: "ma_thu_tuc",
  period: "ky",
  total: "tong_so",
  online: "truc_tuyen",
  postal_received: "nhan_qua_buu_chinh",
  postal_returned: "tra_qua_buu_chinh",
};

/** The extra, ignored column the template carries so that people see which procedure a row is. */
export const CSV_NAME_COLUMN = { en: "procedure_name", vi: "ten_thu_tuc" } as const;

const HEADER_ALIASES: Record<string, CsvColumn> = {
  ...Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])),
  ...Object.fromEntries(CSV_COLUMNS.map((c) => [CSV_COLUMNS_VI[c], c])),
  ma_tthc: "procedure_code",
  quarter: "period",
  quy: "period",
};

/** A header cell as compared: "Mã thủ tục" → "ma_thu_tuc", "Postal received" → "postal_received". */
export function normalizeHeader(cell: string): string {
  return fold(cell)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export const CSV_MAX_BYTES = 2 * 1024 * 1024;
export const CSV_MAX_ROWS = 20_000;

/** One valid row of the import. */
export interface ProcedureStatRow {
  line: number;
  code: string;
  quarter: string;
  total: number;
  online: number;
  postal_received: number;
  postal_returned: number;
}

/** Something to fix, on a line of the file (line 1 is the header); `column` when one cell is at fault. */
export interface ImportIssue {
  line: number;
  column?: CsvColumn;
  message: string;
}

export type CheckedImport =
  | { ok: true; rows: ProcedureStatRow[]; skippedLines: number[]; delimiter: Delimiter }
  /** `file` is true when the file as a whole cannot be read (no row was checked). */
  | { ok: false; issues: ImportIssue[]; file: boolean };

export interface CheckImportOptions {
  t: Translate;
  /** Every procedure code of the province. */
  knownCodes: ReadonlySet<string>;
  /** Today's quarter: later periods are refused. */
  currentQuarter: string;
  maxRows?: number;
}

/** The schema of one data row (cells by column name); codes and periods checked against the options. */
export function procedureStatRowSchema(opts: CheckImportOptions) {
  const { t } = opts;
  const label = (c: CsvColumn) => t(`data.col.${c}`);
  const code = z.string().transform((raw, ctx) => {
    const value = raw.normalize("NFC").trim();
    if (value === "") {
      ctx.addIssue({ code: "custom", message: t("data.error.codeEmpty") });
      return z.NEVER;
    }
    if (!opts.knownCodes.has(value)) {
      // Excel reads 1.001610 as a number and writes it back as 1.00161: say so when that fits.
      const padded = /^\d+\.\d{1,5}$/.test(value) ? value.padEnd(value.indexOf(".") + 7, "0") : null;
      const message =
        padded && opts.knownCodes.has(padded)
          ? t("data.error.codeZeros", { code: shown(value), suggestion: padded })
          : t("data.error.codeUnknown", { code: shown(value) });
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return value;
  });
  return z
    .object({
      procedure_code: code,
      period: quarterField(t, opts.currentQuarter, "data.error.periodEmpty"),
      total: countField(t, label("total")),
      online: countField(t, label("online")),
      postal_received: countField(t, label("postal_received")),
      postal_returned: countField(t, label("postal_returned")),
    })
    .superRefine((v, ctx) => {
      if (!isNum(v.total)) return;
      for (const c of ["online", "postal_received", "postal_returned"] as const) {
        const value = v[c];
        if (isNum(value) && value > v.total) {
          ctx.addIssue({ code: "custom", path: [c], message: t("data.error.moreThanTotal", { field: label(c), value, total: v.total }) });
        }
      }
    }, always);
}

/**
 * Reads and checks a whole procedure statistics file (already decoded to text). Rules: a header
 * row naming the six columns (English or Vietnamese names, any case, with or without diacritics,
 * in any order; other columns are ignored); at most `maxRows` data rows; every cell valid; online
 * and postal counts not above the total; each procedure and quarter at most once. A row whose four
 * counts are all empty is skipped (the template lists every procedure: fill in the ones you have).
 * Every problem of every row is returned, by line; the rows only when there is none.
 */
export function checkProcedureStatsCsv(text: string, opts: CheckImportOptions): CheckedImport {
  const { t } = opts;
  const maxRows = opts.maxRows ?? CSV_MAX_ROWS;
  const fileIssue = (line: number, message: string): CheckedImport => ({ ok: false, file: true, issues: [{ line, message }] });

  const parsed = parseCsv(text.normalize("NFC"));
  if (!parsed.ok) return fileIssue(parsed.line, t("data.error.quote", { line: parsed.line }));
  const [header, ...records] = parsed.records;
  if (!header) return fileIssue(1, t("data.error.empty"));

  // Which cell of a record holds which column.
  const position = new Map<CsvColumn, number>();
  const headerIssues: ImportIssue[] = [];
  header.cells.forEach((cell, i) => {
    const column = HEADER_ALIASES[normalizeHeader(cell)];
    if (!column) return;
    if (position.has(column)) headerIssues.push({ line: header.line, message: t("data.error.headerTwice", { column: cell.trim() }) });
    else position.set(column, i);
  });
  const missing = CSV_COLUMNS.filter((c) => !position.has(c));
  if (missing.length) {
    headerIssues.unshift({
      line: header.line,
      message: t("data.error.header", { missing: missing.map((c) => `${c} (${CSV_COLUMNS_VI[c]})`).join(", "), columns: CSV_COLUMNS.join(", ") }),
    });
  }
  if (headerIssues.length) return { ok: false, file: true, issues: headerIssues };
  if (records.length === 0) return fileIssue(header.line, t("data.error.empty"));
  if (records.length > maxRows) return fileIssue(header.line, t("data.error.tooManyRows", { rows: records.length, max: maxRows }));

  const schema = procedureStatRowSchema(opts);
  const rows: ProcedureStatRow[] = [];
  const skippedLines: number[] = [];
  const issues: ImportIssue[] = [];
  const firstLineOf = new Map<string, number>();
  const counts: CsvColumn[] = ["total", "online", "postal_received", "postal_returned"];
  const width = header.cells.length;

  for (const record of records) {
    const cell = (c: CsvColumn) => record.cells[position.get(c)!] ?? "";
    if (counts.every((c) => cell(c).trim() === "")) {
      skippedLines.push(record.line);
      continue;
    }
    const rowIssues: ImportIssue[] = [];
    // More cells than headers is almost always a number written with a comma in a comma-separated file.
    if (record.cells.length > width && record.cells.slice(width).some((c) => c.trim() !== "")) {
      rowIssues.push({ line: record.line, message: t(parsed.delimiter === "," ? "data.error.extraCellsComma" : "data.error.extraCells") });
    }
    const result = schema.safeParse(Object.fromEntries(CSV_COLUMNS.map((c) => [c, cell(c)])));
    if (!result.success) {
      for (const issue of result.error.issues) {
        rowIssues.push({ line: record.line, column: issue.path[0] as CsvColumn, message: issue.message });
      }
    }
    // Duplicates are found from the raw code and period, so that a row with other problems still counts.
    const code = cell("procedure_code").normalize("NFC").trim();
    const quarter = parseQuarter(cell("period"));
    if (code && quarter) {
      const key = `${code}|${quarter}`;
      const first = firstLineOf.get(key);
      if (first !== undefined) rowIssues.push({ line: record.line, column: "procedure_code", message: t("data.error.duplicate", { code, period: quarter, first }) });
      else firstLineOf.set(key, record.line);
    }
    if (rowIssues.length || !result.success) {
      issues.push(...rowIssues);
      continue;
    }
    const v = result.data;
    rows.push({ line: record.line, code: v.procedure_code, quarter: v.period, total: v.total, online: v.online, postal_received: v.postal_received, postal_returned: v.postal_returned });
  }
  if (issues.length) return { ok: false, file: false, issues };
  if (rows.length === 0) return fileIssue(header.line, t("data.error.nothing"));
  return { ok: true, rows, skippedLines, delimiter: parsed.delimiter };
}

// ---------------------------------------------------------------------------------------------
// Forms.

const slug = (t: Translate) =>
  z
    .string()
    .default("")
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^[a-z0-9-]{1,80}$/, t("data.edocs.error.agency")));

/** An agency's electronic-document figures for one quarter; electronic may not exceed total. */
export function edocFormSchema(t: Translate, currentQuarter: string) {
  return z
    .object({
      agency: slug(t),
      quarter: z.string().default("").pipe(quarterField(t, currentQuarter, "data.edocs.error.quarter")),
      total: z.string().default("").pipe(countField(t, t("data.edocs.total"))),
      electronic: z.string().default("").pipe(countField(t, t("data.edocs.electronic"))),
    })
    .superRefine((v, ctx) => {
      if (isNum(v.electronic) && isNum(v.total) && v.electronic > v.total) {
        ctx.addIssue({ code: "custom", path: ["electronic"], message: t("data.edocs.error.moreThanTotal", { electronic: v.electronic, total: v.total }) });
      }
    }, always);
}
export type EdocForm = z.infer<ReturnType<typeof edocFormSchema>>;

/**
 * A decimal with at most two decimals, written with "." or "," (6,45 in Vietnamese, 6.45 in
 * English), between `min` and `max`, as text for the numeric column ("6.45"); null when not one.
 */
function parseDecimal(raw: string, min: number, max: number): string | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(raw.trim());
  const value = m ? Number(`${m[1]}.${m[2] ?? "0"}`) : NaN;
  return value >= min && value <= max ? value.toFixed(2) : null;
}

function parseInteger(raw: string, min: number, max: number): number | null {
  const s = raw.trim();
  const value = /^\d{1,6}$/.test(s) ? Number(s) : NaN;
  return value >= min && value <= max ? value : null;
}

/** A required field read by `parse`; `message` when it is not valid. */
function required<T>(parse: (raw: string) => T | null, message: string) {
  return z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const value = parse(raw);
      if (value === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });
}

/** An optional field: empty is null, anything else must be valid. */
function optional<T>(parse: (raw: string) => T | null, message: string) {
  return z
    .string()
    .default("")
    .transform((raw, ctx): T | null => {
      if (raw.trim() === "") return null;
      const value = parse(raw);
      if (value === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });
}

/** The province's PCI result of one year (VCCI publishes year Y's index in the spring of Y+1). */
export function pciFormSchema(t: Translate, currentYear: number) {
  return z
    .object({
      year: required((s) => parseInteger(s, FIRST_YEAR, currentYear), t("data.pci.error.year", { min: FIRST_YEAR, max: currentYear })),
      transparency_score: required((s) => parseDecimal(s, 0, 10), t("data.pci.error.score")),
      transparency_rank: required((s) => parseInteger(s, 1, 100), t("data.pci.error.rank")),
      provinces: required((s) => parseInteger(s, 1, 100), t("data.pci.error.provinces")),
      pci_score: optional((s) => parseDecimal(s, 0, 100), t("data.pci.error.pciScore")),
      pci_rank: optional((s) => parseInteger(s, 1, 100), t("data.pci.error.pciRank")),
      source: z
        .string()
        .default("")
        .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
        .pipe(z.string().max(300, t("data.pci.error.source", { max: 300 }))),
    })
    .superRefine((v, ctx) => {
      if (!isNum(v.provinces)) return;
      for (const c of ["transparency_rank", "pci_rank"] as const) {
        const rank = v[c];
        if (isNum(rank) && rank > v.provinces) ctx.addIssue({ code: "custom", path: [c], message: t("data.pci.error.rankAbove", { provinces: v.provinces }) });
      }
    }, always);
}
export type PciForm = z.infer<ReturnType<typeof pciFormSchema>>;

/** Field errors by field name (the first message of each), as the actions return them. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}
