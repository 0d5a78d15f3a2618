import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../db/client";
import { insertAgency } from "../../app/modules/agencies/agencies.queries.server";
import { agencySearchText } from "../../app/modules/agencies/agencies.server";
import { listProcedures } from "../../app/modules/procedures/procedures.queries.server";
import { procedureSearchText } from "../../app/modules/procedures/procedures.server";
import { listDocuments } from "../../app/modules/documents/documents.queries.server";
import { documentSearchText } from "../../app/modules/documents/documents.server";
import { insertDocument, listDocumentYears } from "../../app/modules/documents/documents.queries.server";
import { parseSearch } from "../../app/modules/search/search.server";
import { searchEverything } from "../../app/modules/search/search.queries.server";
import { openTestDatabase } from "../helpers/db";

let h: OpenDatabase;

const PROCEDURES = [
  // name matches
  { code: "1.000001", name_vi: "Đăng ký thành lập hộ kinh doanh" },
  { code: "1.000002", name_vi: "Đăng ký thay đổi nội dung đăng ký kinh doanh" },
  { code: "1.000003", name_vi: "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo" },
  // only the body (legal basis) mentions business registration
  { code: "1.000004", name_vi: "Cấp lại giấy chứng nhận", legal: ["Nghị định về đăng ký kinh doanh"] },
  { code: "1.000005", name_vi: "Hòa giải tranh chấp đất đai" },
  { code: "1.000006", name_vi: "Thủ tục hoà giải viên cơ sở" },
  { code: "1.000007", name_vi: "Cấp giấy phép xây dựng nhà ở riêng lẻ" },
];

beforeAll(async () => {
  h = await openTestDatabase();
  const agencyId = await insertAgency(h.db, {
    slug: "so-ke-hoach-va-dau-tu",
    name_vi: "Sở Kế hoạch và Đầu tư",
    name_en: "Department of Planning and Investment",
    short_name_vi: null,
    kind: "department",
    address: "",
    email: "",
    website: null,
    head_name: null,
    head_title_vi: null,
    office_hours_vi: "",
    office_hours_en: "",
    description_vi: "",
    description_en: "",
    sort_order: 0,
    ...agencySearchText({ slug: "so-ke-hoach-va-dau-tu", name_vi: "Sở Kế hoạch và Đầu tư" }),
  });
  const field = await h.db.insertInto("procedure_fields").values({ slug: "f", name_vi: "Lĩnh vực", name_en: "Field" }).returning("id").executeTakeFirstOrThrow();
  await h.db
    .insertInto("procedures")
    .values(
      PROCEDURES.map((p) => ({
        code: p.code,
        name_vi: p.name_vi,
        agency_id: agencyId,
        field_id: field.id,
        online_level: "full" as const,
        processing_days: 3,
        legal_basis_vi: p.legal ?? [],
        updated_on: "2026-01-01",
        ...procedureSearchText({ code: p.code, name_vi: p.name_vi, legal_basis_vi: p.legal ?? [] }),
      })),
    )
    .execute();
  // Enough documents for two pages.
  for (let i = 0; i < 25; i++) {
    const title_vi = `Kế hoạch số ${i + 1} về quy hoạch đô thị`;
    await insertDocument(h.db, {
      kind: "plan",
      number: `${i + 1}/KH-UBND`,
      title_vi,
      title_en: null,
      summary_vi: "",
      summary_en: null,
      agency_id: agencyId,
      signer: null,
      issued_on: `2025-01-${String(i + 1).padStart(2, "0")}`,
      effective_on: null,
      published_at: new Date("2025-02-01T00:00:00Z"),
      ...documentSearchText({ number: `${i + 1}/KH-UBND`, title_vi }),
    });
  }
});

afterAll(async () => {
  await h?.close();
});

const codes = async (q: string) => (await listProcedures(h.db, { q, page: 1 })).items.map((p) => p.code);

describe("procedure search", () => {
  it("finds business registration without diacritics, with them, and in NFD, in the same order", async () => {
    const plain = await codes("dang ky kinh doanh");
    expect(plain.slice(0, 2).sort()).toEqual(["1.000001", "1.000002"]);
    expect(await codes("đăng ký kinh doanh")).toEqual(plain);
    expect(await codes("đăng ký kinh doanh".normalize("NFD"))).toEqual(plain);
    expect(await codes("thu tuc dang ky kinh doanh")).toEqual(plain);
  });

  it("ranks name matches above body matches", async () => {
    const found = await codes("dang ky kinh doanh");
    expect(found).toContain("1.000004");
    expect(found.indexOf("1.000004")).toBeGreaterThan(found.indexOf("1.000001"));
    expect(found.indexOf("1.000004")).toBeGreaterThan(found.indexOf("1.000002"));
  });

  it("finds hoà and hòa alike, and đ with d", async () => {
    expect((await codes("hòa giải")).sort()).toEqual(["1.000005", "1.000006"]);
    expect((await codes("hoà giải")).sort()).toEqual(["1.000005", "1.000006"]);
    expect(await codes("dat dai")).toEqual(["1.000005"]);
  });

  it("matches the last word as a prefix while typing", async () => {
    expect(await codes("giay phep xay dun")).toEqual(["1.000007"]);
  });

  it("falls back to any word when no procedure has them all, and says so", async () => {
    const result = await listProcedures(h.db, { q: "xay dung vu tru", page: 1 });
    expect(result.relaxed).toBe(true);
    // "xây dựng" matches both words of 1.000007; others only share a syllable ("nội dung").
    expect(result.items[0].code).toBe("1.000007");
  });
});

describe("document search and pagination", () => {
  it("paginates twenty to a page with the total", async () => {
    const first = await listDocuments(h.db, { q: "quy hoach", page: 1 });
    const second = await listDocuments(h.db, { q: "quy hoach", page: 2 });
    expect(first.total).toBe(25);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(5);
    expect(first.pages).toBe(2);
    const ids = new Set([...first.items, ...second.items].map((d) => d.id));
    expect(ids.size).toBe(25);
  });

  it("still knows the total past the last page", async () => {
    const beyond = await listDocuments(h.db, { page: 9 });
    expect(beyond.items).toHaveLength(0);
    expect(beyond.total).toBe(25);
  });

  it("offers the years from the oldest to the newest document", async () => {
    expect(await listDocumentYears(h.db)).toEqual([2025]);
  });

  it("filters by year", async () => {
    expect((await listDocuments(h.db, { year: 2025, page: 1 })).total).toBe(25);
    expect((await listDocuments(h.db, { year: 2024, page: 1 })).total).toBe(0);
  });
});

describe("search over everything", () => {
  it("returns agencies, procedures and documents with counts per type", async () => {
    const result = await searchEverything(h.db, parseSearch("ke hoach")!, { page: 1 });
    expect(result.counts.agency).toBe(1);
    expect(result.counts.document).toBe(25);
    expect(result.total).toBe(26 + result.counts.procedure);
    expect(result.items[0]).toMatchObject({ type: "agency", key: "so-ke-hoach-va-dau-tu" });
  });

  it("narrows to one type", async () => {
    const result = await searchEverything(h.db, parseSearch("ke hoach")!, { page: 1, type: "document" });
    expect(result.items.every((i) => i.type === "document")).toBe(true);
    expect(result.total).toBe(25);
  });
});
