import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../../db/types";
import { isValidDate, WorkingCalendar } from "./calendar";
import { listCalendarEntries, type HolidayRow } from "./calendar.queries.server";

export type { HolidayRow } from "./calendar.queries.server";

type Db = Kysely<Database> | Transaction<Database>;

const TTL_MS = 60_000;

interface CacheSlot {
  expires: number;
  calendar: Promise<WorkingCalendar>;
}

// Per database handle, so tests (and tools) with several databases never see each other's calendar.
let cache = new WeakMap<object, CacheSlot>();

/** The working calendar from the holidays table, cached in-process for 60 s per database handle. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  const now = Date.now();
  const slot = cache.get(db);
  if (slot && slot.expires > now) return slot.calendar;
  const calendar = listCalendarEntries(db).then((entries) => new WorkingCalendar(entries));
  const fresh: CacheSlot = { expires: now + TTL_MS, calendar };
  cache.set(db, fresh);
  // A failed load must not stay cached.
  calendar.catch(() => {
    if (cache.get(db) === fresh) cache.delete(db);
  });
  return calendar;
}

/** Drops cached calendars (call after administrators edit holidays); with a handle, only that one. */
export function invalidateCalendarCache(db?: Db): void {
  if (db) cache.delete(db);
  else cache = new WeakMap();
}

const HEADER = ["date", "kind", "name_vi", "name_en", "source"] as const;

const holidayRowSchema = z.object({
  date: z.string().refine(isValidDate, { message: "date must be a real calendar date written YYYY-MM-DD" }),
  kind: z.enum(["holiday", "day_off", "workday"]),
  name_vi: z.string().trim().min(1, { message: "name_vi is required" }),
  name_en: z.string().trim().min(1, { message: "name_en is required" }),
  source: z.string().trim().default(""),
});

/** Splits CSV text (RFC 4180: quoted fields with commas, "" escapes and newlines; CRLF or LF) into records with their starting line. */
function splitCsv(text: string): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    field = "";
    // Blank lines are skipped.
    if (!(fields.length === 1 && fields[0].trim() === "")) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      inQuotes = true;
    } else if (c === '"') {
      throw new Error(`holiday CSV line ${line}: stray quote inside an unquoted field`);
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
    i++;
  }
  if (inQuotes) throw new Error(`holiday CSV line ${recordLine}: unterminated quoted field`);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

/**
 * Parses the holiday calendar CSV (header date,kind,name_vi,name_en,source in any order; BOM, CRLF,
 * quoted fields accepted) into validated rows; throws an Error naming the line of the first bad row.
 */
export function parseHolidayCsv(text: string): HolidayRow[] {
  const records = splitCsv(text.replace(/^\uFEFF/, ""));
  if (records.length === 0) throw new Error("holiday CSV is empty (expected a header line)");
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const index = new Map(header.map((h, i) => [h, i] as const));
  const missing = HEADER.filter((h) => h !== "source" && !index.has(h));
  if (missing.length) throw new Error(`holiday CSV line ${records[0].line}: header lacks ${missing.join(", ")}`);

  const rows: HolidayRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== header.length) {
      throw new Error(`holiday CSV line ${line}: expected ${header.length} fields, found ${fields.length}`);
    }
    const raw: Record<string, string> = {};
    for (const name of HEADER) {
      const at = index.get(name);
      if (at !== undefined) raw[name] = name === "date" || name === "kind" ? fields[at].trim() : fields[at];
    }
    const parsed = holidayRowSchema.safeParse(raw);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join("; ");
      throw new Error(`holiday CSV line ${line}: ${why}`);
    }
    const row = parsed.data;
    const earlier = seen.get(row.date);
    if (earlier !== undefined) throw new Error(`holiday CSV line ${line}: date ${row.date} already given on line ${earlier}`);
    seen.set(row.date, line);
    rows.push(row);
  }
  return rows;
}
