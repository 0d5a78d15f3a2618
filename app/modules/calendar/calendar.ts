/**
 * The Vietnamese working-day calendar (pure: no database, no Date time zones).
 *
 * A date is a working day when it is Monday–Friday and has no `holiday` / `day_off` entry, or when
 * it has a `workday` entry (a make-up working Saturday). Dates are "YYYY-MM-DD" strings everywhere;
 * internally they become day numbers (days since 1970-01-01, proleptic Gregorian), so arithmetic
 * never touches local time.
 */

export type CalendarEntry = { date: string; kind: "holiday" | "day_off" | "workday" };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Days since 1970-01-01 for a civil date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** "YYYY-MM-DD" for a day number (H. Hinnant's civil_from_days). */
function civilFromDays(z: number): string {
  z += 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw new RangeError(`date out of range (year ${y})`);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** True for a real calendar date written "YYYY-MM-DD" (rejects "2025-02-30", "2025-2-3", garbage). */
export function isValidDate(date: unknown): date is string {
  if (typeof date !== "string") return false;
  const m = DATE_RE.exec(date);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Day number (days since 1970-01-01) of a "YYYY-MM-DD" date; throws a RangeError on invalid input. */
export function toDayNumber(date: string): number {
  if (!isValidDate(date)) throw new RangeError(`invalid date ${JSON.stringify(date)} (expected YYYY-MM-DD)`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** "YYYY-MM-DD" of a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): string {
  if (!Number.isSafeInteger(day)) throw new RangeError(`invalid day number ${day}`);
  return civilFromDays(day);
}

/** ISO day of week of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function isoDow(day: number): number {
  return (((day + 3) % 7) + 7) % 7 + 1;
}

/** The date n calendar days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Day of week like Date#getUTCDay: 0 = Sunday, 1 = Monday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return isoDow(toDayNumber(date)) % 7;
}

/** Today's date in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no DST) at instant `now` (default: now). */
export function todayInVietnam(now: Date = new Date()): string {
  const t = now.getTime();
  if (!Number.isFinite(t)) throw new RangeError("todayInVietnam: invalid Date");
  return fromDayNumber(Math.floor((t + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}

/**
 * Weekdays (Mon–Fri) among days ≤ `day`, counted from a fixed origin; only differences matter:
 * weekdaysUpTo(b) − weekdaysUpTo(a) = number of Mon–Fri days d with a < d ≤ b.
 */
function weekdaysUpTo(day: number): number {
  const k = day + 4; // day + 3 ≡ 0 (mod 7) on Mondays, so k ≡ 1 on Mondays … k ≡ 0 on Sundays
  const q = Math.floor(k / 7);
  const r = k - 7 * q; // days of the current Monday-started week up to `day` (0 after a Sunday)
  return 5 * q + Math.min(r, 5);
}

/** First index i with sorted[i] > x (sorted ascending). */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KINDS = new Set(["holiday", "day_off", "workday"]);

export class WorkingCalendar {
  private readonly byDay = new Map<number, CalendarEntry>();
  /** Day numbers of entries that change the Mon–Fri rule (a weekday off, or a weekend workday), ascending. */
  private readonly adjustDays: number[] = [];
  /** adjustPrefix[i] = sum of the adjustments (+1 / −1) of adjustDays[0..i-1]. */
  private readonly adjustPrefix: number[] = [0];

  /** Builds a calendar from holiday rows; a later entry for the same date replaces an earlier one. */
  constructor(entries: CalendarEntry[]) {
    for (const e of entries) {
      if (!KINDS.has(e.kind)) throw new RangeError(`invalid calendar entry kind ${JSON.stringify(e.kind)} on ${e.date}`);
      const day = toDayNumber(e.date);
      this.byDay.set(day, { date: e.date, kind: e.kind });
    }
    const adjust: Array<[number, number]> = [];
    for (const [day, e] of this.byDay) {
      const weekday = isoDow(day) <= 5;
      if (weekday && e.kind !== "workday") adjust.push([day, -1]);
      else if (!weekday && e.kind === "workday") adjust.push([day, +1]);
    }
    adjust.sort((a, b) => a[0] - b[0]);
    for (const [day, delta] of adjust) {
      this.adjustDays.push(day);
      this.adjustPrefix.push(this.adjustPrefix[this.adjustPrefix.length - 1] + delta);
    }
  }

  private workingDay(day: number): boolean {
    const e = this.byDay.get(day);
    if (e) return e.kind === "workday";
    return isoDow(day) <= 5;
  }

  /** The calendar row for `date`, if any (undefined for an ordinary weekday or weekend). */
  entry(date: string): CalendarEntry | undefined {
    const e = this.byDay.get(toDayNumber(date));
    return e ? { ...e } : undefined;
  }

  /** True if `date` is a working day: Mon–Fri without a holiday/day_off row, or any day with a workday row. */
  isWorkingDay(date: string): boolean {
    return this.workingDay(toDayNumber(date));
  }

  /** The n-th working day strictly after `start` (start itself never counts); n = 0 returns start; n < 0 throws. */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be an integer ≥ 0, got ${n}`);
    let day = toDayNumber(start);
    if (n === 0) return start;
    let left = n;
    while (left > 0) {
      day++;
      if (this.workingDay(day)) left--;
    }
    return fromDayNumber(day);
  }

  /** Number of working days d with from < d ≤ to (0 when to ≤ from), so workingDaysBetween(x, addWorkingDays(x, n)) = n. */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b <= a) return 0;
    const adjust = this.adjustPrefix[upperBound(this.adjustDays, b)] - this.adjustPrefix[upperBound(this.adjustDays, a)];
    return weekdaysUpTo(b) - weekdaysUpTo(a) + adjust;
  }

  /** The first working day strictly after `date` (= addWorkingDays(date, 1)). */
  nextWorkingDay(date: string): string {
    return this.addWorkingDays(date, 1);
  }
}
