import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../db/client";
import { holidayCsvPath, seedHolidays } from "../../db/seed/holidays";
import { invalidateCalendarCache, loadCalendar } from "../../app/modules/calendar/calendar.server";
import { listCalendarEntries, upsertHolidays } from "../../app/modules/calendar/calendar.queries.server";
import { openTestDatabase } from "../helpers/db";

// Migrated database: in-memory PGlite, or a throwaway database on TEST_DATABASE_URL.
let handle: OpenDatabase;
const csvRows = readFileSync(new URL("../../db/seed/data/vn-public-holidays-2018-2027.csv", import.meta.url), "utf8")
  .split(/\r?\n/)
  .filter((l) => l.trim() !== "").length - 1;

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("holiday calendar in the database", () => {
  it("finds the CSV next to the seed module", () => {
    expect(holidayCsvPath()).toMatch(/db[\\/]seed[\\/]data[\\/]vn-public-holidays-2018-2027\.csv$/);
  });

  it("seeds every CSV row, idempotently", async () => {
    expect(csvRows).toBe(144);
    expect(await seedHolidays(handle.db)).toBe(csvRows);
    expect(await seedHolidays(handle.db)).toBe(csvRows); // second run upserts, no duplicates
    const { n } = await handle.db
      .selectFrom("holidays")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(csvRows);
    const row = await handle.db.selectFrom("holidays").selectAll().where("date", "=", "2025-04-26").executeTakeFirstOrThrow();
    expect(row).toEqual({
      date: "2025-04-26",
      kind: "workday",
      name_vi: "Làm bù (cho ngày nghỉ 02/05/2025)",
      name_en: "Make-up working day (for day off 2025-05-02)",
      source: expect.stringContaining("baochinhphu.vn"),
    });
  });

  it("lists entries by year range, dates as YYYY-MM-DD strings", async () => {
    const y2025 = await listCalendarEntries(handle.db, 2025, 2025);
    expect(y2025.length).toBe(13);
    expect(y2025[0]).toEqual({ date: "2025-01-01", kind: "holiday" });
    expect(y2025.every((e) => e.date.startsWith("2025-"))).toBe(true);
    expect((await listCalendarEntries(handle.db)).length).toBe(csvRows);
    expect((await listCalendarEntries(handle.db, 2026)).every((e) => e.date >= "2026-01-01")).toBe(true);
  });

  it("loadCalendar computes deadlines from the seeded rows", async () => {
    invalidateCalendarCache();
    const cal = await loadCalendar(handle.db);
    expect(cal.addWorkingDays("2025-04-25", 1)).toBe("2025-04-26");
    expect(cal.addWorkingDays("2025-04-29", 1)).toBe("2025-05-05");
    expect(cal.addWorkingDays("2025-01-24", 1)).toBe("2025-02-03");
    expect(cal.addWorkingDays("2026-02-10", 15)).toBe("2026-03-10");
  });

  it("caches the calendar until invalidated, and upserts update rows", async () => {
    invalidateCalendarCache();
    const first = await loadCalendar(handle.db);
    expect(first.isWorkingDay("2025-03-14")).toBe(true);
    await upsertHolidays(handle.db, [
      { date: "2025-03-14", kind: "day_off", name_vi: "Thử", name_en: "Test", source: "test" },
    ]);
    expect(await loadCalendar(handle.db)).toBe(first); // cached
    invalidateCalendarCache(handle.db);
    const second = await loadCalendar(handle.db);
    expect(second).not.toBe(first);
    expect(second.isWorkingDay("2025-03-14")).toBe(false);
    // Upsert by date replaces the row rather than adding one.
    await upsertHolidays(handle.db, [
      { date: "2025-03-14", kind: "workday", name_vi: "Thử 2", name_en: "Test 2", source: "" },
    ]);
    const rows = await handle.db.selectFrom("holidays").selectAll().where("date", "=", "2025-03-14").execute();
    expect(rows).toEqual([{ date: "2025-03-14", kind: "workday", name_vi: "Thử 2", name_en: "Test 2", source: "" }]);
    await handle.db.deleteFrom("holidays").where("date", "=", "2025-03-14").execute();
    invalidateCalendarCache();
  });
});
