/**
 * Reporting periods: a year ("2026"), a half-year ("2026-H1") or a quarter ("2026-Q3"), in Vietnam
 * calendar days. Pure: no database, no time zones beyond "today" passed in as YYYY-MM-DD.
 */
import type { PeriodCode, PeriodRange } from "./transparency.types";

export type PeriodKind = PeriodRange["kind"];

/** Years the portal accepts in a period code (anything else is a typo or a probe). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const PERIOD_RE = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function rangeOf(code: string, kind: PeriodKind, year: number, firstMonth: number, monthCount: number): PeriodRange {
  const months: string[] = [];
  for (let m = firstMonth; m < firstMonth + monthCount; m++) months.push(`${year}-${pad(m)}-01`);
  const quarters: string[] = [];
  for (let q = (firstMonth + 2) / 3; q <= (firstMonth + monthCount - 1) / 3; q++) quarters.push(`${year}-Q${q}`);
  const lastMonth = firstMonth + monthCount - 1;
  return {
    code,
    kind,
    year,
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
    months,
    quarters,
  };
}

/** "2026" | "2026-H1" | "2026-Q3" → its range; anything else (other shapes, years out of range) → null. */
export function parsePeriod(code: unknown): PeriodRange | null {
  if (typeof code !== "string") return null;
  const m = PERIOD_RE.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const part = m[2];
  if (!part) return rangeOf(code, "year", year, 1, 12);
  const n = Number(part.slice(1));
  return part[0] === "H" ? rangeOf(code, "half", year, n === 1 ? 1 : 7, 6) : rangeOf(code, "quarter", year, 3 * (n - 1) + 1, 3);
}

/** The code of the period of `kind` that contains `day` (YYYY-MM-DD). */
export function periodContaining(kind: PeriodKind, day: string): PeriodCode {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (kind === "year") return year;
  if (kind === "half") return `${year}-H${month <= 6 ? 1 : 2}`;
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The year, half-year and quarter that contain `today`. */
export function currentPeriods(today: string): { year: PeriodCode; half: PeriodCode; quarter: PeriodCode } {
  return { year: periodContaining("year", today), half: periodContaining("half", today), quarter: periodContaining("quarter", today) };
}

/** The period of the same kind just before `code` ("2026-Q1" → "2025-Q4"); null when out of range or invalid. */
export function previousPeriod(code: PeriodCode): PeriodCode | null {
  const r = parsePeriod(code);
  if (!r) return null;
  let prev: string;
  if (r.kind === "year") prev = String(r.year - 1);
  else {
    const n = Number(code.slice(6));
    const last = r.kind === "half" ? 2 : 4;
    const letter = r.kind === "half" ? "H" : "Q";
    prev = n > 1 ? `${r.year}-${letter}${n - 1}` : `${r.year - 1}-${letter}${last}`;
  }
  return parsePeriod(prev) ? prev : null;
}

/** The last `count` periods of `kind` up to the one containing `today`, oldest first (e.g. 8 quarters for a trend). */
export function listPeriods(kind: PeriodKind, count: number, today: string): PeriodCode[] {
  const out: PeriodCode[] = [];
  let code: PeriodCode | null = periodContaining(kind, today);
  while (code && out.length < count) {
    out.unshift(code);
    code = previousPeriod(code);
  }
  return out;
}

/** True once the period is over: `today` (YYYY-MM-DD, Vietnam time) is after its last day. */
export function isEnded(range: Pick<PeriodRange, "to">, today: string): boolean {
  return today > range.to;
}

/** True when `day` falls inside the period. */
export function contains(range: Pick<PeriodRange, "from" | "to">, day: string): boolean {
  return day >= range.from && day <= range.to;
}
