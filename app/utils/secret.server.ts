import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

const cache = new WeakMap<object, Promise<string>>();

/**
 * The secret that signs anti-forgery and access tokens: SESSION_SECRET when set, otherwise one
 * generated once and kept in the database, so every app server behind the load balancer agrees.
 */
export function appSecret(db: Kysely<Database>, configured: string | undefined): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let secret = cache.get(db);
  if (!secret) {
    secret = (async () => {
      await db
        .insertInto("app_secrets")
        .values({ name: "session", value: randomBytes(32).toString("base64url") })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      const row = await db.selectFrom("app_secrets").select("value").where("name", "=", "session").executeTakeFirstOrThrow();
      return row.value;
    })();
    secret.catch(() => cache.delete(db));
    cache.set(db, secret);
  }
  return secret;
}

/** HMAC-SHA256 of `message`, base64url. */
export function sign(secret: string, message: string): string {
  return createHmac("sha256", secret).update(message).digest("base64url");
}

/** SHA-256, hex: what we store of tokens (a database leak does not give working links). */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** A random token for links and cookies. */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
