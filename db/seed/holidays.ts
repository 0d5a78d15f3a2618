import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { parseHolidayCsv } from "../../app/modules/calendar/calendar.server";
import { upsertHolidays } from "../../app/modules/calendar/calendar.queries.server";
import type { Database } from "../types";

const CSV_NAME = "vn-public-holidays-2018-2027.csv";

/**
 * Where the holiday CSV is: next to this module (tsx, vitest), else under the working directory
 * (when this module is bundled into build/, import.meta.url points there instead).
 */
export function holidayCsvPath(): string {
  try {
    const local = fileURLToPath(new URL(`./data/${CSV_NAME}`, import.meta.url));
    if (existsSync(local)) return local;
  } catch {
    // import.meta.url missing or not a file: URL (bundled); fall through.
  }
  return path.resolve(process.cwd(), "db/seed/data", CSV_NAME);
}

/** Loads the 2018–2027 public-holiday calendar into `holidays` (upsert by date); returns the row count. */
export async function seedHolidays(db: Kysely<Database>, csvPath: string = holidayCsvPath()): Promise<number> {
  const rows = parseHolidayCsv(readFileSync(csvPath, "utf8"));
  return upsertHolidays(db, rows);
}
