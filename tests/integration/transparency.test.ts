/**
 * The transparency figures end to end: a small province whose petitions are filed and worked
 * through the real petition functions (so the rollups are kept by the hooks), procedures,
 * documents, hotlines and statistics inserted as an administrator would, and the figures worked
 * out by hand below, checked against computeReport, /transparency.json and /transparency.csv.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { OpenDatabase } from "../../db/client";
import type { Database, OnlineLevel } from "../../db/types";
import { INDEX_METHOD_V1 } from "../../db/seed/index-method";
import { loadCalendar } from "../../app/modules/calendar/calendar.server";
import { todayInVietnam, type WorkingCalendar } from "../../app/modules/calendar/calendar";
import { applyFilerAction, applyStaffAction, type FilerInput, type StaffInput } from "../../app/modules/petitions/petitions.server";
import type { StaffUser } from "../../app/modules/staff/session.server";
import { ensureRollups, rebuildAllRollups, refreshForPetition } from "../../app/modules/transparency/transparency.queries.server";
import { BadPeriod, computeReport, getReport, invalidateReportCache } from "../../app/modules/transparency/transparency.server";
import { createMethodVersion, getCurrentMethod, getMethod, listMethods } from "../../app/modules/transparency/transparency.method.server";
import { COMPONENTS, type AgencyFigures, type TransparencyReport } from "../../app/modules/transparency/transparency.types";
import { loader as jsonLoader } from "../../app/routes/transparency[.]json";
import { loader as csvLoader } from "../../app/routes/transparency[.]csv";
import { loadEnv } from "../../app/utils/env.server";
import { BASE_URL, makeAgency, makePetition, makeStaff, SECRET, seedBasics, type AgencyRef, type World } from "../factories";
import { openTestDatabase } from "../helpers/db";

type Db = Kysely<Database>;

let h: OpenDatabase;
let db: Db;
let w: World;
let cal: WorkingCalendar;
let agencyC: AgencyRef;
let officerC: StaffUser;
const today = todayInVietnam();

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * Files a petition to `agency` on `day` through filePetition. filePetition stamps filed_at with the
 * real now(); the fixture moves it to 09:00 on `day` and refreshes both months, as a back-dating
 * import would. Everything after the filing is kept current by the hooks alone.
 */
async function file(agency: AgencyRef, day: string, consent = true): Promise<{ code: string; token: string }> {
  const filed = await makePetition(db, { today: day, agency: agency.slug, publicConsent: consent ? "on" : undefined });
  const { filed_at: stamped } = await db.selectFrom("petitions").select("filed_at").where("code", "=", filed.code).executeTakeFirstOrThrow();
  const filedAt = new Date(`${day}T09:00:00+07:00`);
  await db.updateTable("petitions").set({ filed_at: filedAt }).where("code", "=", filed.code).execute();
  await refreshForPetition(db, { agencyIds: [agency.id], filedAt: stamped }, cal);
  await refreshForPetition(db, { agencyIds: [agency.id], filedAt }, cal);
  return filed;
}

const staff = (code: string, who: StaffUser, input: StaffInput, day: string) => applyStaffAction(db, code, who, input, { today: day, cal, baseUrl: BASE_URL, secret: SECRET });
const filer = (p: { code: string; token: string }, input: FilerInput, day: string) => applyFilerAction(db, p.code, p.token, input, { today: day, cal, baseUrl: BASE_URL });
const ack = (code: string, who: StaffUser, day: string) => staff(code, who, { intent: "acknowledge", message: "" }, day);
const answer = (code: string, who: StaffUser, day: string) => staff(code, who, { intent: "answer", message: "Sở đã xem xét và trả lời nội dung kiến nghị." }, day);

async function rollup(agency: AgencyRef, month: string) {
  return db.selectFrom("agency_month_stats").selectAll().where("agency_id", "=", agency.id).where("month", "=", month).executeTakeFirst();
}

async function allRollups() {
  const rows = await db.selectFrom("agency_month_stats").selectAll().orderBy("agency_id").orderBy("month").execute();
  return rows.map(({ refreshed_at: _ignored, ...r }) => r);
}

function agencyOf(report: TransparencyReport, slug: string): AgencyFigures {
  const a = report.agencies.find((x) => x.slug === slug);
  if (!a) throw new Error(`no ${slug} in the report`);
  return a;
}

const loaderArgs = (url: string) => ({ request: new Request(url), params: {}, context: {} }) as unknown as LoaderFunctionArgs;

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The fixture (2026; Q1 has no public holiday in the weeks used: March 2 is a Monday)
// ---------------------------------------------------------------------------------------------

const MARCH = "2026-03-01";
const JANUARY = "2026-01-01";

beforeAll(async () => {
  h = await openTestDatabase();
  db = h.db;
  w = await seedBasics(db);
  cal = await loadCalendar(db);
  agencyC = await makeAgency(db, "so-tu-phap", "Sở Tư pháp", "Department of Justice", 3);
  officerC = await makeStaff(db, { email: "officer.tp@binhphuoc.gov.vn", name: "Võ Thị Hạnh", role: "officer", agency: agencyC });
  await db
    .insertInto("province")
    .values({ id: 1, name_vi: "Bình Phước", name_en: "Binh Phuoc", area_code: "0271", portal_name_vi: "Cổng minh bạch tỉnh Bình Phước", portal_name_en: "Binh Phuoc Transparency Portal" })
    .execute();
  // The route loaders open the process's database: make it this test's.
  (globalThis as { __portal?: unknown }).__portal = Promise.resolve({ env: loadEnv({ NODE_ENV: "test" }), handle: h });
});

afterAll(async () => {
  delete (globalThis as { __portal?: unknown }).__portal;
  await h?.close();
});

describe("the rollups follow the petitions", () => {
  it("start empty and are rebuilt on demand only when petitions exist", async () => {
    expect(await ensureRollups(db)).toBe(false);
  });

  it("a transfer moves the petition's counts from one agency to the other", async () => {
    // B1: Sở Xây dựng, filed Monday 12 January, acknowledged 13th, answered 14th (2 working days).
    const b1 = await file(w.agencyB, "2026-01-12");
    await ack(b1.code, w.officerB, "2026-01-13");
    await answer(b1.code, w.officerB, "2026-01-14");
    // B2: filed to Sở Xây dựng on 2 March, transferred to Sở Tư pháp on 3 March.
    const b2 = await file(w.agencyB, "2026-03-02");
    expect((await rollup(w.agencyB, MARCH))?.received).toBe(1);
    expect(await rollup(agencyC, MARCH)).toBeUndefined();
    await staff(b2.code, w.officerB, { intent: "transfer", toAgency: agencyC.slug, message: "Thuộc thẩm quyền của Sở Tư pháp." }, "2026-03-03");
    // B's March has no petition left (its row is gone); C's March has it, still open.
    expect(await rollup(w.agencyB, MARCH)).toBeUndefined();
    expect(await rollup(agencyC, MARCH)).toMatchObject({ received: 1, open: 1, answered: 0 });
    expect(await rollup(w.agencyB, JANUARY)).toMatchObject({ received: 1, answered: 1, answered_on_time: 1, answer_days: { "2": 1 } });
    // C: received on 3 March (the transfer), acknowledged 4th, answered 5th: 2 working days.
    await ack(b2.code, officerC, "2026-03-04");
    await answer(b2.code, officerC, "2026-03-05");
    expect(await rollup(agencyC, MARCH)).toMatchObject({ received: 1, open: 0, answered: 1, answer_days: { "2": 1 } });
  });

  it("rejecting a petition as spam drops it from received", async () => {
    const a6 = await file(w.agencyA, "2026-03-02");
    expect((await rollup(w.agencyA, MARCH))?.received).toBe(1);
    await staff(a6.code, w.officerA, { intent: "reject", reason: "spam", message: "Không phải kiến nghị." }, "2026-03-03");
    expect(await rollup(w.agencyA, MARCH)).toMatchObject({ received: 0, open: 0 });
  });

  it("builds the rest of the fixture through the petition functions", async () => {
    const A = w.officerA;
    // A1: 2 March, answered 6 March (4 working days), published, very satisfied.
    const a1 = await file(w.agencyA, "2026-03-02");
    await ack(a1.code, A, "2026-03-03");
    await answer(a1.code, A, "2026-03-06");
    await staff(a1.code, A, { intent: "publish", redactions: [] }, "2026-03-09");
    await filer(a1, { action: "rate", rating: "very_satisfied", comment: "" }, "2026-03-09");
    // A2: answered on its due date, 23 March (15 working days: on time), consent but not published, not satisfied.
    const a2 = await file(w.agencyA, "2026-03-02");
    await ack(a2.code, A, "2026-03-03");
    await answer(a2.code, A, "2026-03-23");
    await filer(a2, { action: "rate", rating: "not_satisfied", comment: "Chưa giải quyết triệt để." }, "2026-03-23");
    // A3: no consent; due 23 March (15 working days), answered 25 March: 17 working days, late.
    const a3 = await file(w.agencyA, "2026-03-02", false);
    await ack(a3.code, A, "2026-03-03");
    await answer(a3.code, A, "2026-03-25");
    // A4: waiting for the filer from 4 to 6 March (2 working days: due moves to 25 March),
    // answered 17 March: 11 working days − 2 paused = 9; published; satisfied.
    const a4 = await file(w.agencyA, "2026-03-02");
    await ack(a4.code, A, "2026-03-03");
    await staff(a4.code, A, { intent: "request_info", message: "Đề nghị bổ sung ảnh chụp hiện trường." }, "2026-03-04");
    await filer(a4, { action: "provide_info", message: "Tôi gửi bổ sung ảnh chụp hiện trường." }, "2026-03-06");
    await answer(a4.code, A, "2026-03-17");
    await staff(a4.code, A, { intent: "publish", redactions: [] }, "2026-03-18");
    await filer(a4, { action: "rate", rating: "satisfied", comment: "" }, "2026-03-18");
    // A5: never acted on; due 23 March, so open and overdue.
    await file(w.agencyA, "2026-03-02");
    // A7: no consent; answered 5 March, reopened by the filer 6 March, answered again 10 March
    // (6 working days from 2 March; due after the reopening 27 March: on time).
    const a7 = await file(w.agencyA, "2026-03-02", false);
    await ack(a7.code, A, "2026-03-03");
    await answer(a7.code, A, "2026-03-05");
    await filer(a7, { action: "reopen", message: "Câu trả lời chưa đúng nội dung tôi hỏi." }, "2026-03-06");
    await answer(a7.code, A, "2026-03-10");
    // A8: filed 12 January, withdrawn the next day (received, never answered, not open).
    const a8 = await file(w.agencyA, "2026-01-12");
    await filer(a8, { action: "withdraw", message: "" }, "2026-01-13");

    // C1–C4: 2 March, answered 5 March (3 working days); C5 answered 9 March (5 working days).
    for (let i = 0; i < 5; i++) {
      const c = await file(agencyC, "2026-03-02");
      await ack(c.code, officerC, "2026-03-03");
      await answer(c.code, officerC, i < 4 ? "2026-03-05" : "2026-03-09");
    }

    expect(await rollup(w.agencyA, MARCH)).toMatchObject({
      received: 6, // A1–A5, A7 (A6 was spam)
      answered: 5,
      answered_on_time: 4, // all but A3
      answered_with_consent: 3, // A1, A2, A4
      published: 2,
      rated: 3,
      satisfied: 2,
      reopened: 1,
      open: 1,
      answer_days: { "4": 1, "15": 1, "17": 1, "9": 1, "6": 1 },
    });
    expect(await rollup(w.agencyA, JANUARY)).toMatchObject({ received: 1, answered: 0, open: 0 });
  });

  it("kept by the hooks, they equal a rebuild from scratch", async () => {
    const kept = await allRollups();
    expect(kept.map((r) => [r.agency_id, r.month])).toEqual([
      [w.agencyA.id, JANUARY],
      [w.agencyA.id, MARCH],
      [w.agencyB.id, JANUARY],
      [agencyC.id, MARCH],
    ]); // nothing left in the month of the real filing, nor in B's March
    await rebuildAllRollups(db, cal);
    expect(await allRollups()).toEqual(kept);
  });
});

// ---------------------------------------------------------------------------------------------
// What the petitions do not produce: hotlines, procedures, documents, statistics, PCI
// ---------------------------------------------------------------------------------------------

describe("the figures of 2026-Q1", () => {
  beforeAll(async () => {
    // Hotlines: A verified 1 March (fresh on 31 March); B last verified 1 June 2025 (303 days before: stale); C none.
    await db
      .insertInto("hotlines")
      .values([
        { agency_id: w.agencyA.id, number: "0271 3 879 001", label_vi: "Đường dây nóng", verified_on: "2026-03-01" },
        { agency_id: w.agencyB.id, number: "0271 3 879 002", label_vi: "Đường dây nóng", verified_on: "2025-06-01" },
      ])
      .execute();
    const field = await db.insertInto("procedure_fields").values({ slug: "dat-dai", name_vi: "Đất đai", name_en: "Land" }).returning("id").executeTakeFirstOrThrow();
    const proc = async (agency: AgencyRef, code: string, online: OnlineLevel, updatedOn: string, postal: [boolean, boolean], fee = "50.000 đồng") =>
      (
        await db
          .insertInto("procedures")
          .values({
            code,
            name_vi: `Thủ tục ${code}`,
            agency_id: agency.id,
            field_id: field.id,
            online_level: online,
            processing_days: 10,
            fee_vi: fee,
            required_documents_vi: ["Đơn đề nghị"],
            steps_vi: ["Nộp hồ sơ", "Nhận kết quả"],
            postal_receipt: postal[0],
            postal_return: postal[1],
            updated_on: updatedOn,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    // A: P1–P3 complete and recent; P4 complete but updated 485 days before 31 March; P5 has no fee.
    const p1 = await proc(w.agencyA, "1.000001", "full", "2025-12-01", [true, false]);
    const p2 = await proc(w.agencyA, "1.000002", "full", "2025-06-01", [false, true]);
    const p3 = await proc(w.agencyA, "1.000003", "partial", "2026-01-10", [true, true]);
    await proc(w.agencyA, "1.000004", "none", "2024-12-01", [true, false]);
    const p5 = await proc(w.agencyA, "1.000005", "none", "2026-02-01", [true, false], "");
    const b1 = await proc(w.agencyB, "2.000001", "partial", "2026-01-10", [false, false]);
    const b2 = await proc(w.agencyB, "2.000002", "partial", "2026-01-10", [false, false]);
    await db
      .insertInto("procedure_stats")
      .values([
        { procedure_id: p1, quarter: "2026-Q1", total: 100, online: 80, postal_received: 10, postal_returned: 20 },
        { procedure_id: p2, quarter: "2026-Q1", total: 50, online: 0, postal_received: 0, postal_returned: 0 },
        { procedure_id: p2, quarter: "2025-Q4", total: 60, online: 50, postal_received: 9, postal_returned: 9 }, // another quarter
        { procedure_id: p3, quarter: "2026-Q1", total: 40, online: 5, postal_received: 4, postal_returned: 6 },
        { procedure_id: p5, quarter: "2026-Q1", total: 10, online: 0, postal_received: 0, postal_returned: 0 },
        { procedure_id: b1, quarter: "2026-Q1", total: 30, online: 12, postal_received: 0, postal_returned: 0 },
        { procedure_id: b2, quarter: "2026-Q1", total: 20, online: 3, postal_received: 0, postal_returned: 0 },
      ])
      .execute();
    await db
      .insertInto("edoc_stats")
      .values([
        { agency_id: w.agencyA.id, quarter: "2026-Q1", total: 120, electronic: 110 },
        { agency_id: w.agencyB.id, quarter: "2026-Q1", total: 80, electronic: 70 },
        { agency_id: w.agencyA.id, quarter: "2025-Q4", total: 100, electronic: 0 },
      ])
      .execute();
    const doc = (agency: AgencyRef, kind: "planning" | "plan" | "budget" | "legal", number: string, publishedAt: string) => ({
      kind,
      number,
      title_vi: `Văn bản ${number}`,
      agency_id: agency.id,
      issued_on: publishedAt.slice(0, 10),
      published_at: new Date(`${publishedAt}+07:00`),
    });
    await db
      .insertInto("documents")
      .values([
        doc(w.agencyA, "plan", "12/KH-STNMT", "2026-02-10T09:00:00"),
        doc(w.agencyA, "budget", "05/QĐ-STNMT", "2026-01-15T09:00:00"),
        doc(w.agencyA, "legal", "07/QĐ-STNMT", "2026-03-01T09:00:00"), // not a kind that counts
        doc(w.agencyB, "plan", "20/KH-SXD", "2026-03-20T09:00:00"),
        doc(agencyC, "planning", "01/QH-STP", "2025-12-20T09:00:00"), // before the period
      ])
      .execute();
    await db
      .insertInto("pci_results")
      .values([
        { year: 2024, transparency_score: 6.12, transparency_rank: 35, provinces: 63 },
        { year: 2025, transparency_score: 6.5, transparency_rank: 22, provinces: 63 },
        { year: 2027, transparency_score: 7, transparency_rank: 10, provinces: 63 }, // after the period
      ])
      .execute();
  });

  /*
   * Worked out by hand, method version 1 (weights 20/20/10/15/5/10/5/5/5/5/0/0, at least 5 cases):
   *
   * Sở Tài nguyên và Môi trường (A): received 7 (A1–A5, A7, A8; A6 was spam), answered 5 (A1–A4, A7).
   *   response 5/7 = 0.7143 → 71.43
   *   on time 4/(5 answered + 1 open past due (A5)) = 4/6 (A2 answered on its due date counts; A3 is late) = 0.6667 → 66.67; Wilson 95%: (0.3000, 0.9032)
   *   publication 2/3 (A1, A4 of A1, A2, A4): 3 < 5, not enough data, left out
   *   satisfaction 2/3 (A1 very, A4 satisfied, A2 not): not enough data, left out
   *   reopen 1/5 = 0.2 → 100 × (1 − 0.2) = 80
   *   median working days of 4, 6, 9, 15, 17 = 9
   *   hotline verified 1 March 2026, 30 days before 31 March → 100
   *   procedures complete 3/5 = 0.6 → 60 (P4 stale, P5 without fee); fully online 2/5 → 40; postal 5/5 → 100
   *   documents: plan and budget published in Q1, no planning → 2/3 → 66.67
   *   index = (71.43×20 + 66.67×20 + 80×5 + 100×10 + 60×5 + 40×5 + 100×5 + 66.67×5) / (20+20+5+10+5+5+5+5)
   *         = 5495.35 / 75 = 73.27 → 73.3
   * Sở Tư pháp (C): received 6 (B2 and C1–C5), answered 6, all on time.
   *   response 6/6 → 100 (Wilson low 1/(1 + z²/6) = 0.6097); on time 6/6 → 100; publication 0/6 → 0;
   *   satisfaction 0 rated: left out; reopen 0/6 → 100; median of 2, 3, 3, 3, 3, 5 = 3;
   *   hotline none → 0; no procedures: left out; no document in Q1 → 0
   *   index = (100×20 + 100×20 + 0×10 + 100×5 + 0×10 + 0×5) / 70 = 4500 / 70 = 64.29 → 64.3
   * Sở Xây dựng (B): received 1 (B1; B2 moved to C), answered 1: every rate not enough data;
   *   hotline stale → 0; 2 procedures: left out; a plan published → 1/3 → 33.33
   *   index = (0×10 + 33.33×5) / 15 = 11.11 → 11.1
   * Ranks: A 1, C 2, B 3.
   * Province: received 14, answered 12 → 12/14 = 0.8571; on time (4+1+6)/(12+1) = 11/13 = 0.8462;
   *   publication 2/10 = 0.2; satisfaction 2/3 → not enough data; reopen 1/12 = 0.0833;
   *   median of 2,2,3,3,3,3,4,5,6,9,15,17 = (3+4)/2 = 3.5; overdue open 1 (A5).
   * Plan targets (Q1 statistics only):
   *   online used: full/partial procedures A-P1, A-P2, A-P3, B-P1, B-P2 with online dossiers: all but A-P2 → 4/5 = 0.8
   *   e-documents: (110 + 70) / (120 + 80) = 0.9
   *   postal used: postal procedures A-P1…P5 with postal dossiers: P1, P3 → 2/5 = 0.4
   *   postal received: (10 + 0 + 4 + 0) / (100 + 50 + 40 + 10) = 14/200 = 0.07; returned (20 + 6) / 200 = 0.13
   */
  function expectHandFigures(r: TransparencyReport) {
    expect(r.period).toBe("2026-Q1");
    expect(r.methodVersion).toBe(1);
    expect(r.methodWeights).toEqual(INDEX_METHOD_V1.weights);
    expect(r.agencies.map((a) => [a.slug, a.index, a.rank])).toEqual([
      [w.agencyA.slug, 73.3, 1],
      [agencyC.slug, 64.3, 2],
      [w.agencyB.slug, 11.1, 3],
    ]);

    const a = agencyOf(r, w.agencyA.slug);
    expect(a).toMatchObject({ received: 7, answered: 5, responseRate: 0.7143, onTimeRate: 0.6667, publicationRate: null, satisfaction: null, reopenRate: 0.2, medianWorkingDays: 9, overdueOpen: 1 });
    expect(a.rates.onTime).toEqual({ numerator: 4, denominator: 6, value: 0.6667, low: 0.3, high: 0.9032 });
    expect(a.rates.onTime.low!).toBeCloseTo(0.3, 3);
    expect(a.rates.publication).toEqual({ numerator: 2, denominator: 3, value: null, low: null, high: null });
    expect(a.rates.satisfaction).toEqual({ numerator: 2, denominator: 3, value: null, low: null, high: null });
    expect(a.rates.reopen).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
    expect(Object.fromEntries(COMPONENTS.map((c) => [c, a.components[c].score]))).toEqual({
      responseRate: 71.43,
      onTimeRate: 66.67,
      publicationRate: null,
      satisfaction: null,
      reopenRate: 80,
      hotline: 100,
      proceduresComplete: 60,
      proceduresOnline: 40,
      proceduresPostal: 100,
      documentsPublished: 66.67,
      consultations: null,
      dialogues: null,
    });
    expect(a.components.proceduresComplete.rate).toMatchObject({ numerator: 3, denominator: 5 });
    // The weight spread: 20 of the 75 that count.
    expect(a.components.responseRate.weight).toBe(26.6667);
    expect(a.components.satisfaction.weight).toBe(0);

    const c = agencyOf(r, agencyC.slug);
    expect(c).toMatchObject({ received: 6, answered: 6, responseRate: 1, onTimeRate: 1, publicationRate: 0, satisfaction: null, reopenRate: 0, medianWorkingDays: 3, overdueOpen: 0 });
    expect(c.rates.response.low).toBe(0.6097);
    expect(c.components.hotline.score).toBe(0);
    expect(c.components.proceduresComplete.score).toBeNull();
    expect(c.components.documentsPublished.score).toBe(0);

    const b = agencyOf(r, w.agencyB.slug);
    expect(b).toMatchObject({ received: 1, answered: 1, responseRate: null, onTimeRate: null, medianWorkingDays: null, overdueOpen: 0 });
    expect(b.rates.response).toEqual({ numerator: 1, denominator: 1, value: null, low: null, high: null });
    expect(b.components.proceduresOnline.rate).toMatchObject({ numerator: 0, denominator: 2, value: null });
    expect(b.components.documentsPublished.score).toBe(33.33);

    const p = r.province;
    expect(p).toMatchObject({ name: "Bình Phước", received: 14, answered: 12, responseRate: 0.8571, onTimeRate: 0.8462, publicationRate: 0.2, satisfaction: null, reopenRate: 0.0833, medianWorkingDays: 3.5, overdueOpen: 1 });
    expect(p.rates.onTime).toMatchObject({ numerator: 11, denominator: 13 });
    expect(Object.fromEntries(p.targets.map((t) => [t.key, [t.actual.numerator, t.actual.denominator, t.actual.value, t.target]]))).toEqual({
      onlineUsed: [4, 5, 0.8, 0.8],
      edocElectronic: [180, 200, 0.9, 0.9],
      postalUsed: [2, 5, 0.4, 0.7],
      postalReceived: [14, 200, 0.07, 0.1],
      postalReturned: [26, 200, 0.13, 0.15],
    });
    expect(p.pci).toEqual([
      { year: 2024, transparencyScore: 6.12, transparencyRank: 35, provinces: 63, targetRank: 20 },
      { year: 2025, transparencyScore: 6.5, transparencyRank: 22, provinces: 63, targetRank: 20 },
    ]);
  }

  it("computeReport matches the figures worked out by hand", async () => {
    const r = await computeReport(db, "2026-Q1", { today, cal });
    expect(r.snapshot).toBe(false);
    expect(r.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expectHandFigures(r);
    // H1 holds the same petitions (nothing was filed in Q2).
    expect(agencyOf(await computeReport(db, "2026-H1", { today }), w.agencyA.slug)).toMatchObject({ received: 7, answered: 5, onTimeRate: 0.6667 });
  });

  it("in English, names are English", async () => {
    const r = await computeReport(db, "2026-Q1", { today, lang: "en" });
    expect(r.province.name).toBe("Binh Phuoc");
    expect(agencyOf(r, agencyC.slug).name).toBe("Department of Justice");
    expect(agencyOf(await computeReport(db, "2026-Q1", { today }), agencyC.slug).name).toBe("Sở Tư pháp");
  });

  it("/transparency.json gives the same figures", async () => {
    const res = await jsonLoader(loaderArgs("http://portal.test/transparency.json?period=2026-Q1"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(res.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+$/);
    const body = (await res.json()) as TransparencyReport;
    expectHandFigures(body);
    // The period has ended: what the file shows is now frozen.
    expect(body.snapshot).toBe(true);
    expect(body.agencies[0]).toEqual(expect.objectContaining({ slug: w.agencyA.slug, name: "Sở Tài nguyên và Môi trường", received: 7, answered: 5, responseRate: 0.7143, onTimeRate: 0.6667, medianWorkingDays: 9, publicationRate: null, satisfaction: null, overdueOpen: 1, index: 73.3, rank: 1 }));
    expect(body.agencies[0].components.hotline).toEqual({ score: 100, weight: 13.3333, detail: { hotlines: 1, verified: true } });
  });

  it("/transparency.json answers 400 for a period that does not exist, and defaults to the current year", async () => {
    for (const bad of ["2026-Q5", "2026-01", "abc", "1999"]) {
      const res = await jsonLoader(loaderArgs(`http://portal.test/transparency.json?period=${bad}`));
      expect(res.status, bad).toBe(400);
      expect(await res.json()).toMatchObject({ error: "bad_period" });
    }
    const current = (await (await jsonLoader(loaderArgs("http://portal.test/transparency.json"))).json()) as TransparencyReport;
    expect(current.period).toBe(today.slice(0, 4));
    await expect(computeReport(db, "2026-Q9")).rejects.toBeInstanceOf(BadPeriod);
  });

  it("/transparency.csv gives the same figures, and the index can be recomputed from it", async () => {
    const res = await csvLoader(loaderArgs("http://portal.test/transparency.csv?period=2026-Q1"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="minh-bach-2026-Q1.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, so Excel reads UTF-8
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(rows).toHaveLength(3);
    const rec = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const a = rec.find((r) => r.slug === w.agencyA.slug)!;
    expect(a).toMatchObject({
      period: "2026-Q1",
      method_version: "1",
      min_cases: "5",
      rank: "1",
      name: "Sở Tài nguyên và Môi trường",
      index: "73.3",
      received: "7",
      answered: "5",
      overdue_open: "1",
      median_working_days: "9",
      response_rate_numerator: "5",
      response_rate_denominator: "7",
      response_rate_value: "0.7143",
      on_time_rate_numerator: "4",
      on_time_rate_denominator: "6",
      on_time_rate_low: "0.3",
      on_time_rate_high: "0.9032",
      publication_rate_numerator: "2",
      publication_rate_denominator: "3",
      publication_rate_value: "", // not enough data
      hotline_score: "100",
      hotline_method_weight: "10",
      satisfaction_score: "",
      satisfaction_method_weight: "15",
      satisfaction_weight_used: "0",
      documents_published_score: "66.67",
    });
    expect(rec.map((r) => [r.slug, r.rank])).toEqual([
      [w.agencyA.slug, "1"],
      [agencyC.slug, "2"],
      [w.agencyB.slug, "3"],
    ]);
    // A reader's recomputation: Σ score × method weight / Σ method weight over the scores given.
    for (const r of rec) {
      let sum = 0;
      let weights = 0;
      for (const c of COMPONENTS) {
        const col = c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`);
        const score = r[`${col}_score`];
        const weight = Number(r[`${col}_method_weight`]);
        if (score === "" || weight === 0) continue;
        sum += Number(score) * weight;
        weights += weight;
      }
      expect(Math.round((sum / weights) * 10) / 10, r.slug).toBe(Number(r.index));
    }
  });

  it("a new method version changes the live figures, not those published for an ended period", async () => {
    const published = await getReport(db, "2026-Q1", { today });
    expect(published).toMatchObject({ snapshot: true, methodVersion: 1 });

    const v2 = await createMethodVersion(
      db,
      { weights: { ...INDEX_METHOD_V1.weights, hotline: 30 }, minCases: 5, noteVi: "Tăng trọng số đường dây nóng lên 30.", noteEn: "Hotline weight raised to 30." },
      w.admin.id,
    );
    expect(v2.version).toBe(2);
    expect((await getCurrentMethod(db)).version).toBe(2);
    expect((await getMethod(db, 1))?.weights.hotline).toBe(10);
    expect((await listMethods(db)).map((m) => m.version)).toEqual([2, 1]);
    const audit = await db.selectFrom("audit_log").selectAll().where("entity", "=", "index_method").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ staff_user_id: w.admin.id, action: "index_method.create", entity_id: "2" });

    // Live, version 2: A (5495.35 + 20×100) / 95 = 78.90; C 4500 / 90 = 50.0; B 166.65 / 35 = 4.76 → 4.8.
    const live = await computeReport(db, "2026-Q1", { today });
    expect(live.methodVersion).toBe(2);
    expect(live.agencies.map((a) => [a.slug, a.index, a.rank])).toEqual([
      [w.agencyA.slug, 78.9, 1],
      [agencyC.slug, 50, 2],
      [w.agencyB.slug, 4.8, 3],
    ]);
    // The same quarter seen while it was still running is computed live too.
    const running = await getReport(db, "2026-Q1", { today: "2026-03-31" });
    expect(running).toMatchObject({ snapshot: false, methodVersion: 2 });

    // Published: still version 1, everywhere.
    const again = await getReport(db, "2026-Q1", { today });
    expect(again).toMatchObject({ snapshot: true, methodVersion: 1 });
    expectHandFigures(again);
    invalidateReportCache();
    const fromJson = (await (await jsonLoader(loaderArgs("http://portal.test/transparency.json?period=2026-Q1"))).json()) as TransparencyReport;
    expect(fromJson).toMatchObject({ snapshot: true, methodVersion: 1 });
    expect(agencyOf(fromJson, w.agencyA.slug).index).toBe(73.3);
    const csv = await (await csvLoader(loaderArgs("http://portal.test/transparency.csv?period=2026-Q1"))).text();
    expect(parseCsv(csv.replace(/^\uFEFF/, ""))[1].slice(0, 2)).toEqual(["2026-Q1", "1"]);
  });

  it("refuses a method whose weights are not whole numbers ≥ 0 or are all zero", async () => {
    const zero = Object.fromEntries(COMPONENTS.map((c) => [c, 0])) as typeof INDEX_METHOD_V1.weights;
    await expect(createMethodVersion(db, { ...INDEX_METHOD_V1, weights: zero }, w.admin.id)).rejects.toThrow();
    await expect(createMethodVersion(db, { ...INDEX_METHOD_V1, weights: { ...INDEX_METHOD_V1.weights, hotline: -1 } }, w.admin.id)).rejects.toThrow();
    await expect(createMethodVersion(db, { ...INDEX_METHOD_V1, weights: { ...INDEX_METHOD_V1.weights, hotline: 2.5 } }, w.admin.id)).rejects.toThrow();
    expect((await getCurrentMethod(db)).version).toBe(2);
  });
});
