import type { Migration, MigrationProvider } from "kysely/migration";
import * as m20261125120000 from "./2026_11_25_120000_foundation";
import * as m20261127090000 from "./2026_11_27_090000_petitions";
import * as m20261127150000 from "./2026_11_27_150000_transparency";

// Listed statically (not read from disk) so the same migrations run from the app bundle, tsx and vitest.
const migrations: Record<string, Migration> = {
  "2026_11_25_120000_foundation": m20261125120000,
  "2026_11_27_090000_petitions": m20261127090000,
  "2026_11_27_150000_transparency": m20261127150000,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
