import type { Kysely } from "kysely";
import { openDatabase, type OpenDatabase } from "../../db/client";
import type { Database } from "../../db/types";
import { loadEnv, type Env } from "./env.server";

interface AppState {
  env: Env;
  handle: OpenDatabase;
}

// On globalThis so that a dev rebuild reuses the one PGlite instance (it must be opened once per process).
const g = globalThis as typeof globalThis & { __portal?: Promise<AppState> };

/** Opens the database once per process (not migrated or seeded: see startup.server.ts). */
export function appState(): Promise<AppState> {
  g.__portal ??= (async () => {
    const env = loadEnv();
    const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: env.DB_POOL_SIZE });
    return { env, handle };
  })();
  return g.__portal;
}

/** The process's Kysely instance. */
export async function getDb(): Promise<Kysely<Database>> {
  return (await appState()).handle.db;
}

export async function getEnv(): Promise<Env> {
  return (await appState()).env;
}

/** True for errors that mean "the database is not reachable right now" (restart, network). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { code?: string; message?: string };
  if (e.code && ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"].includes(e.code)) {
    return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(
    e.message ?? "",
  );
}
