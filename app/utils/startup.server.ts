import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/demo";
import { ensureTopics } from "../../db/seed/topics";
import { seedStaff } from "../../db/seed/staff";
import { seedDemoPetitions } from "../../db/seed/petitions";
import { ensureIndexMethod } from "../../db/seed/index-method";
import { seedDemoStatistics } from "../../db/seed/statistics";
import { ensureRollups, rebuildAllRollups } from "../modules/transparency/transparency.queries.server";
import { todayInVietnam } from "../modules/calendar/calendar";
import { appSecret } from "./secret.server";
import { startMailWorker, type MailWorker } from "../modules/mail/mail.worker.server";
import { backgroundJobs } from "./background.server";
import { appState } from "./db.server";

let worker: MailWorker | undefined;

/** Runs before the server listens: migrate, seed the demo data when asked, start background work. */
export async function startup(): Promise<void> {
  const started = Date.now();
  const { env, handle } = await appState();
  const applied = await migrateToLatest(handle.db);
  if (applied.length) console.log(`[startup] migrated: ${applied.join(", ")}`);
  await ensureTopics(handle.db);
  await ensureIndexMethod(handle.db);
  if (env.SEED_DEMO) {
    const seeded = await seedDemo(handle.db);
    // Idempotent: also gives a database seeded before staff accounts existed its demo accounts.
    await seedStaff(handle.db);
    const petitions = await seedDemoPetitions(handle.db, {
      today: todayInVietnam(),
      secret: await appSecret(handle.db, env.SESSION_SECRET),
      baseUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    });
    // The demo petitions are back-dated after filing: their months' rollups are rebuilt once here.
    if (petitions) await rebuildAllRollups(handle.db);
    await seedDemoStatistics(handle.db, { today: todayInVietnam() });
    if (seeded || petitions) console.log(`[startup] demo data seeded${petitions ? ` (${petitions} petitions)` : ""}`);
  }
  // A database whose petitions predate the rollups gets them built once.
  await ensureRollups(handle.db);
  // Delivery of queued mail and the periodic jobs run in every app server (claims never collide).
  worker = startMailWorker({ getDb: async () => handle.db, env, jobs: backgroundJobs(handle.db, env) });
  console.log(`[startup] ${handle.kind === "pglite" ? `embedded database in ${env.DATA_DIR}` : "PostgreSQL"} ready in ${Date.now() - started} ms`);
}

/** Stops background work and closes the database (graceful shutdown). */
export async function shutdown(): Promise<void> {
  const { handle } = await appState();
  await worker?.stop();
  await handle.close();
}
