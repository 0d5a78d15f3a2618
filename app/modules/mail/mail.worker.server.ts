import type { Kysely } from "kysely";
import { Resend } from "resend";
import type { Database } from "../../../db/types";
import type { Env } from "../../utils/env.server";
import { claimDue, markFailed, markKept, markRetry, markSent, type OutboxRow } from "./mail.queries.server";

export type MailEnv = Pick<Env, "RESEND_API_KEY" | "RESEND_BASE_URL" | "MAIL_FROM">;

export interface DeliveryOptions {
  /** Resend API key; without one, mails are kept for the demo mailbox instead of sent. */
  apiKey?: string | null;
  /** Another Resend-compatible endpoint (a test server); the SDK's default otherwise. */
  baseUrl?: string | null;
  from: string;
  /** Mails claimed per round. */
  limit?: number;
  /** How long a claim lasts before another worker may take the mail over; longer than a round's sends. */
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** Where the one-line notes go (kept mails, failures). */
  log?: (line: string) => void;
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  kept: number;
  retried: number;
  failed: number;
}

export type SendOutcome = { ok: true; providerId: string } | { ok: false; error: string; permanent: boolean };

// A round sends its claimed mails one after another: 10 × 15 s at worst, well inside a 5-minute lease.
const DEFAULTS = { limit: 10, leaseSeconds: 300, maxAttempts: 8, timeoutMs: 15_000 };

// 30 s, 2 min, 10 min, 1 h, then every 6 h: all 8 attempts fall within about 20 hours, inside the
// 24 hours for which Resend remembers an idempotency key, so a retry can never deliver a second copy.
const BACKOFF_SECONDS = [30, 120, 600, 3600, 6 * 3600];

/** Seconds to wait after the given (1-based) failed attempt. */
export function retryDelaySeconds(attempt: number): number {
  return BACKOFF_SECONDS[Math.min(Math.max(attempt, 1), BACKOFF_SECONDS.length) - 1];
}

/** The delivery settings from the environment. */
export function deliveryOptionsFromEnv(env: MailEnv): DeliveryOptions {
  return { apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL, from: env.MAIL_FROM };
}

/** The idempotency key Resend sees for an outbox row: the same on every attempt, from any worker. */
export function providerIdempotencyKey(row: Pick<OutboxRow, "idempotency_key">): string {
  return `outbox-${row.idempotency_key}`;
}

/** Sends one claimed row through Resend; never throws. Only the HTTP step: recording the outcome is the caller's. */
export async function sendMail(row: OutboxRow, options: DeliveryOptions): Promise<SendOutcome> {
  if (!options.apiKey) return { ok: false, error: "RESEND_API_KEY is not set", permanent: true };
  try {
    const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : undefined);
    const { data, error } = await resend.emails.send(
      { from: options.from, to: row.to_address, subject: row.subject, text: row.text },
      { idempotencyKey: providerIdempotencyKey(row), signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULTS.timeoutMs) },
    );
    if (error) {
      const status = typeof error.statusCode === "number" ? error.statusCode : null;
      // The message itself was refused (bad address, missing field): sending it again cannot help.
      const permanent = status === 400 || status === 422;
      return { ok: false, error: clip(`${status ?? "no response"} ${error.name}: ${error.message}`), permanent };
    }
    if (!data?.id) return { ok: false, error: "the provider answered without an email id", permanent: false };
    return { ok: true, providerId: data.id };
  } catch (e) {
    // The SDK reports HTTP errors in `error`, but a timeout or a bug may still throw.
    return { ok: false, error: clip(e instanceof Error ? `${e.name}: ${e.message}` : String(e)), permanent: false };
  }
}

/**
 * One delivery round: claims due mails (committed before any request is made), sends each with its
 * idempotency key and records the outcome. Safe to run in several processes at once. Takes no
 * Transaction on purpose: a transaction held open across HTTP calls would block the embedded
 * database's single connection.
 */
export async function deliverDue(db: Kysely<Database>, options: DeliveryOptions): Promise<DeliveryReport> {
  const limit = options.limit ?? DEFAULTS.limit;
  const maxAttempts = options.maxAttempts ?? DEFAULTS.maxAttempts;
  const log = options.log ?? ((line: string) => console.log(line));
  const rows = await claimDue(db, { limit, leaseSeconds: options.leaseSeconds ?? DEFAULTS.leaseSeconds });
  const report: DeliveryReport = { claimed: rows.length, sent: 0, kept: 0, retried: 0, failed: 0 };
  for (const row of rows) {
    if (!options.apiKey) {
      await markKept(db, row.id);
      report.kept++;
      log(`[mail] RESEND_API_KEY not set: kept mail #${row.id} (${row.template}) for the demo mailbox`);
      continue;
    }
    const outcome = await sendMail(row, options);
    if (outcome.ok) {
      await markSent(db, row.id, outcome.providerId);
      report.sent++;
    } else if (outcome.permanent || row.attempts >= maxAttempts) {
      await markFailed(db, row.id, outcome.error);
      report.failed++;
      log(`[mail] gave up on mail #${row.id} (${row.template}) after ${row.attempts} attempt(s): ${outcome.error}`);
    } else {
      await markRetry(db, row.id, outcome.error, new Date(Date.now() + retryDelaySeconds(row.attempts) * 1000));
      report.retried++;
    }
  }
  return report;
}

export interface MailWorkerOptions {
  getDb: () => Promise<Kysely<Database>>;
  env: MailEnv;
  /** Pause between rounds (default 5 s). */
  intervalMs?: number;
  /** Other periodic work (reminders, pruning): each runs at most once per jobIntervalMs; errors are logged, never thrown. */
  jobs?: Array<() => Promise<void>>;
  /** Default 60 s. */
  jobIntervalMs?: number;
  /** Keep the process alive for the loop (the standalone worker); in the app server the loop must not hold it open. */
  keepAlive?: boolean;
  /** Overrides of the delivery settings (tests). */
  delivery?: Partial<DeliveryOptions>;
}

export interface MailWorker {
  /** Runs a round now instead of at the next tick (after a mail was queued). */
  wake(): void;
  /** Stops the loop and waits for the current round to finish. */
  stop(): Promise<void>;
}

// A backlog is drained round after round, but not forever in one tick: jobs and stop() get their turn.
const MAX_ROUNDS_PER_TICK = 20;
const WARN_EVERY_MS = 60_000;

/** Delivers due mail every few seconds in this process (and runs the given jobs); never crashes it. */
export function startMailWorker(opts: MailWorkerOptions): MailWorker {
  const intervalMs = opts.intervalMs ?? 5_000;
  const jobIntervalMs = opts.jobIntervalMs ?? 60_000;
  const delivery: DeliveryOptions = { ...deliveryOptionsFromEnv(opts.env), ...opts.delivery };
  const limit = delivery.limit ?? DEFAULTS.limit;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let lastJobsAt = -Infinity;
  const lastWarned = new Map<string, number>();

  // During a database outage every round fails the same way: say so once a minute, not every tick.
  function warn(what: string, error: unknown) {
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    const now = Date.now();
    if (now - (lastWarned.get(message) ?? -Infinity) < WARN_EVERY_MS) return;
    lastWarned.set(message, now);
    console.warn(`[mail] ${message}`);
  }

  async function tick() {
    try {
      const db = await opts.getDb();
      for (let round = 0; round < MAX_ROUNDS_PER_TICK && !stopped; round++) {
        const report = await deliverDue(db, delivery);
        if (report.claimed < limit) break;
      }
    } catch (error) {
      warn("delivery round failed", error);
    }
    if (!stopped && Date.now() - lastJobsAt >= jobIntervalMs) {
      lastJobsAt = Date.now();
      for (const job of opts.jobs ?? []) {
        if (stopped) break;
        try {
          await job();
        } catch (error) {
          warn(`job ${job.name || "(anonymous)"} failed`, error);
        }
      }
    }
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      running = tick().finally(() => {
        running = undefined;
        schedule(intervalMs);
      });
    }, delayMs);
    if (!opts.keepAlive) timer.unref();
  }

  schedule(0);
  return {
    wake() {
      // A round in progress will be followed by the next tick anyway.
      if (!running) schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

function clip(text: string): string {
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}
