// Starts the built app for the e2e run on a database of its own, seeded with the demo data:
// a fresh PGlite directory by default, or a fresh database on TEST_DATABASE_URL's server.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";

const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", SEED_DEMO: "1" };
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const name = `portal_e2e_${env.PORT ?? "3100"}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  env.SESSION_SECRET ??= "e2e-session-secret-0123456789";
} else {
  delete env.DATABASE_URL;
  // One folder per port, so two runs on different ports never share (or delete) each other's database.
  env.DATA_DIR = `.cache/e2e-data-${env.PORT ?? "3100"}`;
  rmSync(env.DATA_DIR, { recursive: true, force: true });
}

const child = spawn(process.execPath, ["server.js"], { env, stdio: "inherit" });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
