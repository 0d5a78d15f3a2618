import { Migrator } from "kysely/migration";
import type { Kysely } from "kysely";
import { migrationProvider } from "./migrations/index";
import type { Database } from "./types";

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${String((error as Error).message ?? error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

async function migrateDown(db: Kysely<Database>, all: boolean) {
  const migrator = new Migrator({ db, provider: migrationProvider });
  do {
    const { error, results } = await migrator.migrateDown();
    if (error) throw error;
    if (!results?.length) break;
    for (const r of results) console.log(`down: ${r.migrationName}`);
  } while (all);
}

// CLI: tsx db/migrate.ts up|down|reset
if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadEnv } = await import("../app/utils/env.server");
  const { openDatabase } = await import("./client");
  const env = loadEnv();
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const cmd = process.argv[2] ?? "up";
  try {
    if (cmd === "down") await migrateDown(handle.db, false);
    if (cmd === "reset") await migrateDown(handle.db, true);
    if (cmd !== "down") {
      const done = await migrateToLatest(handle.db);
      console.log(done.length ? `migrated: ${done.join(", ")}` : "database is up to date");
    }
  } finally {
    await handle.close();
  }
}
