import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "../../db/client";
import { claimDue, enqueueMail, listMailbox, type NewMail } from "../../app/modules/mail/mail.queries.server";
import { deliverDue, retryDelaySeconds, sendMail, startMailWorker, type DeliveryOptions } from "../../app/modules/mail/mail.worker.server";
import { openTestDatabase } from "../helpers/db";
import { startFakeResend, type FakeResend } from "../helpers/fake-resend";

let h: OpenDatabase;
let fake: FakeResend;
let logged: string[];

const API_KEY = "re_test_123";
const FROM = "Cổng minh bạch <no-reply@demo.gov.vn>";

beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.db.deleteFrom("outbox").execute();
  fake = await startFakeResend({ apiKey: API_KEY });
  logged = [];
});
afterEach(async () => {
  await fake.close();
});

function options(overrides: Partial<DeliveryOptions> = {}): DeliveryOptions {
  return { apiKey: API_KEY, baseUrl: fake.url, from: FROM, log: (line) => logged.push(line), ...overrides };
}

let serial = 0;
function mail(overrides: Partial<NewMail> = {}): NewMail {
  serial++;
  return {
    idempotencyKey: `receipt:PA-2026-${String(serial).padStart(6, "0")}`,
    template: "receipt",
    to: `filer${serial}@example.com`,
    lang: "vi",
    subject: `Đã tiếp nhận kiến nghị PA-2026-${String(serial).padStart(6, "0")}`,
    text: "Kính gửi Ông/Bà,\n\nCổng minh bạch đã tiếp nhận kiến nghị.",
    ...overrides,
  };
}

async function row(key: string) {
  return h.db.selectFrom("outbox").selectAll().where("idempotency_key", "=", key).executeTakeFirstOrThrow();
}

/** Makes a waiting row due now (instead of waiting for its backoff). */
async function makeDue(key: string) {
  await h.db.updateTable("outbox").set({ next_attempt_at: sql<Date>`now() - interval '1 second'` }).where("idempotency_key", "=", key).execute();
}

describe("sending exactly once", () => {
  it("sends a queued mail once, with the key, the sender and the text, even when a round runs twice", async () => {
    const m = mail();
    expect(await enqueueMail(h.db, m)).toBe(true);

    const first = await deliverDue(h.db, options());
    const second = await deliverDue(h.db, options());

    expect(first).toMatchObject({ claimed: 1, sent: 1 });
    expect(second.claimed).toBe(0);
    expect(fake.requests).toHaveLength(1);
    expect(fake.delivered).toHaveLength(1);
    const req = fake.requests[0];
    expect(req.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(req.headers["idempotency-key"]).toBe(`outbox-${m.idempotencyKey}`);
    expect(req.body).toMatchObject({ from: FROM, subject: m.subject, text: m.text });
    expect([req.body?.to].flat()).toEqual([m.to]);

    const r = await row(m.idempotencyKey);
    expect(r.status).toBe("sent");
    expect(r.provider_id).toBe(fake.delivered[0].id);
    expect(r.attempts).toBe(1);
    expect(r.sent_at).not.toBeNull();
    expect(r.lease_until).toBeNull();
  });

  it("never sends a mail twice when several workers run at the same time", async () => {
    const mails = Array.from({ length: 7 }, () => mail());
    for (const m of mails) await enqueueMail(h.db, m);

    // Three workers, small batches, each going until it finds nothing more to claim.
    const worker = async () => {
      let claimed = 0;
      for (;;) {
        const r = await deliverDue(h.db, options({ limit: 2 }));
        if (r.claimed === 0) return claimed;
        claimed += r.claimed;
      }
    };
    const claimedBy = await Promise.all([worker(), worker(), worker()]);

    expect(claimedBy.reduce((a, b) => a + b, 0)).toBe(7);
    expect(fake.requests).toHaveLength(7);
    expect(fake.requests.map((r) => r.headers["idempotency-key"]).sort()).toEqual(mails.map((m) => `outbox-${m.idempotencyKey}`).sort());
    const statuses = await h.db.selectFrom("outbox").select(["status", "attempts"]).execute();
    expect(statuses).toHaveLength(7);
    expect(statuses.every((s) => s.status === "sent" && s.attempts === 1)).toBe(true);
  });

  it("queues a mail once when the same key is enqueued twice, and keeps the first version", async () => {
    const m = mail();
    expect(await enqueueMail(h.db, m)).toBe(true);
    expect(await enqueueMail(h.db, { ...m, subject: "changed" })).toBe(false);

    const rows = await h.db.selectFrom("outbox").select(["subject"]).where("idempotency_key", "=", m.idempotencyKey).execute();
    expect(rows).toEqual([{ subject: m.subject }]);
    await deliverDue(h.db, options());
    expect(fake.delivered).toHaveLength(1);
  });

  it("queues nothing when the change that caused the mail rolls back", async () => {
    const m = mail();
    await expect(
      h.db.transaction().execute(async (trx) => {
        await enqueueMail(trx, m);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await h.db.selectFrom("outbox").select("id").execute()).toEqual([]);
  });
});

describe("failures", () => {
  it("retries after a server error, later, and then sends (two attempts, one email)", async () => {
    const m = mail();
    await enqueueMail(h.db, m);
    fake.failNext(1);

    const before = Date.now();
    expect(await deliverDue(h.db, options())).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
    let r = await row(m.idempotencyKey);
    expect(r.status).toBe("pending");
    expect(r.attempts).toBe(1);
    expect(r.last_error).toContain("500");
    const wait = (new Date(r.next_attempt_at).getTime() - before) / 1000;
    expect(wait).toBeGreaterThan(25);
    expect(wait).toBeLessThan(40);

    // Not due yet: nothing happens.
    expect((await deliverDue(h.db, options())).claimed).toBe(0);
    expect(fake.requests).toHaveLength(1);

    await makeDue(m.idempotencyKey);
    expect(await deliverDue(h.db, options())).toMatchObject({ claimed: 1, sent: 1 });
    r = await row(m.idempotencyKey);
    expect(r.status).toBe("sent");
    expect(r.attempts).toBe(2);
    expect(r.last_error).toBeNull();
    expect(fake.requests.map((q) => q.status)).toEqual([500, 200]);
    expect(fake.delivered).toHaveLength(1);
  });

  it("delivers one email when a worker dies between the send and recording it", async () => {
    const m = mail();
    await enqueueMail(h.db, m);

    // A worker claims and sends, then dies before markSent: the row stays "sending" under its lease.
    const [claimed] = await claimDue(h.db, { limit: 10, leaseSeconds: 300 });
    expect(await sendMail(claimed, options())).toMatchObject({ ok: true });
    expect((await row(m.idempotencyKey)).status).toBe("sending");

    // While the lease lasts, nobody else takes it.
    expect((await deliverDue(h.db, options())).claimed).toBe(0);
    expect(fake.requests).toHaveLength(1);

    await h.db.updateTable("outbox").set({ lease_until: sql<Date>`now() - interval '1 second'` }).where("id", "=", claimed.id).execute();
    expect(await deliverDue(h.db, options())).toMatchObject({ claimed: 1, sent: 1 });

    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].headers["idempotency-key"]).toBe(fake.requests[0].headers["idempotency-key"]);
    expect(fake.delivered).toHaveLength(1);
    const r = await row(m.idempotencyKey);
    expect(r.status).toBe("sent");
    expect(r.attempts).toBe(2);
    expect(r.provider_id).toBe(fake.delivered[0].id);
  });

  it("delivers one email when the provider's answer is lost on the way back", async () => {
    const m = mail();
    await enqueueMail(h.db, m);
    fake.dropResponseNext(1);

    expect(await deliverDue(h.db, options())).toMatchObject({ retried: 1 });
    await makeDue(m.idempotencyKey);
    expect(await deliverDue(h.db, options())).toMatchObject({ sent: 1 });

    expect(fake.requests).toHaveLength(2);
    expect(fake.delivered).toHaveLength(1);
    expect((await row(m.idempotencyKey)).provider_id).toBe(fake.delivered[0].id);
  });

  it("gives up after 8 attempts, backing off longer each time, and keeps the last error", async () => {
    const m = mail();
    await enqueueMail(h.db, m);
    fake.failNext(100);

    const waits: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt++) {
      const before = Date.now();
      await deliverDue(h.db, options());
      const r = await row(m.idempotencyKey);
      expect(r.attempts).toBe(attempt);
      if (attempt < 8) {
        expect(r.status).toBe("pending");
        waits.push(Math.round((new Date(r.next_attempt_at).getTime() - before) / 1000));
        await makeDue(m.idempotencyKey);
      }
    }
    const r = await row(m.idempotencyKey);
    expect(r.status).toBe("failed");
    expect(r.last_error).toMatch(/500/);
    expect(fake.requests).toHaveLength(8);
    expect(fake.delivered).toHaveLength(0);
    // 30 s, 2 min, 10 min, 1 h, then 6 h (a second of slack for the clock).
    expect(waits.map((w, i) => Math.abs(w - [30, 120, 600, 3600, 21600, 21600, 21600][i]) <= 2)).toEqual(Array(7).fill(true));
    expect(logged.some((l) => l.includes("gave up") && l.includes(`#${r.id}`))).toBe(true);

    expect((await deliverDue(h.db, options())).claimed).toBe(0);
    expect(fake.requests).toHaveLength(8);
  });

  it("fails at once when the provider refuses the message itself (422)", async () => {
    const m = mail();
    await enqueueMail(h.db, m);
    fake.failNext(1, 422);
    expect(await deliverDue(h.db, options())).toMatchObject({ failed: 1 });
    const r = await row(m.idempotencyKey);
    expect(r.status).toBe("failed");
    expect(r.attempts).toBe(1);
    expect(r.last_error).toContain("422");
  });

  it("keeps backoff delays within Resend's 24-hour idempotency window", () => {
    let total = 0;
    for (let attempt = 1; attempt < 8; attempt++) total += retryDelaySeconds(attempt);
    expect(total).toBeLessThan(24 * 3600);
  });
});

describe("without an API key", () => {
  it("keeps the mails for the demo mailbox, sends nothing, and logs one line per mail", async () => {
    const a = mail();
    const b = mail();
    await enqueueMail(h.db, a);
    await enqueueMail(h.db, b);

    expect(await deliverDue(h.db, options({ apiKey: undefined }))).toMatchObject({ claimed: 2, kept: 2, sent: 0 });
    expect(fake.requests).toHaveLength(0);
    expect((await row(a.idempotencyKey)).status).toBe("kept");
    expect((await row(b.idempotencyKey)).status).toBe("kept");
    expect(logged.filter((l) => l.includes("RESEND_API_KEY"))).toHaveLength(2);

    // Kept mail stays kept (no second log line, no send once a key appears).
    expect((await deliverDue(h.db, options())).claimed).toBe(0);
    expect(fake.requests).toHaveLength(0);

    const box = await listMailbox(h.db, { page: 1 });
    expect(box.items.map((i) => i.subject)).toEqual([b.subject, a.subject]);
    expect(box.items[0]).toMatchObject({ to: b.to, status: "kept", text: b.text });
  });
});

describe("the demo mailbox", () => {
  it("lists newest first, a page at a time, with the total", async () => {
    for (let i = 0; i < 25; i++) await enqueueMail(h.db, mail({ subject: `Thư ${i}` }));
    const p1 = await listMailbox(h.db, { page: 1 });
    expect(p1).toMatchObject({ total: 25, pages: 2, page: 1 });
    expect(p1.items).toHaveLength(20);
    expect(p1.items[0].subject).toBe("Thư 24");
    const p2 = await listMailbox(h.db, { page: 2 });
    expect(p2.items.map((i) => i.subject)).toEqual(["Thư 4", "Thư 3", "Thư 2", "Thư 1", "Thư 0"]);
    const p3 = await listMailbox(h.db, { page: 3 });
    expect(p3).toMatchObject({ total: 25, items: [] });
  });
});

describe("the worker loop", () => {
  it("delivers queued mail, runs the extra jobs, survives a failing job with a warning, and stops", async () => {
    const m = mail();
    await enqueueMail(h.db, m);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let jobRuns = 0;
    const worker = startMailWorker({
      getDb: async () => h.db,
      env: { RESEND_API_KEY: API_KEY, RESEND_BASE_URL: fake.url, MAIL_FROM: FROM },
      intervalMs: 20,
      jobIntervalMs: 0,
      delivery: { log: (line) => logged.push(line) },
      jobs: [
        async () => {
          jobRuns++;
        },
        async function prune() {
          throw new Error("prune broke");
        },
      ],
    });
    try {
      await vi.waitFor(() => expect(fake.delivered).toHaveLength(1), { timeout: 5_000 });
      await vi.waitFor(() => expect(jobRuns).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
      // A mail queued later goes out without restarting anything.
      const later = mail();
      await enqueueMail(h.db, later);
      worker.wake();
      await vi.waitFor(() => expect(fake.delivered).toHaveLength(2), { timeout: 5_000 });
    } finally {
      await worker.stop();
    }
    expect((await row(m.idempotencyKey)).status).toBe("sent");
    expect(warn.mock.calls.some((c) => String(c[0]).includes("prune broke"))).toBe(true);
    // The same failure is reported once a minute, not on every tick.
    expect(warn.mock.calls.filter((c) => String(c[0]).includes("prune broke"))).toHaveLength(1);

    const runsAtStop = jobRuns;
    await new Promise((r) => setTimeout(r, 100));
    expect(jobRuns).toBe(runsAtStop);
  });

  it("logs a warning, not an error, when the database is unreachable, and keeps going", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let calls = 0;
    const worker = startMailWorker({
      getDb: async () => {
        calls++;
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
      env: { RESEND_API_KEY: API_KEY, RESEND_BASE_URL: fake.url, MAIL_FROM: FROM },
      intervalMs: 10,
    });
    try {
      await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    } finally {
      await worker.stop();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
  });
});
