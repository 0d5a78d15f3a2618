// The production server: express in front of the Remix build, with security headers, compression,
// static files, start-up work (migrate, seed) before listening, and a graceful shutdown.
import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import helmet from "helmet";

const build = await import("./build/index.js");
const { startup, shutdown } = build.entry.module;

try {
  await startup();
} catch (error) {
  console.error(`[startup] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY ?? "loopback");

app.use((req, res, next) => {
  res.locals.nonce = randomBytes(16).toString("base64");
  next();
});
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (req, res) => `'nonce-${res.locals.nonce}'`],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": process.env.NODE_ENV === "production" && process.env.PUBLIC_URL?.startsWith("https:") ? [] : null,
      },
    },
    // Our own pages only; downloads of attachments are same-origin.
    crossOriginEmbedderPolicy: false,
    // "no-referrer" makes browsers send `Origin: null` on form posts, which Remix refuses; same-origin
    // keeps private links (?t=…) from leaking to other sites all the same.
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: process.env.PUBLIC_URL?.startsWith("https:") ? undefined : false,
  }),
);
app.use(compression());
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV ?? "production",
    getLoadContext: (req, res) => ({ nonce: res.locals.nonce, clientAddress: req.ip }),
  }),
);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST;
const server = host ? app.listen(port, host, listening) : app.listen(port, listening);
function listening() {
  console.log(`[server] listening on http://${host ?? "localhost"}:${port}`);
}

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`[server] ${signal}: finishing requests`);
  server.close(async () => {
    await shutdown().catch(() => {});
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
