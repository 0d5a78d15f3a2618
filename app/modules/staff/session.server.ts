import { redirect } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "../../../db/types";
import { translator } from "../../i18n";
import type { Env } from "../../utils/env.server";
import { hitRateLimit, isRateLimited, LIMITS } from "../../utils/rate-limit.server";
import { appSecret, randomToken, safeEqual, sha256, sign } from "../../utils/secret.server";
import { writeAudit } from "./audit.server";
import { dummyPasswordHash, verifyPassword } from "./password.server";
import {
  deleteSession,
  findSessionWithUser,
  findStaffByEmail,
  insertSession,
  markLoggedIn,
  pruneIdleSessions,
  SESSION_IDLE_MINUTES,
  touchSession,
  type StaffUserRow,
} from "./staff.queries.server";
import { normalizeEmail } from "./staff.schema";

export const SESSION_COOKIE = "portal_session";
export const LOGIN_CSRF_COOKIE = "portal_login_csrf";
/** Writing last_seen_at on every request would cost a write per page view; once a minute is enough. */
const TOUCH_AFTER_SECONDS = 60;
const IDLE_LIMIT_SECONDS = SESSION_IDLE_MINUTES * 60;
// randomToken(32) is 43 base64url characters; anything else in the cookie is not ours.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/** What the session code needs of the environment (the whole Env fits; tests pass a few fields). */
export type SessionEnv = Pick<Env, "NODE_ENV" | "PUBLIC_URL" | "SESSION_SECRET">;

/** The signed-in staff member, as routes see them. */
export type StaffUser = {
  id: number;
  email: string;
  name: string;
  role: "officer" | "admin";
  agencyId: number | null;
  agencySlug: string | null;
  agencyName: string | null;
};

export interface StaffSession {
  user: StaffUser;
  /** The anti-forgery token of this session: every staff form carries it as `csrf`. */
  csrf: string;
  setCookie?: string;
}

function toStaffUser(row: StaffUserRow): StaffUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    agencySlug: row.agency_slug,
    agencyName: row.agency_name,
  };
}

// Secure only behind https in production, so that the local http e2e run can still sign in.
function secureFlag(env?: Pick<SessionEnv, "NODE_ENV" | "PUBLIC_URL">): string {
  const nodeEnv = env ? env.NODE_ENV : (process.env.NODE_ENV ?? "production");
  const publicUrl = env ? env.PUBLIC_URL : process.env.PUBLIC_URL;
  return nodeEnv === "production" && publicUrl?.startsWith("https:") ? "; Secure" : "";
}

function sessionCookie(token: string, env: SessionEnv): string {
  // No Max-Age: the cookie ends with the browser session; the server ends it after 30 idle minutes.
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax${secureFlag(env)}`;
}

function clearSessionCookie(env?: SessionEnv): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secureFlag(env)}`;
}

/** The value of one cookie of the request, if present. */
function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("Cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

type Lookup = { kind: "none" } | { kind: "expired" } | { kind: "ok"; user: StaffUser; idHash: string };

async function lookupSession(request: Request, db: Kysely<Database>): Promise<Lookup> {
  const token = readCookie(request, SESSION_COOKIE);
  if (!token) return { kind: "none" };
  // A cookie whose session is gone was almost always pruned for idleness: say so on the login page.
  if (!TOKEN_PATTERN.test(token)) return { kind: "expired" };
  const idHash = sha256(token);
  const row = await findSessionWithUser(db, idHash);
  if (!row) return { kind: "expired" };
  if (row.idle_seconds > IDLE_LIMIT_SECONDS) {
    await deleteSession(db, idHash);
    return { kind: "expired" };
  }
  if (row.idle_seconds >= TOUCH_AFTER_SECONDS) await touchSession(db, idHash);
  return { kind: "ok", user: toStaffUser(row), idHash };
}

async function csrfFor(db: Kysely<Database>, env: SessionEnv, idHash: string): Promise<string> {
  return sign(await appSecret(db, env.SESSION_SECRET), `csrf:${idHash}`);
}

/**
 * The signed-in staff member and their session's anti-forgery token, or null. A session idle for
 * more than 30 minutes is deleted (and null returned); otherwise its last_seen_at is refreshed.
 */
export async function getStaff(request: Request, db: Kysely<Database>, env: SessionEnv): Promise<StaffSession | null> {
  const found = await lookupSession(request, db);
  if (found.kind !== "ok") return null;
  return { user: found.user, csrf: await csrfFor(db, env, found.idHash) };
}

/** The path (and query) to come back to after signing in, without Remix's internal parameters. */
function returnPath(request: Request): string {
  const url = new URL(request.url);
  for (const internal of ["_routes", "_data", "index"]) url.searchParams.delete(internal);
  const search = url.searchParams.toString();
  return url.pathname + (search ? `?${search}` : "");
}

/** The login page URL that brings the user back to `next` (slashes left readable). */
export function loginUrl(next: string, expired = false): string {
  const encoded = encodeURIComponent(next).replace(/%2F/gi, "/");
  return `/staff/login?next=${encoded}${expired ? "&expired=1" : ""}`;
}

/**
 * getStaff, or a 303 to `/staff/login?next=<path>` (with `&expired=1` and the stale cookie cleared
 * when the browser still had a session that has ended).
 */
export async function requireStaff(request: Request, db: Kysely<Database>, env: SessionEnv): Promise<StaffSession> {
  const found = await lookupSession(request, db);
  if (found.kind === "ok") return { user: found.user, csrf: await csrfFor(db, env, found.idHash) };
  const expired = found.kind === "expired";
  throw redirect(loginUrl(returnPath(request), expired), {
    status: 303,
    headers: expired ? { "Set-Cookie": clearSessionCookie(env) } : undefined,
  });
}

function forbidden(): Response {
  const message = `${translator("vi")("staff.error.csrf")}\n${translator("en")("staff.error.csrf")}`;
  return new Response(message, { status: 403, statusText: "Forbidden", headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Throws a 403 unless the form's `csrf` field is this session's anti-forgery token. */
export function assertCsrf(form: FormData, staff: Pick<StaffSession, "csrf">): void {
  const sent = form.get("csrf");
  if (typeof sent !== "string" || !safeEqual(sent, staff.csrf)) throw forbidden();
}

export type LoginResult =
  | { ok: true; setCookie: string; user: StaffUser }
  | { ok: false; reason: "invalid" | "rate_limited"; retryAfter?: number };

/**
 * Checks an email and password and opens a session. Limits attempts per address and failed
 * attempts per account (a locked account stays locked even with the right password); an unknown
 * email costs the same work as a wrong password. Every attempt is written to the audit log.
 */
export async function login(
  db: Kysely<Database>,
  env: SessionEnv,
  input: { email: string; password: string; clientAddress?: string | null },
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const ip = input.clientAddress || null;
  const accountKey = `login:acct:${email}`;
  const audit = (staffUserId: number | null, result: string) =>
    writeAudit(db, { staffUserId, action: "login", entity: "staff_user", entityId: staffUserId ?? email, after: { result, email }, ip });

  // Refusals by address are not audited: a flood would otherwise write a row per request.
  const byAddress = await hitRateLimit(db, `login:addr:${ip ?? "unknown"}`, LIMITS.loginPerAddress);
  if (!byAddress.allowed) return { ok: false, reason: "rate_limited", retryAfter: byAddress.retryAfter };
  const byAccount = await isRateLimited(db, accountKey, LIMITS.loginPerAccount);
  if (!byAccount.allowed) {
    await audit(null, "locked");
    return { ok: false, reason: "rate_limited", retryAfter: byAccount.retryAfter };
  }

  const user = await findStaffByEmail(db, email);
  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await dummyPasswordHash()));
  if (!user || !user.active || !passwordOk) {
    await hitRateLimit(db, accountKey, LIMITS.loginPerAccount);
    await audit(user?.id ?? null, "invalid");
    return { ok: false, reason: "invalid" };
  }

  const token = randomToken(32);
  await db.transaction().execute(async (tx) => {
    await insertSession(tx, sha256(token), user.id);
    await markLoggedIn(tx, user.id);
    await writeAudit(tx, { staffUserId: user.id, action: "login", entity: "staff_user", entityId: user.id, after: { result: "ok", email }, ip });
  });
  // Sessions are only deleted when their owner comes back; sign-ins sweep the ones nobody came back to.
  await pruneIdleSessions(db);
  return { ok: true, setCookie: sessionCookie(token, env), user: toStaffUser(user) };
}

/** Ends the request's session (deleted, audited) and returns the Set-Cookie header that clears the cookie. */
export async function logout(request: Request, db: Kysely<Database>, env?: SessionEnv): Promise<string> {
  const token = readCookie(request, SESSION_COOKIE);
  if (token && TOKEN_PATTERN.test(token)) {
    const idHash = sha256(token);
    await db.transaction().execute(async (tx) => {
      const staffUserId = await deleteSession(tx, idHash);
      if (staffUserId !== undefined) {
        await writeAudit(tx, { staffUserId, action: "logout", entity: "staff_user", entityId: staffUserId });
      }
    });
  }
  return clearSessionCookie(env);
}

/**
 * The login form's anti-forgery token (there is no session yet): a random value kept in a
 * SameSite=Strict cookie and repeated in the form's hidden `csrf` field (double submit).
 */
export function loginCsrf(request: Request, env?: SessionEnv): { token: string; setCookie?: string } {
  const existing = readCookie(request, LOGIN_CSRF_COOKIE);
  if (existing && TOKEN_PATTERN.test(existing)) return { token: existing };
  const token = randomToken(32);
  return { token, setCookie: `${LOGIN_CSRF_COOKIE}=${token}; Path=/staff; HttpOnly; SameSite=Strict${secureFlag(env)}` };
}

/** Throws a 403 unless the login form's `csrf` field matches the login cookie. */
export function assertLoginCsrf(request: Request, form: FormData): void {
  const cookie = readCookie(request, LOGIN_CSRF_COOKIE);
  const sent = form.get("csrf");
  if (!cookie || !TOKEN_PATTERN.test(cookie) || typeof sent !== "string" || !safeEqual(sent, cookie)) throw forbidden();
}
