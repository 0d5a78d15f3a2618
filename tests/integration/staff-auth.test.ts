import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "../../db/client";
import { seedStaff, DEMO_STAFF_PASSWORD, demoOfficerEmail } from "../../db/seed/staff";
import { hashPassword } from "../../app/modules/staff/password.server";
import { insertStaffUser } from "../../app/modules/staff/staff.queries.server";
import {
  assertCsrf,
  assertLoginCsrf,
  getStaff,
  login,
  loginCsrf,
  logout,
  requireStaff,
  type SessionEnv,
} from "../../app/modules/staff/session.server";
import { sha256 } from "../../app/utils/secret.server";
import { openTestDatabase } from "../helpers/db";

let h: OpenDatabase;
let agencyId: number;
const PASSWORD = "Đúng-mật-khẩu-1";
const env: SessionEnv = { NODE_ENV: "test", PUBLIC_URL: undefined, SESSION_SECRET: "a-test-secret-of-32-characters!!" };
let address = 0;
/** A fresh client address per test, so the per-address limit of one test does not leak into another. */
const nextAddress = () => `203.0.113.${++address}`;

function cookieOf(setCookie: string): string {
  return setCookie.split(";")[0];
}

function requestWith(cookie?: string, path = "/staff"): Request {
  return new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

async function thrownBy(promise: Promise<unknown> | (() => unknown)): Promise<Response> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
  throw new Error("expected a thrown Response");
}

let passwordHash: Promise<string> | undefined;

async function makeUser(email: string, opts: { active?: boolean } = {}): Promise<number> {
  passwordHash ??= hashPassword(PASSWORD);
  return insertStaffUser(h.db, {
    email,
    name: "Nguyễn Văn An",
    passwordHash: await passwordHash,
    role: "officer",
    agencyId,
    active: opts.active,
  });
}

async function signIn(email: string): Promise<string> {
  const result = await login(h.db, env, { email, password: PASSWORD, clientAddress: nextAddress() });
  if (!result.ok) throw new Error(`login failed: ${result.reason}`);
  return cookieOf(result.setCookie);
}

beforeAll(async () => {
  h = await openTestDatabase();
  const agency = await h.db
    .insertInto("agencies")
    .values({ slug: "so-ke-hoach-va-dau-tu", name_vi: "Sở Kế hoạch và Đầu tư", kind: "department" })
    .returning("id")
    .executeTakeFirstOrThrow();
  agencyId = agency.id;
});

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("login", () => {
  it("opens a browser-session cookie for the right password and knows the user and agency", async () => {
    const id = await makeUser("an.nguyen@skhdt.binhphuoc.gov.vn");
    const result = await login(h.db, env, { email: "  An.Nguyen@SKHDT.binhphuoc.gov.vn ", password: PASSWORD, clientAddress: nextAddress() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.setCookie).toMatch(/^portal_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(result.setCookie).not.toMatch(/Max-Age|Expires|Secure/i);

    const staff = await getStaff(requestWith(cookieOf(result.setCookie)), h.db, env);
    expect(staff?.user).toEqual({
      id,
      email: "an.nguyen@skhdt.binhphuoc.gov.vn",
      name: "Nguyễn Văn An",
      role: "officer",
      agencyId,
      agencySlug: "so-ke-hoach-va-dau-tu",
      agencyName: "Sở Kế hoạch và Đầu tư",
    });
    expect(staff?.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await h.db.selectFrom("staff_users").select("last_login_at").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.last_login_at).not.toBeNull();
    // The database keeps only a hash of the cookie's value.
    const token = cookieOf(result.setCookie).split("=")[1];
    expect(await h.db.selectFrom("sessions").select("id_hash").where("id_hash", "=", token).executeTakeFirst()).toBeUndefined();
  });

  it("marks the cookie Secure only in production behind https", async () => {
    await makeUser("secure@demo.gov.vn");
    const https = await login(h.db, { ...env, NODE_ENV: "production", PUBLIC_URL: "https://minhbach.binhphuoc.gov.vn" }, {
      email: "secure@demo.gov.vn",
      password: PASSWORD,
      clientAddress: nextAddress(),
    });
    const http = await login(h.db, { ...env, NODE_ENV: "production", PUBLIC_URL: "http://127.0.0.1:3000" }, {
      email: "secure@demo.gov.vn",
      password: PASSWORD,
      clientAddress: nextAddress(),
    });
    expect(https.ok && https.setCookie).toMatch(/; Secure$/);
    expect(http.ok && http.setCookie).not.toMatch(/Secure/);
  });

  it("answers a wrong password, an unknown email and a disabled account the same way", async () => {
    await makeUser("binh.tran@demo.gov.vn");
    await makeUser("disabled@demo.gov.vn", { active: false });
    const wrongPassword = await login(h.db, env, { email: "binh.tran@demo.gov.vn", password: "sai-mat-khau", clientAddress: nextAddress() });
    const unknownEmail = await login(h.db, env, { email: "nobody@demo.gov.vn", password: PASSWORD, clientAddress: nextAddress() });
    const disabled = await login(h.db, env, { email: "disabled@demo.gov.vn", password: PASSWORD, clientAddress: nextAddress() });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(disabled).toEqual(wrongPassword);
  });

  it("refuses the 6th attempt on an account after 5 failures, even with the right password", async () => {
    // Inside one 15-minute window, so the count cannot straddle two windows.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T03:05:00Z"));
    await makeUser("locked@demo.gov.vn");
    for (let i = 0; i < 5; i++) {
      // From different addresses: the account limit must hold whoever is guessing.
      const r = await login(h.db, env, { email: "locked@demo.gov.vn", password: `guess-${i}`, clientAddress: nextAddress() });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const sixth = await login(h.db, env, { email: "LOCKED@demo.gov.vn", password: PASSWORD, clientAddress: nextAddress() });
    expect(sixth).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(!sixth.ok && sixth.retryAfter).toBe(600);
    // Another account is not affected.
    await makeUser("unlocked@demo.gov.vn");
    expect((await login(h.db, env, { email: "unlocked@demo.gov.vn", password: PASSWORD, clientAddress: nextAddress() })).ok).toBe(true);
  });

  it("does not count successful sign-ins against the account", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T04:01:00Z"));
    await makeUser("often@demo.gov.vn");
    for (let i = 0; i < 7; i++) {
      expect((await login(h.db, env, { email: "often@demo.gov.vn", password: PASSWORD, clientAddress: nextAddress() })).ok).toBe(true);
    }
  });

  it("limits attempts from one address to 20 per window", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T05:01:00Z"));
    await makeUser("busy@demo.gov.vn");
    const ip = nextAddress();
    for (let i = 0; i < 20; i++) {
      const r = await login(h.db, env, { email: `someone${i}@demo.gov.vn`, password: "x", clientAddress: ip });
      expect(r.ok || r.reason).toBe("invalid");
    }
    const blocked = await login(h.db, env, { email: "busy@demo.gov.vn", password: PASSWORD, clientAddress: ip });
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("writes an audit row for a successful and for a failed sign-in", async () => {
    const id = await makeUser("audited@demo.gov.vn");
    const ip = nextAddress();
    await login(h.db, env, { email: "audited@demo.gov.vn", password: "wrong", clientAddress: ip });
    await login(h.db, env, { email: "audited@demo.gov.vn", password: PASSWORD, clientAddress: ip });
    const rows = await h.db
      .selectFrom("audit_log")
      .select(["staff_user_id", "action", "entity", "entity_id", "ip", sql<string>`after->>'result'`.as("result")])
      .where("staff_user_id", "=", id)
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { staff_user_id: id, action: "login", entity: "staff_user", entity_id: String(id), ip, result: "invalid" },
      { staff_user_id: id, action: "login", entity: "staff_user", entity_id: String(id), ip, result: "ok" },
    ]);
  });
});

describe("sessions", () => {
  it("ends a session idle for 31 minutes, and says so on the way to the login page", async () => {
    await makeUser("idle@demo.gov.vn");
    const cookie = await signIn("idle@demo.gov.vn");
    expect(await getStaff(requestWith(cookie), h.db, env)).not.toBeNull();
    await h.db.updateTable("sessions").set({ last_seen_at: sql`now() - interval '31 minutes'` }).execute();

    expect(await getStaff(requestWith(cookie), h.db, env)).toBeNull();
    const token = cookie.split("=")[1];
    expect(await h.db.selectFrom("sessions").select("id_hash").where("id_hash", "=", sha256(token)).executeTakeFirst()).toBeUndefined();

    const redirect = await thrownBy(requireStaff(requestWith(cookie, "/staff/petitions/PA-2026-000001"), h.db, env));
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("Location")).toBe("/staff/login?next=/staff/petitions/PA-2026-000001&expired=1");
    expect(redirect.headers.get("Set-Cookie")).toMatch(/^portal_session=; .*Max-Age=0/);
  });

  it("keeps a session idle for 29 minutes and refreshes it", async () => {
    await makeUser("active@demo.gov.vn");
    const cookie = await signIn("active@demo.gov.vn");
    const hash = sha256(cookie.split("=")[1]);
    await h.db.updateTable("sessions").set({ last_seen_at: sql`now() - interval '29 minutes'` }).where("id_hash", "=", hash).execute();
    expect((await getStaff(requestWith(cookie), h.db, env))?.user.email).toBe("active@demo.gov.vn");
    const row = await h.db
      .selectFrom("sessions")
      .select(sql<number>`extract(epoch from now() - last_seen_at)::int`.as("idle"))
      .where("id_hash", "=", hash)
      .executeTakeFirstOrThrow();
    expect(row.idle).toBeLessThan(5);
  });

  it("sends a visitor without a cookie to the login page with the path to come back to", async () => {
    const response = await thrownBy(requireStaff(requestWith(undefined, "/staff/petitions/PA-2026-000001?tab=events"), h.db, env));
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/staff/login?next=/staff/petitions/PA-2026-000001%3Ftab%3Devents");
    expect(response.headers.get("Set-Cookie")).toBeNull();
  });

  it("ignores a cookie it never issued", async () => {
    expect(await getStaff(requestWith("portal_session=forged-value-forged-value-forged-value-123"), h.db, env)).toBeNull();
    expect(await getStaff(requestWith("portal_session=<script>"), h.db, env)).toBeNull();
  });

  it("refuses a form without this session's anti-forgery token", async () => {
    await makeUser("csrf@demo.gov.vn");
    const staff = await requireStaff(requestWith(await signIn("csrf@demo.gov.vn")), h.db, env);
    const other = await requireStaff(requestWith(await signIn("csrf@demo.gov.vn")), h.db, env);
    expect(other.csrf).not.toBe(staff.csrf);

    const form = (csrf?: string) => {
      const f = new FormData();
      f.set("intent", "answer");
      if (csrf !== undefined) f.set("csrf", csrf);
      return f;
    };
    expect(() => assertCsrf(form(staff.csrf), staff)).not.toThrow();
    for (const bad of [form(), form(""), form(other.csrf), form(staff.csrf.slice(1))]) {
      const response = await thrownBy(() => assertCsrf(bad, staff));
      expect(response.status).toBe(403);
      const text = await response.text();
      expect(text).toContain("Biểu mẫu đã hết hạn");
      expect(text).toContain("The form has expired");
    }
  });

  it("signs out: the session is deleted, audited and the cookie cleared", async () => {
    const id = await makeUser("bye@demo.gov.vn");
    const cookie = await signIn("bye@demo.gov.vn");
    const setCookie = await logout(requestWith(cookie), h.db, env);
    expect(setCookie).toMatch(/^portal_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/);
    expect(await getStaff(requestWith(cookie), h.db, env)).toBeNull();
    const audit = await h.db.selectFrom("audit_log").select("action").where("staff_user_id", "=", id).where("action", "=", "logout").execute();
    expect(audit).toHaveLength(1);
  });
});

describe("login form anti-forgery", () => {
  it("issues a SameSite=Strict cookie and accepts the form only when both match", async () => {
    const first = loginCsrf(new Request("http://localhost/staff/login"));
    expect(first.setCookie).toMatch(/^portal_login_csrf=[A-Za-z0-9_-]{43}; Path=\/staff; HttpOnly; SameSite=Strict$/);
    const cookie = cookieOf(first.setCookie!);
    const again = loginCsrf(new Request("http://localhost/staff/login", { headers: { Cookie: `lang=en; ${cookie}` } }));
    expect(again).toEqual({ token: first.token });

    const post = (cookieHeader: string | null, field: string | null) => {
      const form = new FormData();
      if (field !== null) form.set("csrf", field);
      return [new Request("http://localhost/staff/login", { method: "POST", headers: cookieHeader ? { Cookie: cookieHeader } : {} }), form] as const;
    };
    expect(() => assertLoginCsrf(...post(cookie, first.token))).not.toThrow();
    for (const [c, f] of [
      [null, first.token],
      [cookie, null],
      [cookie, "another-token-another-token-another-token-1"],
      ["portal_login_csrf=", ""],
    ] as const) {
      expect((await thrownBy(() => assertLoginCsrf(...post(c, f)))).status).toBe(403);
    }
  });
});

describe("demo staff", () => {
  it("creates the administrator and one officer per agency, all with the demo password", async () => {
    const created = await seedStaff(h.db);
    const agencies = await h.db.selectFrom("agencies").select("slug").execute();
    expect(created).toBe(1 + agencies.length);
    expect(await seedStaff(h.db)).toBe(0);
    const admin = await login(h.db, env, { email: "admin@demo.gov.vn", password: DEMO_STAFF_PASSWORD, clientAddress: nextAddress() });
    expect(admin.ok && admin.user).toMatchObject({ role: "admin", agencyId: null });
    const officer = await login(h.db, env, { email: demoOfficerEmail("so-ke-hoach-va-dau-tu"), password: DEMO_STAFF_PASSWORD, clientAddress: nextAddress() });
    expect(officer.ok && officer.user).toMatchObject({ role: "officer", agencySlug: "so-ke-hoach-va-dau-tu" });
  });
});
