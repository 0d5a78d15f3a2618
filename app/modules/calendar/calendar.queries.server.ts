import type { Kysely, Transaction } from "kysely";
import type { Database, HolidayKind } from "../../../db/types";
import type { CalendarEntry } from "./calendar";

type Db = Kysely<Database> | Transaction<Database>;

/** One row of the holiday calendar as stored (and as read from the seed CSV). */
export interface HolidayRow {
  date: string;
  kind: HolidayKind;
  name_vi: string;
  name_en: string;
  source: string;
}

/** DATE values are strings with our parsers; a Date (a connection without them) is read back by its local day. */
function asDateString(v: unknown): string {
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, "0");
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
  }
  return String(v);
}

/** Calendar entries ordered by date, optionally limited to the years fromYear..toYear (inclusive). */
export async function listCalendarEntries(db: Db, fromYear?: number, toYear?: number): Promise<CalendarEntry[]> {
  let q = db.selectFrom("holidays").select(["date", "kind"]).orderBy("date");
  if (fromYear !== undefined) q = q.where("date", ">=", `${String(fromYear).padStart(4, "0")}-01-01`);
  if (toYear !== undefined) q = q.where("date", "<=", `${String(toYear).padStart(4, "0")}-12-31`);
  const rows = await q.execute();
  return rows.map((r) => ({ date: asDateString(r.date), kind: r.kind }));
}

/** Inserts or updates (by date) holiday rows (a later row for the same date wins); returns how many dates were written. */
export async function upsertHolidays(db: Db, input: HolidayRow[]): Promise<number> {
  // One statement must not touch a date twice (ON CONFLICT DO UPDATE would fail), so dedupe first.
  const rows = [...new Map(input.map((r) => [r.date, r] as const)).values()];
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => ({
      date: r.date,
      kind: r.kind,
      name_vi: r.name_vi,
      name_en: r.name_en,
      source: r.source ?? "",
    }));
    await db
      .insertInto("holidays")
      .values(chunk)
      .onConflict((oc) =>
        oc.column("date").doUpdateSet((eb) => ({
          kind: eb.ref("excluded.kind"),
          name_vi: eb.ref("excluded.name_vi"),
          name_en: eb.ref("excluded.name_en"),
          source: eb.ref("excluded.source"),
        })),
      )
      .execute();
  }
  return rows.length;
}
