import { describe, expect, it } from "vitest";
import { currentPeriods, isEnded, listPeriods, parsePeriod, previousPeriod } from "./periods";

describe("parsePeriod", () => {
  it("reads a year, a half-year and a quarter", () => {
    expect(parsePeriod("2026")).toEqual({
      code: "2026",
      kind: "year",
      year: 2026,
      from: "2026-01-01",
      to: "2026-12-31",
      months: ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"],
      quarters: ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"],
    });
    expect(parsePeriod("2026-H1")).toMatchObject({ kind: "half", from: "2026-01-01", to: "2026-06-30", quarters: ["2026-Q1", "2026-Q2"] });
    expect(parsePeriod("2026-H2")).toMatchObject({ from: "2026-07-01", to: "2026-12-31", quarters: ["2026-Q3", "2026-Q4"] });
    expect(parsePeriod("2026-Q3")).toMatchObject({ kind: "quarter", from: "2026-07-01", to: "2026-09-30", months: ["2026-07-01", "2026-08-01", "2026-09-01"], quarters: ["2026-Q3"] });
    expect(parsePeriod("2028-Q1")?.to).toBe("2028-03-31");
    expect(parsePeriod("2024-H1")?.months).toHaveLength(6);
  });

  it("rejects anything else", () => {
    for (const bad of ["", "26", "2026-Q5", "2026-Q0", "2026-H3", "2026-q1", "2026Q1", " 2026", "2026-01", "1999", "2101", "2026-Q1x", null, 2026]) {
      expect(parsePeriod(bad), String(bad)).toBeNull();
    }
  });
});

describe("current and listed periods", () => {
  it("names the periods containing today", () => {
    expect(currentPeriods("2026-11-27")).toEqual({ year: "2026", half: "2026-H2", quarter: "2026-Q4" });
    expect(currentPeriods("2026-06-30")).toEqual({ year: "2026", half: "2026-H1", quarter: "2026-Q2" });
  });

  it("lists the last quarters across a year boundary, oldest first", () => {
    expect(listPeriods("quarter", 8, "2026-02-10")).toEqual(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
    expect(listPeriods("half", 3, "2026-08-01")).toEqual(["2025-H2", "2026-H1", "2026-H2"]);
    expect(listPeriods("year", 2, "2026-08-01")).toEqual(["2025", "2026"]);
    expect(previousPeriod("2000-Q1")).toBeNull();
  });

  it("knows when a period has ended", () => {
    const q1 = parsePeriod("2026-Q1")!;
    expect(isEnded(q1, "2026-03-31")).toBe(false);
    expect(isEnded(q1, "2026-04-01")).toBe(true);
  });
});
