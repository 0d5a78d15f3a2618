// The mail worker on its own (`npm run worker`), for deployments that want delivery outside the app
// servers. Any number may run beside each other and beside the app's own loop: claims skip locked
// rows and expire. It neither migrates nor seeds: the app server does that on start.
import { backgroundJobs } from "../../utils/background.server";
import { appState } from "../../utils/db.server";
import { startMailWorker } from "./mail.worker.server";

const { env, handle } = await appState();
if (handle.kind === "pglite") {
  console.warn(`[mail] using the embedded database in ${env.DATA_DIR}: it opens in one process only, so stop the app server first (or set DATABASE_URL)`);
}
const worker = startMailWorker({ getDb: async () => handle.db, env, keepAlive: true, jobs: backgroundJobs(handle.db, env) });
console.log(`[mail] worker started: ${env.RESEND_API_KEY ? "sending through Resend" : "RESEND_API_KEY not set, mails are kept for the demo mailbox"}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[mail] ${signal}: finishing the current round`);
  // A round holds at most a few requests; a hung one must not block the shutdown forever.
  setTimeout(() => process.exit(0), 30_000).unref();
  await worker.stop();
  await handle.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
