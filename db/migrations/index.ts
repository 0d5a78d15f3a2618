import type { Migration, MigrationProvider } from "kysely/migration";
import * as m20261125120000 from "./2026_11_25_120000_foundation";

// Listed statically (not read from disk) so the same migrations run from the app bundle, tsx and vitest.
const migrations: Record<string, Migration> = {
  "2026_11_25_120000_foundation": m20261125120000,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
