import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../client";
import { openTestDatabase } from "../../tests/helpers/db";
import { addDays } from "../../app/modules/calendar/calendar";
import { loadCalendar } from "../../app/modules/calendar/calendar.server";
import { MASKS } from "../../app/modules/petitions/masking";
import { normalizeVietnamesePhone } from "../../app/modules/petitions/phone";
import { PETITION_CODE_RE } from "../../app/modules/petitions/petitions.server";
import { isValidTaxCode } from "../../app/modules/petitions/tax-code";
import { seedDemo } from "./demo";
import { seedStaff } from "./staff";
import { ensureTopics } from "./topics";
import { seedDemoPetitions } from "./petitions";
import { demoPetitions } from "./data/petitions";

const OPTS = { secret: "a-test-secret-of-32-characters!!", baseUrl: "http://localhost:3000" };

const EXPECTED_STATUS = {
  published: 25,
  answered: 8,
  in_progress: 8,
  waiting_for_filer: 3,
  transferred: 3,
  rejected: 4,
  withdrawn: 2,
  received: 9, // 6 with an agency (3 of them overdue) + 3 in the triage queue
};

async function seeded(today: string) {
  const h = await openTestDatabase();
  await seedDemo(h.db);
  await seedStaff(h.db);
  await ensureTopics(h.db);
  const started = performance.now();
  const created = await seedDemoPetitions(h.db, { today, ...OPTS });
  return { h, created, ms: performance.now() - started };
}

async function statusCounts(h: OpenDatabase) {
  const rows = await h.db.selectFrom("petitions").select(["status", sql<number>`count(*)::int`.as("n")]).groupBy("status").execute();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** The text with grouping between digits removed ("0913 247 815" → "0913247815"). */
const compactDigits = (s: string) => s.replace(/(?<=\d)[\s.\-]+(?=\d)/g, "");

describe("demo petition data", () => {
  it("has valid filers: tax codes with their check digit, example domains, 09xx phones", () => {
    for (const p of demoPetitions) {
      expect(p.filer.email).toMatch(/@[a-z0-9.-]+\.(example\.com|example\.vn)$|@example\.(com|vn)$/);
      expect(normalizeVietnamesePhone(p.filer.phone)).toMatch(/^09\d{8}$/);
      if (p.filer.type === "business") {
        expect(p.filer.businessName).toBeTruthy();
        expect(isValidTaxCode(p.filer.taxCode ?? ""), p.filer.taxCode).toBe(true);
      }
    }
  });
});

describe("seedDemoPetitions", () => {
  const TODAY = "2026-11-20";
  let h: OpenDatabase;
  let created: number;
  let ms: number;

  beforeAll(async () => {
    ({ h, created, ms } = await seeded(TODAY));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("files every demo petition quickly", () => {
    expect(created).toBe(demoPetitions.length);
    expect(created).toBeGreaterThanOrEqual(55);
    // About 4 s on an idle machine with in-memory PGlite; the bound leaves room for a busy CI runner.
    expect(ms).toBeLessThan(20_000);
  });

  it("spreads the statuses as the demo needs", async () => {
    expect(await statusCounts(h)).toEqual(EXPECTED_STATUS);
    const triage = await h.db.selectFrom("petitions").select("code").where("agency_id", "is", null).execute();
    expect(triage).toHaveLength(3);
    const reasons = await h.db.selectFrom("petitions").select("reject_reason").where("status", "=", "rejected").execute();
    expect(reasons.map((r) => r.reject_reason).sort()).toEqual(["duplicate", "insufficient_info", "out_of_scope", "spam"]);
    const reopened = await h.db.selectFrom("petitions").select(["status", "reopen_count"]).where("reopen_count", ">", 0).execute();
    expect(reopened).toEqual([{ status: "published", reopen_count: 1 }]);
    const ratings = await h.db.selectFrom("petitions").select("rating").distinct().where("rating", "is not", null).execute();
    expect(ratings.map((r) => r.rating).sort()).toEqual(["not_satisfied", "satisfied", "very_satisfied"]);
    const unpublishable = await h.db.selectFrom("petitions").select("code").where("status", "=", "answered").where("public_consent", "=", false).execute();
    expect(unpublishable.length).toBeGreaterThanOrEqual(3);
  });

  it("has overdue petitions never acknowledged, filed more than 15 working days ago", async () => {
    const cal = await loadCalendar(h.db);
    const overdue = await h.db
      .selectFrom("petitions")
      .select(["received_on", "due_on"])
      .where("status", "=", "received")
      .where("agency_id", "is not", null)
      .where("due_on", "<", TODAY)
      .execute();
    expect(overdue).toHaveLength(3);
    for (const p of overdue) expect(cal.workingDaysBetween(p.received_on, TODAY)).toBeGreaterThan(15);
  });

  it("covers many agencies, most topics, two languages and ~10 months", async () => {
    const agencies = await h.db.selectFrom("petitions").select("agency_id").distinct().where("agency_id", "is not", null).execute();
    expect(agencies.length).toBeGreaterThanOrEqual(12);
    const topics = await h.db.selectFrom("petitions").select("topic_id").distinct().execute();
    expect(topics.length).toBeGreaterThanOrEqual(10);
    const en = await h.db.selectFrom("petitions").select("code").where("lang", "=", "en").execute();
    expect(en.length).toBeGreaterThanOrEqual(3);
    const filed = await h.db.selectFrom("petitions").select("filed_at").execute();
    const days = filed.map((r) => r.filed_at.getTime());
    expect(Math.min(...days)).toBeGreaterThanOrEqual(Date.parse(`${addDays(TODAY, -320)}T00:00:00+07:00`));
    expect(Math.max(...days)).toBeLessThanOrEqual(Date.parse(`${TODAY}T23:59:59+07:00`));
    const months = new Set(filed.map((r) => new Date(r.filed_at.getTime() + 7 * 3_600_000).toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(9);
  });

  it("numbers petitions PA-YYYY-NNNNNN by filing date, the year being the filing year", async () => {
    const rows = await h.db.selectFrom("petitions").select(["code", "filed_at", "received_on"]).orderBy("filed_at").execute();
    const lastOfYear = new Map<string, number>();
    for (const r of rows) {
      expect(r.code).toMatch(PETITION_CODE_RE);
      const year = new Date(r.filed_at.getTime() + 7 * 3_600_000).toISOString().slice(0, 4);
      expect(r.code.slice(3, 7)).toBe(year);
      const seq = Number(r.code.slice(8));
      expect(seq).toBeGreaterThan(lastOfYear.get(year) ?? 0);
      lastOfYear.set(year, seq);
    }
    const counters = await h.db.selectFrom("petition_counters").select(["year", "last"]).execute();
    for (const c of counters) expect(c.last).toBe(lastOfYear.get(String(c.year)));
  });

  it("back-dates timelines, audit rows and mails consistently", async () => {
    const latest = Date.parse(`${TODAY}T23:59:59+07:00`);
    const petitions = await h.db.selectFrom("petitions").select(["id", "code", "filed_at", "updated_at", "rated_at", "rating", "answered_on", "published_on", "closed_on"]).execute();
    const events = await h.db.selectFrom("petition_events").select(["id", "petition_id", "kind", "created_at"]).orderBy("id").execute();
    for (const p of petitions) {
      const timeline = events.filter((e) => e.petition_id === p.id);
      expect(timeline[0].kind).toBe("filed");
      expect(timeline[0].created_at.getTime()).toBe(p.filed_at.getTime());
      for (let k = 1; k < timeline.length; k++) expect(timeline[k].created_at.getTime()).toBeGreaterThan(timeline[k - 1].created_at.getTime());
      const last = timeline[timeline.length - 1].created_at.getTime();
      expect(last).toBeLessThanOrEqual(latest);
      expect(p.updated_at.getTime()).toBe(last);
      if (p.rating) expect(p.rated_at!.getTime()).toBe(timeline.find((e) => e.kind === "rate")!.created_at.getTime());
      // The dates the module stored come from the same story as the instants.
      const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      const publish = timeline.find((e) => e.kind === "publish");
      if (publish) expect(p.published_on).toBe(vnDate(publish.created_at));
      const answers = timeline.filter((e) => e.kind === "answer");
      if (answers.length && p.answered_on) expect(p.answered_on).toBe(vnDate(answers[answers.length - 1].created_at));
    }

    const audit = await h.db.selectFrom("audit_log").select("created_at").where("entity", "=", "petition").execute();
    expect(audit.length).toBeGreaterThan(100);
    for (const a of audit) expect(a.created_at.getTime()).toBeLessThanOrEqual(latest);

    const outbox = await h.db.selectFrom("outbox").select(["status", "created_at", "petition_id", "to_address"]).execute();
    expect(outbox.length).toBeGreaterThan(150);
    const eventTimes = new Set(events.map((e) => e.created_at.getTime()));
    for (const m of outbox) {
      expect(m.status).toBe("kept");
      expect(eventTimes.has(m.created_at.getTime())).toBe(true);
      expect(m.to_address).toMatch(/@(.+\.)?(example\.com|example\.vn|demo\.gov\.vn)$/);
    }
  });

  it("publishes only masked text: no filer email or phone", async () => {
    const published = await h.db
      .selectFrom("petitions")
      .select(["filer_email", "filer_phone", "body", "answer", "published_subject", "published_body", "published_answer", "published_business_name", "filer_type"])
      .where("status", "=", "published")
      .execute();
    let showsMasking = 0;
    for (const p of published) {
      const text = [p.published_subject, p.published_body, p.published_answer].join("\n");
      expect(p.published_answer).toBeTruthy();
      expect(text.toLowerCase()).not.toContain(p.filer_email.toLowerCase());
      expect(compactDigits(text)).not.toContain(p.filer_phone!);
      expect(compactDigits(text)).not.toContain(p.filer_phone!.slice(1));
      const raw = compactDigits(`${p.body}\n${p.answer}`);
      if (raw.includes(p.filer_phone!) || raw.toLowerCase().includes(p.filer_email.toLowerCase())) {
        showsMasking++;
        expect(text.includes(MASKS.phone) || text.includes(MASKS.email)).toBe(true);
      }
      if (p.filer_type === "business") expect(p.published_business_name).toBeTruthy();
    }
    expect(showsMasking).toBeGreaterThanOrEqual(4);
    // Officers' redactions and ID numbers are hidden too.
    const all = published.map((p) => `${p.published_body}\n${p.published_answer}`).join("\n");
    expect(all).not.toContain("Điểu Lâm");
    expect(all).not.toContain("070185004321");
    expect(all).toContain(MASKS.redacted);
    expect(all).toContain(MASKS.id);
  });

  it("is idempotent: a second run creates nothing", async () => {
    const before = await h.db.selectFrom("petitions").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
    expect(await seedDemoPetitions(h.db, { today: TODAY, ...OPTS })).toBe(0);
    const after = await h.db.selectFrom("petitions").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe("seedDemoPetitions just after Tết", () => {
  // Tết 2027 falls in early February: step dates pushed past "today" by the holidays are held at today.
  const TODAY = "2027-02-15";
  let h: OpenDatabase;
  let created: number;

  beforeAll(async () => {
    ({ h, created } = await seeded(TODAY));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("still gives the same statuses, with nothing dated after today", async () => {
    expect(created).toBe(demoPetitions.length);
    expect(await statusCounts(h)).toEqual(EXPECTED_STATUS);
    const late = await h.db
      .selectFrom("petition_events")
      .select("id")
      .where("created_at", ">", new Date(`${TODAY}T23:59:59+07:00`))
      .execute();
    expect(late).toEqual([]);
  });
});
