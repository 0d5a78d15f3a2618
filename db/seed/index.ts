// CLI: npm run db:seed — migrates, then seeds the demo province if the database has none.
import { loadEnv } from "../../app/utils/env.server";
import { openDatabase } from "../client";
import { migrateToLatest } from "../migrate";
import { seedDemo } from "./demo";

const env = loadEnv();
const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  await migrateToLatest(handle.db);
  console.log((await seedDemo(handle.db)) ? "demo data seeded" : "the database already has a province: nothing seeded (npm run db:reset starts over)");
} finally {
  await handle.close();
}
