import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../db/client";
import { seedDemo } from "../../db/seed/demo";
import { seedDemoStatistics } from "../../db/seed/statistics";
import { translator } from "../../app/i18n";
import { edocFormSchema, fieldErrors, pciFormSchema } from "../../app/modules/statistics/statistics.schema";
import { AdminOnly, importProcedureStats, saveEdocStats, savePciResult } from "../../app/modules/statistics/statistics.server";
import type { StaffUser } from "../../app/modules/staff/session.server";
import { NotFound } from "../../app/utils/errors";
import { makeStaff, type AgencyRef } from "../factories";
import { openTestDatabase } from "../helpers/db";

const TODAY = "2026-11-27";
const vi = translator("vi");
const en = translator("en");

let h: OpenDatabase;
let admin: StaffUser;
let officer: StaffUser;
let agencyA: AgencyRef;
let agencyB: AgencyRef;
/** Three real demo procedures: [code, id]. */
let procs: Array<{ id: number; code: string }>;

const utf8 = (text: string) => new TextEncoder().encode(text);

async function statsRows() {
  return h.db.selectFrom("procedure_stats").selectAll().orderBy("procedure_id").orderBy("quarter").execute();
}

async function auditRows(action: string) {
  return h.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();
}

async function count(table: "procedure_stats" | "edoc_stats" | "pci_results" | "procedures" | "agencies"): Promise<number> {
  const row = await h.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  h = await openTestDatabase();
  await seedDemo(h.db);
  const agencies = await h.db.selectFrom("agencies").select(["id", "slug", "name_vi", "name_en"]).orderBy("sort_order").limit(2).execute();
  [agencyA, agencyB] = agencies.map((a) => ({ id: a.id, slug: a.slug, name_vi: a.name_vi, name_en: a.name_en ?? "" }));
  admin = await makeStaff(h.db, { email: "admin@binhphuoc.gov.vn", name: "Lê Minh Quản Trị", role: "admin" });
  officer = await makeStaff(h.db, { email: "officer.a@binhphuoc.gov.vn", name: "Nguyễn Thị Lan", role: "officer", agency: agencyA });
  procs = await h.db.selectFrom("procedures").select(["id", "code"]).orderBy("id").limit(3).execute();
}, 120_000); // the whole demo seed: slow on a busy machine

afterAll(async () => {
  await h?.close();
});

describe("importing procedure statistics from CSV", () => {
  it("stores every row of a good file, with one audit row holding the counts and the file name", async () => {
    const [a, b, c] = procs;
    // As Excel writes it in a Vietnamese locale: BOM, semicolons, Vietnamese headers, grouped thousands, a quoted name.
    const text = [
      "\uFEFFMã thủ tục;Kỳ;Tổng số;Trực tuyến;Nhận qua bưu chính;Trả qua bưu chính;Tên thủ tục",
      `${a.code};2026-Q1;1.250;980;64;131;"Đăng ký; lần đầu"`,
      `${b.code};Q1/2026;37;0;0;0;Hòa giải`,
      `${c.code};2025-Q4;12;3;1;2;`,
      `${c.code};2026-Q1;;;;;`,
    ].join("\r\n");
    const result = await importProcedureStats(h.db, { filename: "so-lieu-quy-1.csv", bytes: utf8(text) }, { user: admin, t: vi, today: TODAY, ip: "203.0.113.5" });
    expect(result).toEqual({ ok: true, rows: 3, inserted: 3, updated: 0, skipped: 1, quarters: ["2025-Q4", "2026-Q1"] });

    const rows = await statsRows();
    expect(rows.map((r) => [r.procedure_id, r.quarter, r.total, r.online, r.postal_received, r.postal_returned])).toEqual(
      [
        [a.id, "2026-Q1", 1250, 980, 64, 131],
        [b.id, "2026-Q1", 37, 0, 0, 0],
        [c.id, "2025-Q4", 12, 3, 1, 2],
      ].sort((x, y) => Number(x[0]) - Number(y[0]) || String(x[1]).localeCompare(String(y[1]))),
    );
    const audit = await auditRows("procedure_stats.import");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ staff_user_id: admin.id, entity: "procedure_stats", ip: "203.0.113.5" });
    expect(audit[0].after).toMatchObject({ file: "so-lieu-quy-1.csv", rows: 3, inserted: 3, updated: 0, skipped: 1, quarters: ["2025-Q4", "2026-Q1"] });
  });

  it("replaces the figures of a procedure and quarter imported again", async () => {
    const [a] = procs;
    const text = `procedure_code,period,total,online,postal_received,postal_returned\n${a.code},2026-Q1,"1,300",990,70,140\n`;
    const result = await importProcedureStats(h.db, { filename: "sua.csv", bytes: utf8(text) }, { user: admin, t: en, today: TODAY });
    expect(result).toMatchObject({ ok: true, rows: 1, inserted: 0, updated: 1 });
    const row = (await statsRows()).find((r) => r.procedure_id === a.id && r.quarter === "2026-Q1");
    expect(row).toMatchObject({ total: 1300, online: 990, postal_received: 70, postal_returned: 140 });
  });

  it("reports every bad row by line and stores nothing, not even the good rows", async () => {
    const before = await statsRows();
    const auditBefore = (await auditRows("procedure_stats.import")).length;
    const [a, b, c] = procs;
    const text = [
      "procedure_code;period;total;online;postal_received;postal_returned",
      `${a.code};2026-Q2;10;5;1;1`, // 2: good (and new)
      `9.999999;2026-Q2;10;5;1;1`, // 3: no such procedure
      `${b.code};2026-Q2;10;11;0;0`, // 4: more online than total
      `${c.code};2026-Q9;x;0;0;0`, // 5: bad period and total
      `${a.code};Q2/2026;1;0;0;0`, // 6: same procedure and quarter as line 2
      `${b.code};2027-Q1;1;0;0;0`, // 7: a quarter not yet begun
    ].join("\n");
    const result = await importProcedureStats(h.db, { filename: "loi.csv", bytes: utf8(text) }, { user: admin, t: vi, today: TODAY });
    if (result.ok) throw new Error("expected the import to be refused");
    expect(result.file).toBe(false);
    expect([...new Set(result.issues.map((i) => i.line))]).toEqual([3, 4, 5, 6, 7]);
    expect(result.issues.find((i) => i.line === 4)?.message).toBe("Hồ sơ trực tuyến (11) không được lớn hơn tổng số hồ sơ (10)");
    expect(result.issues.filter((i) => i.line === 5).map((i) => i.column)).toEqual(["period", "total"]);
    expect(result.issues.find((i) => i.line === 6)?.message).toContain("dòng 2");
    expect(await statsRows()).toEqual(before);
    expect(await auditRows("procedure_stats.import")).toHaveLength(auditBefore);
  });

  it("says what to do with a workbook or a file not in UTF-8", async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(await importProcedureStats(h.db, { filename: "so-lieu.xlsx", bytes: xlsx }, { user: admin, t: vi, today: TODAY })).toMatchObject({
      ok: false,
      file: true,
      issues: [{ message: expect.stringContaining("CSV UTF-8") }],
    });
    // "Mã" in Windows-1258 / Latin-1: not valid UTF-8.
    const latin = new Uint8Array([0x4d, 0xe3, 0x3b, 0x6b, 0x79, 0x0a]);
    expect(await importProcedureStats(h.db, { filename: "so-lieu.csv", bytes: latin }, { user: admin, t: en, today: TODAY })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("not saved as UTF-8") }],
    });
  });

  it("is for administrators only", async () => {
    const text = `procedure_code,period,total,online,postal_received,postal_returned\n${procs[0].code},2026-Q3,1,0,0,0\n`;
    await expect(importProcedureStats(h.db, { filename: "x.csv", bytes: utf8(text) }, { user: officer, t: vi, today: TODAY })).rejects.toBeInstanceOf(AdminOnly);
    expect((await statsRows()).some((r) => r.quarter === "2026-Q3")).toBe(false);
  });
});

describe("electronic documents", () => {
  const schema = edocFormSchema(vi, "2026-Q4");

  it("refuses more electronic documents than documents, and stores nothing", async () => {
    const parsed = schema.safeParse({ agency: agencyA.slug, quarter: "2026-Q3", total: "100", electronic: "120" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrors(parsed.error).electronic).toContain("không được lớn hơn tổng số văn bản (100)");
    // Past the form, the database refuses it too.
    await expect(saveEdocStats(h.db, { agency: agencyA.slug, quarter: "2026-Q3", total: 100, electronic: 120 }, { user: officer })).rejects.toThrow();
    expect(await count("edoc_stats")).toBe(0);
    expect(await auditRows("edoc_stats.save")).toHaveLength(0);
  });

  it("lets an officer save their own agency's figures and an administrator correct them, audited", async () => {
    await saveEdocStats(h.db, schema.parse({ agency: agencyA.slug, quarter: "2026-Q3", total: "1.250", electronic: "1180" }), { user: officer, ip: "203.0.113.7" });
    await saveEdocStats(h.db, schema.parse({ agency: agencyA.slug, quarter: "2026-Q3", total: "1250", electronic: "1190" }), { user: admin });
    const row = await h.db.selectFrom("edoc_stats").selectAll().where("agency_id", "=", agencyA.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ quarter: "2026-Q3", total: 1250, electronic: 1190 });
    const audit = await auditRows("edoc_stats.save");
    expect(audit.map((a) => [a.staff_user_id, a.entity_id, a.before, a.after])).toEqual([
      [officer.id, `${agencyA.slug}:2026-Q3`, null, { total: 1250, electronic: 1180 }],
      [admin.id, `${agencyA.slug}:2026-Q3`, { total: 1250, electronic: 1180 }, { total: 1250, electronic: 1190 }],
    ]);
  });

  it("answers 404 to an officer writing for another agency", async () => {
    await expect(saveEdocStats(h.db, schema.parse({ agency: agencyB.slug, quarter: "2026-Q3", total: "10", electronic: "9" }), { user: officer })).rejects.toBeInstanceOf(NotFound);
    expect(await h.db.selectFrom("edoc_stats").select("agency_id").where("agency_id", "=", agencyB.id).execute()).toEqual([]);
  });
});

describe("PCI results", () => {
  const schema = pciFormSchema(vi, 2026);

  it("saves a year, replaces it when saved again, audited with before and after", async () => {
    await savePciResult(h.db, schema.parse({ year: "2025", transparency_score: "6,45", transparency_rank: "21", provinces: "63", source: "VCCI" }), { user: admin });
    await savePciResult(
      h.db,
      schema.parse({ year: "2025", transparency_score: "6.52", transparency_rank: "19", provinces: "63", pci_score: "66,1", pci_rank: "22", source: "VCCI 2025" }),
      { user: admin },
    );
    const row = await h.db.selectFrom("pci_results").selectAll().where("year", "=", 2025).executeTakeFirstOrThrow();
    expect({ ...row, transparency_score: Number(row.transparency_score), pci_score: Number(row.pci_score) }).toEqual({
      year: 2025,
      transparency_score: 6.52,
      transparency_rank: 19,
      provinces: 63,
      pci_score: 66.1,
      pci_rank: 22,
      source: "VCCI 2025",
    });
    const audit = await auditRows("pci_results.save");
    expect(audit).toHaveLength(2);
    expect(audit[0].before).toBeNull();
    expect(audit[1].before).toMatchObject({ year: 2025, transparency_rank: 21 });
    expect(audit[1].after).toMatchObject({ transparency_score: "6.52", transparency_rank: 19, pci_rank: 22 });
  });

  it("is for administrators only", async () => {
    const form = schema.parse({ year: "2024", transparency_score: "6", transparency_rank: "30", provinces: "63" });
    await expect(savePciResult(h.db, form, { user: officer })).rejects.toBeInstanceOf(AdminOnly);
    expect(await h.db.selectFrom("pci_results").select("year").where("year", "=", 2024).execute()).toEqual([]);
  });
});

describe("seedDemoStatistics", () => {
  it("seeds realistic figures once, keeps what exists, and adds a new quarter later", async () => {
    // Figures entered before the seed runs (by the tests above) must survive it.
    const entered = (await statsRows()).find((r) => r.procedure_id === procs[0].id && r.quarter === "2026-Q1");
    const first = await seedDemoStatistics(h.db, { today: TODAY });
    const [procedures, agencies] = await Promise.all([count("procedures"), count("agencies")]);
    const quarters = 8; // 2025-Q1 … 2026-Q4
    expect(await count("procedure_stats")).toBe(procedures * quarters);
    expect(await count("edoc_stats")).toBe(agencies * quarters);
    expect(first.procedureStats).toBeGreaterThan(procedures * quarters - 10);
    expect(first.pciResults).toBe(7); // 2018–2024; 2025 was entered above

    const again = await seedDemoStatistics(h.db, { today: TODAY });
    expect(again).toEqual({ procedureStats: 0, edocStats: 0, pciResults: 0 });
    expect(await count("procedure_stats")).toBe(procedures * quarters);
    expect((await statsRows()).find((r) => r.procedure_id === procs[0].id && r.quarter === "2026-Q1")).toEqual(entered);

    const later = await seedDemoStatistics(h.db, { today: "2027-01-05" });
    expect(later).toEqual({ procedureStats: procedures, edocStats: agencies, pciResults: 0 });
  });

  it("produces figures that look like a province's", async () => {
    const rows = await h.db
      .selectFrom("procedure_stats as s")
      .innerJoin("procedures as p", "p.id", "s.procedure_id")
      .select(["p.code", "p.online_level", "p.postal_receipt", "p.postal_return", "s.quarter", "s.total", "s.online", "s.postal_received", "s.postal_returned"])
      .where("s.quarter", "like", "2026-%")
      .where("s.quarter", "<>", "2026-Q1") // the tests above wrote some 2026-Q1 rows by hand
      .execute();
    for (const r of rows) {
      expect(r.online <= r.total && r.postal_received <= r.total && r.postal_returned <= r.total, r.code).toBe(true);
      if (r.online_level === "none") expect(r.online, r.code).toBe(0);
      if (!r.postal_receipt) expect(r.postal_received, r.code).toBe(0);
      if (!r.postal_return) expect(r.postal_returned, r.code).toBe(0);
    }
    // About four in five procedures offered online had online filings in 2026 (the plan's target is 80%).
    const offered = new Set(rows.filter((r) => r.online_level !== "none").map((r) => r.code));
    const used = new Set(rows.filter((r) => r.online > 0).map((r) => r.code));
    expect(used.size / offered.size).toBeGreaterThan(0.7);
    expect(used.size / offered.size).toBeLessThan(0.95);
    // Postal: a realistic share of the dossiers of the procedures offered by post.
    const postal = rows.filter((r) => r.postal_receipt);
    const share = postal.reduce((s, r) => s + r.postal_received, 0) / postal.reduce((s, r) => s + r.total, 0);
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.15);

    const edocs = await h.db.selectFrom("edoc_stats").select(["total", "electronic"]).where("quarter", "like", "2026-%").execute();
    for (const e of edocs) {
      expect(e.total).toBeGreaterThan(0);
      expect(e.electronic / e.total).toBeGreaterThanOrEqual(0.845);
      expect(e.electronic / e.total).toBeLessThanOrEqual(0.975);
    }

    const pci = await h.db.selectFrom("pci_results").selectAll().where("year", "<", 2025).orderBy("year").execute();
    expect(pci.map((p) => p.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const p of pci) {
      expect(Number(p.transparency_score)).toBeGreaterThanOrEqual(5.5);
      expect(Number(p.transparency_score)).toBeLessThanOrEqual(7.5);
      expect(p.transparency_rank).toBeLessThanOrEqual(p.provinces);
    }
  });
});
