import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek, isValidDate, todayInVietnam, WorkingCalendar, type CalendarEntry } from "./calendar";
import { parseHolidayCsv } from "./calendar.server";

// The real seed calendar, read with a deliberately naive splitter (the file has no quoted fields),
// independent of parseHolidayCsv, which is checked against it below.
const CSV_TEXT = readFileSync(new URL("../../../db/seed/data/vn-public-holidays-2018-2027.csv", import.meta.url), "utf8");
const CSV_LINES = CSV_TEXT.split(/\r?\n/).filter((l) => l.trim() !== "");
const ENTRIES: CalendarEntry[] = CSV_LINES.slice(1).map((l) => {
  const [date, kind] = l.split(",");
  return { date, kind: kind as CalendarEntry["kind"] };
});
const cal = new WorkingCalendar(ENTRIES);
const kindOf = (date: string) => ENTRIES.find((e) => e.date === date)?.kind;

/** Reference: the n-th working day after start by a plain walk with Date (UTC). */
function naiveAdd(start: string, n: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (cal.isWorkingDay(d.toISOString().slice(0, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}

describe("the seed CSV itself", () => {
  it("has 144 rows with the three kinds only, each date once, in 2018–2027", () => {
    expect(ENTRIES.length).toBe(144);
    expect(new Set(ENTRIES.map((e) => e.kind))).toEqual(new Set(["holiday", "day_off", "workday"]));
    expect(new Set(ENTRIES.map((e) => e.date)).size).toBe(ENTRIES.length);
    for (const e of ENTRIES) {
      expect(isValidDate(e.date), e.date).toBe(true);
      expect(Number(e.date.slice(0, 4))).toBeGreaterThanOrEqual(2018);
      expect(Number(e.date.slice(0, 4))).toBeLessThanOrEqual(2027);
    }
  });

  it("lists make-up working days on Saturdays only", () => {
    const workdays = ENTRIES.filter((e) => e.kind === "workday");
    expect(workdays.length).toBeGreaterThan(0);
    for (const w of workdays) expect(dayOfWeek(w.date), w.date).toBe(6);
  });
});

describe("date helpers", () => {
  it("addDays crosses months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2025-01-24", 0)).toBe("2025-01-24");
    expect(addDays("2000-02-28", 366)).toBe("2001-02-28");
  });

  it("addDays and dayOfWeek agree with Date in UTC for every day 1990–2060", () => {
    const d = new Date(Date.UTC(1990, 0, 1));
    let s = "1990-01-01";
    const mismatches: string[] = [];
    let n = 0;
    while (d.getUTCFullYear() < 2061) {
      const iso = d.toISOString().slice(0, 10);
      if (s !== iso || dayOfWeek(s) !== d.getUTCDay()) mismatches.push(`${iso} vs ${s}`);
      d.setUTCDate(d.getUTCDate() + 1);
      s = addDays(s, 1);
      n++;
    }
    expect(mismatches).toEqual([]);
    expect(n).toBe(25_933); // 71 years, 18 of them leap
  });

  it("dayOfWeek of known dates (0 = Sunday)", () => {
    expect(dayOfWeek("2025-01-24")).toBe(5); // Friday
    expect(dayOfWeek("2025-04-26")).toBe(6); // Saturday
    expect(dayOfWeek("2025-04-27")).toBe(0); // Sunday
    expect(dayOfWeek("2026-02-23")).toBe(1); // Monday
  });

  it("todayInVietnam is UTC+7 with no DST", () => {
    expect(todayInVietnam(new Date("2025-01-24T16:59:59.999Z"))).toBe("2025-01-24");
    expect(todayInVietnam(new Date("2025-01-24T17:00:00Z"))).toBe("2025-01-25");
    expect(todayInVietnam(new Date("2025-07-01T16:59:59Z"))).toBe("2025-07-01");
    expect(todayInVietnam(new Date("2025-07-01T17:00:00Z"))).toBe("2025-07-02");
    expect(todayInVietnam(new Date("2025-12-31T17:30:00Z"))).toBe("2026-01-01");
    expect(isValidDate(todayInVietnam())).toBe(true);
  });

  it("rejects invalid dates", () => {
    for (const bad of ["2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-5", "25-01-05", "garbage", "", "2025-01-05T00:00:00Z", " 2025-01-05"]) {
      expect(isValidDate(bad), bad).toBe(false);
      expect(() => addDays(bad, 1), bad).toThrow(RangeError);
      expect(() => dayOfWeek(bad), bad).toThrow(RangeError);
      expect(() => cal.isWorkingDay(bad), bad).toThrow(RangeError);
      expect(() => cal.addWorkingDays(bad, 1), bad).toThrow(RangeError);
      expect(() => cal.addWorkingDays(bad, 0), bad).toThrow(RangeError);
      expect(() => cal.workingDaysBetween(bad, "2025-01-05"), bad).toThrow(RangeError);
      expect(() => cal.workingDaysBetween("2025-01-05", bad), bad).toThrow(RangeError);
      expect(() => cal.nextWorkingDay(bad), bad).toThrow(RangeError);
      expect(() => cal.entry(bad), bad).toThrow(RangeError);
    }
    expect(isValidDate("2024-02-29")).toBe(true);
    expect(() => cal.addWorkingDays("2025-01-24", -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2025-01-24", 1.5)).toThrow(RangeError);
    expect(() => addDays("2025-01-24", Number.NaN)).toThrow(RangeError);
    expect(() => todayInVietnam(new Date("nope"))).toThrow(RangeError);
    expect(() => new WorkingCalendar([{ date: "2025-02-30", kind: "holiday" }])).toThrow(RangeError);
    expect(() => new WorkingCalendar([{ date: "2025-02-03", kind: "vacation" as "holiday" }])).toThrow(RangeError);
  });
});

describe("WorkingCalendar with the real 2018–2027 calendar", () => {
  it("ordinary weeks: Mon–Fri work, weekends off", () => {
    const empty = new WorkingCalendar([]);
    expect(empty.isWorkingDay("2025-03-14")).toBe(true); // Friday
    expect(empty.isWorkingDay("2025-03-15")).toBe(false); // Saturday
    expect(empty.addWorkingDays("2025-03-14", 1)).toBe("2025-03-17");
    expect(empty.addWorkingDays("2025-03-15", 1)).toBe("2025-03-17");
    expect(empty.addWorkingDays("2025-03-10", 5)).toBe("2025-03-17");
    expect(empty.workingDaysBetween("2025-03-09", "2025-03-16")).toBe(5);
  });

  it("Tết 2025 (25/1–2/2): the day after Friday 24/1 is Monday 3/2", () => {
    for (const d of ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]) {
      expect(kindOf(d), d).toBe("holiday");
    }
    for (let d = "2025-01-25"; d <= "2025-02-02"; d = addDays(d, 1)) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.isWorkingDay("2025-01-24")).toBe(true);
    expect(cal.isWorkingDay("2025-02-03")).toBe(true);
    expect(cal.addWorkingDays("2025-01-24", 1)).toBe("2025-02-03");
    expect(cal.nextWorkingDay("2025-01-24")).toBe("2025-02-03");
    expect(cal.addWorkingDays("2025-01-27", 1)).toBe("2025-02-03"); // receipt during Tết
    expect(cal.workingDaysBetween("2025-01-24", "2025-02-02")).toBe(0);
    expect(cal.workingDaysBetween("2025-01-24", "2025-02-03")).toBe(1);
    // Jan 2025 has 23 weekdays; 1/1 and 27–31/1 are off.
    expect(cal.workingDaysBetween("2024-12-31", "2025-01-31")).toBe(23 - 6);
  });

  it("Tết 2026 as the CSV has it (16–20/2 holidays; with weekends 14/2–22/2 off)", () => {
    const tet2026 = ENTRIES.filter((e) => e.date.startsWith("2026-02")).map((e) => `${e.date}:${e.kind}`);
    expect(tet2026).toEqual([
      "2026-02-16:holiday",
      "2026-02-17:holiday",
      "2026-02-18:holiday",
      "2026-02-19:holiday",
      "2026-02-20:holiday",
    ]);
    for (let d = "2026-02-14"; d <= "2026-02-22"; d = addDays(d, 1)) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.isWorkingDay("2026-02-13")).toBe(true);
    expect(cal.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
  });

  it("15 working days from a receipt on 10/2/2026 run across Tết to 10/3/2026", () => {
    // 11, 12, 13 Feb (3), then 23–27 Feb (8), 2–6 Mar (13), 9, 10 Mar (15).
    expect(cal.addWorkingDays("2026-02-10", 15)).toBe("2026-03-10");
    expect(new WorkingCalendar([]).addWorkingDays("2026-02-10", 15)).toBe("2026-03-03"); // without Tết
    expect(cal.workingDaysBetween("2026-02-10", "2026-03-10")).toBe(15);
    expect(cal.workingDaysBetween("2026-02-10", "2026-03-09")).toBe(14);
    // Forwarding within 5 working days (Decree 92/2017) from the last day before Tết.
    expect(cal.addWorkingDays("2026-02-13", 5)).toBe("2026-02-27");
  });

  it("30/4–1/5/2025: Saturday 26/4 worked, Friday 2/5 off", () => {
    expect(kindOf("2025-04-26")).toBe("workday");
    expect(kindOf("2025-05-02")).toBe("day_off");
    expect(cal.isWorkingDay("2025-04-26")).toBe(true);
    expect(cal.entry("2025-04-26")).toEqual({ date: "2025-04-26", kind: "workday" });
    expect(cal.entry("2025-04-28")).toBeUndefined();
    for (const d of ["2025-04-27", "2025-04-30", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04"]) {
      expect(cal.isWorkingDay(d), d).toBe(false);
    }
    expect(cal.isWorkingDay("2025-04-28")).toBe(true);
    expect(cal.isWorkingDay("2025-04-29")).toBe(true);
    expect(cal.addWorkingDays("2025-04-25", 1)).toBe("2025-04-26");
    // From Saturday 26/4 the next working day is Monday 28/4 (28 and 29/4 are ordinary working days) …
    expect(cal.addWorkingDays("2025-04-26", 1)).toBe("2025-04-28");
    // … and after Tuesday 29/4 comes Monday 5/5.
    expect(cal.addWorkingDays("2025-04-29", 1)).toBe("2025-05-05");
    expect(cal.addWorkingDays("2025-04-25", 4)).toBe("2025-05-05");
    expect(cal.workingDaysBetween("2025-04-24", "2025-05-05")).toBe(5); // 25, 26, 28, 29/4, 5/5
  });

  it("National Day 2025: Monday 1/9 and Tuesday 2/9 off (per the CSV)", () => {
    expect(kindOf("2025-09-01")).toBe("holiday");
    expect(kindOf("2025-09-02")).toBe("holiday");
    expect(cal.isWorkingDay("2025-09-01")).toBe(false);
    expect(cal.isWorkingDay("2025-09-02")).toBe(false);
    expect(cal.addWorkingDays("2025-08-29", 1)).toBe("2025-09-03");
    expect(cal.workingDaysBetween("2025-08-29", "2025-09-05")).toBe(3);
  });

  it("New Year 2026: Friday 2/1 off, Saturday 10/1 worked", () => {
    expect(cal.addWorkingDays("2025-12-31", 1)).toBe("2026-01-05");
    expect(cal.addWorkingDays("2026-01-09", 1)).toBe("2026-01-10");
    expect(cal.addWorkingDays("2026-01-10", 1)).toBe("2026-01-12");
  });

  it("n = 0 returns the start, even on a holiday or weekend", () => {
    expect(cal.addWorkingDays("2025-01-29", 0)).toBe("2025-01-29");
    expect(cal.addWorkingDays("2025-05-03", 0)).toBe("2025-05-03");
    expect(cal.workingDaysBetween("2025-05-05", "2025-05-05")).toBe(0);
    expect(cal.workingDaysBetween("2025-05-06", "2025-05-05")).toBe(0);
  });

  it("workingDaysBetween(s, addWorkingDays(s, n)) === n for every start in 2025 and n in 0..30", () => {
    let checked = 0;
    const failures: string[] = [];
    for (let s = "2025-01-01"; s <= "2025-12-31"; s = addDays(s, 1)) {
      for (let n = 0; n <= 30; n++) {
        const end = cal.addWorkingDays(s, n);
        const ok =
          cal.workingDaysBetween(s, end) === n &&
          (n === 0
            ? end === s
            : cal.isWorkingDay(end) && cal.workingDaysBetween(s, addDays(end, -1)) === n - 1 && end === naiveAdd(s, n));
        if (!ok) failures.push(`${s} + ${n} = ${end} (between: ${cal.workingDaysBetween(s, end)})`);
        checked++;
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(checked).toBe(365 * 31);
  });

  it("workingDaysBetween matches a day-by-day count over long spans 2017–2028", () => {
    const days: string[] = [];
    for (let d = "2017-12-01"; d <= "2028-01-31"; d = addDays(d, 1)) days.push(d);
    const cum = [0];
    for (let i = 1; i < days.length; i++) cum.push(cum[i - 1] + (cal.isWorkingDay(days[i]) ? 1 : 0));
    let seed = 12345;
    const rnd = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    const failures: string[] = [];
    for (let t = 0; t < 5000; t++) {
      const i = rnd(days.length);
      const j = rnd(days.length);
      const want = j > i ? cum[j] - cum[i] : 0;
      const got = cal.workingDaysBetween(days[i], days[j]);
      if (got !== want) failures.push(`${days[i]}..${days[j]}: ${got} ≠ ${want}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // 2025 in full: 261 weekdays minus the 12 weekday rows off, plus Saturday 26/4.
    const off2025 = ENTRIES.filter((e) => e.date.startsWith("2025") && e.kind !== "workday" && dayOfWeek(e.date) % 6 !== 0);
    expect(off2025.length).toBe(12);
    expect(cal.workingDaysBetween("2024-12-31", "2025-12-31")).toBe(261 - 12 + 1);
  });

  it("is fast enough: 1e5 deadline computations well under a second or two", () => {
    const t0 = performance.now();
    let acc = 0;
    for (let i = 0; i < 100_000; i++) {
      const s = addDays("2025-01-01", i % 700);
      const due = cal.addWorkingDays(s, 15);
      acc += cal.workingDaysBetween(s, due);
      if (cal.isWorkingDay(s)) acc++;
    }
    expect(acc).toBeGreaterThan(1_500_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("parseHolidayCsv", () => {
  it("reads the seed file into the same rows as the naive splitter", () => {
    const rows = parseHolidayCsv(CSV_TEXT);
    expect(rows.length).toBe(CSV_LINES.length - 1);
    expect(rows.map((r) => ({ date: r.date, kind: r.kind }))).toEqual(ENTRIES);
    expect(rows.find((r) => r.date === "2025-04-26")).toMatchObject({
      kind: "workday",
      name_vi: "Làm bù (cho ngày nghỉ 02/05/2025)",
      name_en: "Make-up working day (for day off 2025-05-02)",
    });
  });

  it("handles a BOM, CRLF, quoted fields with commas, quotes and newlines, and blank lines", () => {
    const text =
      '\uFEFFdate,kind,name_vi,name_en,source\r\n' +
      '2025-01-01,holiday,Tết Dương lịch,"New Year\'s Day, 1 January","a, b; ""quoted"""\r\n' +
      "\r\n" +
      '2025-04-26,workday,"Làm bù\r\nthứ Bảy",Make-up day,\r\n';
    expect(parseHolidayCsv(text)).toEqual([
      { date: "2025-01-01", kind: "holiday", name_vi: "Tết Dương lịch", name_en: "New Year's Day, 1 January", source: 'a, b; "quoted"' },
      { date: "2025-04-26", kind: "workday", name_vi: "Làm bù\r\nthứ Bảy", name_en: "Make-up day", source: "" },
    ]);
  });

  it("throws naming the line of a bad row", () => {
    const head = "date,kind,name_vi,name_en,source\n2025-01-01,holiday,A,B,s\n";
    expect(() => parseHolidayCsv(head + "2025-02-30,holiday,A,B,s\n")).toThrow(/line 3\b.*date/);
    expect(() => parseHolidayCsv(head + "2025-02-03,vacation,A,B,s\n")).toThrow(/line 3\b.*kind/);
    expect(() => parseHolidayCsv(head + "2025-02-03,holiday,,B,s\n")).toThrow(/line 3\b.*name_vi/);
    expect(() => parseHolidayCsv(head + "2025-02-03,holiday,A,B\n")).toThrow(/line 3\b.*fields/);
    expect(() => parseHolidayCsv(head + "2025-01-01,day_off,A,B,s\n")).toThrow(/line 3\b.*line 2/);
    // A quoted newline in line 2 makes the bad row start on line 4.
    expect(() => parseHolidayCsv('date,kind,name_vi,name_en,source\n2025-01-01,holiday,"A\nB",B,s\nnope,holiday,A,B,s\n')).toThrow(/line 4\b/);
    expect(() => parseHolidayCsv(head + '2025-02-03,holiday,"A,B,s\n')).toThrow(/line 3\b.*unterminated/);
    expect(() => parseHolidayCsv("date,kind,name_vi\n")).toThrow(/name_en/);
    expect(() => parseHolidayCsv("")).toThrow(/empty/);
  });
});
