/**
 * The figures as CSV (RFC 4180, UTF-8 with a BOM so Excel shows Vietnamese): one row per agency
 * with every rate's numerator, denominator, value and interval, and every component's score,
 * method weight and weight used, so the index can be recomputed from the file and the methodology:
 * index = Σ score × weight / Σ weight over the components with a score and a weight above 0.
 */
import { COMPONENTS, type AgencyFigures, type Component, type Rate, type TransparencyReport } from "./transparency.types";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const RATE_KEYS = ["response", "onTime", "publication", "satisfaction", "reopen"] as const;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(fields: Array<string | number | boolean | null | undefined>): string {
  return fields.map(csvField).join(",");
}

function rateCells(r: Rate | undefined): Array<number | null> {
  return r ? [r.numerator, r.denominator, r.value, r.low, r.high] : [null, null, null, null, null];
}

/** The column names, in order. */
export function csvHeader(): string[] {
  const head = ["period", "method_version", "min_cases", "generated_at", "snapshot", "rank", "slug", "name", "name_en", "kind", "index", "received", "answered", "overdue_open", "median_working_days"];
  for (const r of RATE_KEYS) for (const part of ["numerator", "denominator", "value", "low", "high"]) head.push(`${snake(r)}_rate_${part}`);
  for (const c of COMPONENTS) {
    for (const part of ["score", "method_weight", "weight_used", "numerator", "denominator", "value", "low", "high"]) head.push(`${snake(c)}_${part}`);
  }
  return head;
}

/** The report as CSV text, starting with a BOM. */
export function reportCsv(report: TransparencyReport): string {
  const lines = [csvLine(csvHeader())];
  for (const a of report.agencies) lines.push(csvLine(agencyRow(report, a, report.methodWeights)));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function agencyRow(report: TransparencyReport, a: AgencyFigures, methodWeights: Record<Component, number> | undefined) {
  const row: Array<string | number | boolean | null> = [
    report.period,
    report.methodVersion,
    report.minCases,
    report.generatedAt,
    report.snapshot,
    a.rank,
    a.slug,
    a.name,
    a.nameEn,
    a.kind,
    a.index,
    a.received,
    a.answered,
    a.overdueOpen,
    a.medianWorkingDays,
  ];
  for (const r of RATE_KEYS) row.push(...rateCells(a.rates[r]));
  for (const c of COMPONENTS) {
    const comp = a.components[c];
    row.push(comp.score, methodWeights?.[c] ?? null, comp.weight, ...rateCells(comp.rate));
  }
  return row;
}

/** The file name of a period's CSV: minh-bach-2026-Q1.csv. */
export function csvFilename(period: string): string {
  return `minh-bach-${period.replace(/[^0-9A-Za-z-]/g, "")}.csv`;
}
