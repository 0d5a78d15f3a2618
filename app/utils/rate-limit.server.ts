import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types";

export interface RateLimit {
  /** How many hits a key may make per window. */
  limit: number;
  windowSeconds: number;
}

/** The limits of the public forms and the login (per address and per account). */
export const LIMITS = {
  petitionPerAddress: { limit: 20, windowSeconds: 3600 },
  petitionActionPerAddress: { limit: 60, windowSeconds: 3600 },
  trackPerAddress: { limit: 60, windowSeconds: 600 },
  loginPerAddress: { limit: 20, windowSeconds: 900 },
  loginPerAccount: { limit: 5, windowSeconds: 900 },
} satisfies Record<string, RateLimit>;

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window ends (for Retry-After). */
  retryAfter: number;
}

/**
 * Counts one hit for `key` in the current fixed window, in the database so that every app server
 * shares the count. Returns whether the hit is within the limit.
 */
export async function hitRateLimit(db: Kysely<Database>, key: string, rule: RateLimit, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: start, count: 1 })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ count: sql`rate_limits.count + 1` }))
    .returning("count")
    .executeTakeFirstOrThrow();
  const retryAfter = Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: row.count <= rule.limit, retryAfter };
}

/** Reads the current count without adding a hit (login checks an account before trying the password). */
export async function isRateLimited(db: Kysely<Database>, key: string, rule: RateLimit, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await db
    .selectFrom("rate_limits")
    .select("count")
    .where("key", "=", key)
    .where("window_start", "=", start)
    .executeTakeFirst();
  const retryAfter = Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: (row?.count ?? 0) < rule.limit, retryAfter };
}

/** Deletes windows that ended more than a day ago (called by the background worker). */
export async function pruneRateLimits(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom("rate_limits").where("window_start", "<", sql<Date>`now() - interval '1 day'`).execute();
}
