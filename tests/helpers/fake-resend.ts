import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One POST /emails as the fake server received it. */
export interface FakeResendRequest {
  /** Header names in lower case, as node gives them. */
  headers: Record<string, string>;
  body: Record<string, unknown> | null;
  /** What the fake answered. */
  status: number;
  /** The email id answered (success only). */
  id: string | null;
}

/** An email the fake counts as delivered: once per idempotency key, like Resend. */
export interface FakeDelivery {
  id: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: Record<string, unknown>;
}

export interface FakeResend {
  /** Base URL to give the SDK (RESEND_BASE_URL / baseUrl). */
  url: string;
  /** Every POST /emails, including failed and repeated ones. */
  requests: FakeResendRequest[];
  /** Each email accepted, once per idempotency key. */
  delivered: FakeDelivery[];
  /** The next n requests answer `status` (500 by default) without delivering anything. */
  failNext(n: number, status?: number): void;
  /** The next n requests are delivered, but the connection is cut before the answer (a lost response). */
  dropResponseNext(n: number): void;
  close(): Promise<void>;
}

/**
 * A stand-in for the Resend API on 127.0.0.1 (random port): POST /emails with a Bearer key; answers
 * `{ id }`; remembers idempotency keys (the same key and body answer the same id and deliver nothing
 * new; the same key with another body is a 409), as the real service does for 24 hours.
 */
export async function startFakeResend(opts: { apiKey?: string } = {}): Promise<FakeResend> {
  const requests: FakeResendRequest[] = [];
  const delivered: FakeDelivery[] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  let failures: Array<number> = [];
  let drops = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) answer(res, 500, { statusCode: 500, name: "internal_server_error", message: "fake failed" });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "POST" || req.url !== "/emails") {
      return answer(res, 404, { statusCode: 404, name: "not_found", message: "The requested endpoint does not exist." });
    }
    const raw = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      body = null;
    }
    const record: FakeResendRequest = { headers, body, status: 0, id: null };
    requests.push(record);
    const reply = (status: number, payload: unknown) => {
      record.status = status;
      answer(res, status, payload);
    };

    const auth = headers.authorization ?? "";
    if (!auth.startsWith("Bearer ")) return reply(401, { statusCode: 401, name: "missing_api_key", message: "Missing API key in the authorization header." });
    if (opts.apiKey && auth !== `Bearer ${opts.apiKey}`) return reply(403, { statusCode: 403, name: "invalid_api_key", message: "API key is invalid" });

    const failStatus = failures.shift();
    if (failStatus !== undefined) return reply(failStatus, { statusCode: failStatus, name: "internal_server_error", message: "Something went wrong (fake failure)." });

    if (!body || typeof body.from !== "string" || !body.to || typeof body.subject !== "string") {
      return reply(422, { statusCode: 422, name: "validation_error", message: "The `from`, `to` and `subject` fields are required." });
    }

    const key = headers["idempotency-key"] || null;
    const canonical = JSON.stringify(body);
    const seen = key ? byKey.get(key) : undefined;
    if (seen && seen.body !== canonical) {
      return reply(409, { statusCode: 409, name: "invalid_idempotent_request", message: "Same idempotency key used with a different request payload." });
    }
    const id = seen?.id ?? randomUUID();
    record.id = id;
    if (!seen) {
      if (key) byKey.set(key, { id, body: canonical });
      delivered.push({ id, idempotencyKey: key, authorization: headers.authorization ?? null, body });
    }
    if (drops > 0) {
      drops--;
      record.status = -1;
      res.socket?.destroy();
      return;
    }
    reply(200, { id });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    failNext(n, status = 500) {
      failures = [...failures, ...Array.from({ length: n }, () => status)];
    },
    dropResponseNext(n) {
      drops += n;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function answer(res: ServerResponse, status: number, payload: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
