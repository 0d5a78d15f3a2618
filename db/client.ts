import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./types";

// DATE stays "YYYY-MM-DD": a calendar day has no time zone, and Date objects would shift it.
// COUNT(*) (int8) becomes a number: our counts are far below 2^53.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => Number(v));
const pgliteParsers = {
  [pgliteTypes.DATE]: (v: string) => v,
  [pgliteTypes.INT8]: (v: string) => Number(v),
};

export type DatabaseKind = "postgres" | "pglite";

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when absent, an embedded PGlite database is used. */
  url?: string;
  /** PGlite data directory; "memory://" or undefined keeps it in memory. */
  dataDir?: string;
  /** pg pool size per app server. */
  poolSize?: number;
}

/** Opens one Kysely: a pg Pool when a URL is given, embedded PGlite otherwise. */
export async function openDatabase(opts: OpenOptions): Promise<OpenDatabase> {
  if (opts.url) {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server (restart) must not crash the process; the pool replaces it.
    pool.on("error", (err) => console.warn(`[db] idle client error: ${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  const pglite = await PGlite.create(opts.dataDir, { parsers: pgliteParsers });
  return wrapPglite(pglite);
}

/** Wraps an already open PGlite (tests clone a migrated template). */
export function wrapPglite(pglite: PGlite): OpenDatabase {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return { db, kind: "pglite", close: () => db.destroy() };
}

