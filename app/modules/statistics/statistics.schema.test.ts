import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import {
  checkProcedureStatsCsv,
  edocFormSchema,
  fieldErrors,
  normalizeHeader,
  parseCount,
  parseQuarter,
  pciFormSchema,
  quarterDays,
  quarterOf,
  quartersBetween,
  type CheckImportOptions,
} from "./statistics.schema";

const vi = translator("vi");
const en = translator("en");
const KNOWN = new Set(["1.001612", "2.000391", "1.001610", "1.004203"]);
const opts = (over: Partial<CheckImportOptions> = {}): CheckImportOptions => ({ t: vi, knownCodes: KNOWN, currentQuarter: "2026-Q2", ...over });
const HEADER = "procedure_code,period,total,online,postal_received,postal_returned";

describe("quarters", () => {
  it("reads the ways people write a quarter", () => {
    for (const s of ["2026-Q1", "2026-q1", "2026 Q1", "2026Q1", "Q1/2026", "q1-2026", "Quý 1/2026", "quy 1/2026", " 2026-Q1 "]) {
      expect(parseQuarter(s), s).toBe("2026-Q1");
    }
    for (const s of ["2026-Q5", "2026-1", "01/2026", "2026", "Q1", "tháng 1/2026", ""]) expect(parseQuarter(s), s).toBeNull();
  });

  it("knows the quarter of a date, its days and the quarters between two", () => {
    expect(quarterOf("2026-11-27")).toBe("2026-Q4");
    expect(quarterOf("2025-03-31")).toBe("2025-Q1");
    expect(quarterDays("2024-Q1")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(quarterDays("2026-Q2")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(quartersBetween("2025-Q3", "2026-Q2")).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
  });
});

describe("parseCount", () => {
  it("takes whole numbers, with thousands separators in strict groups of three", () => {
    expect(parseCount("0")).toEqual({ ok: true, value: 0 });
    expect(parseCount(" 125 ")).toEqual({ ok: true, value: 125 });
    expect(parseCount("1.234")).toEqual({ ok: true, value: 1234 });
    expect(parseCount("1,234,567")).toEqual({ ok: true, value: 1234567 });
    expect(parseCount("12 345")).toEqual({ ok: true, value: 12345 });
    expect(parseCount("12\u00a0345")).toEqual({ ok: true, value: 12345 });
  });

  it("says why anything else is refused", () => {
    expect(parseCount("")).toEqual({ ok: false, reason: "empty" });
    expect(parseCount("1,5")).toEqual({ ok: false, reason: "decimal" });
    expect(parseCount("12.50")).toEqual({ ok: false, reason: "decimal" });
    expect(parseCount("-3")).toEqual({ ok: false, reason: "negative" });
    expect(parseCount("1.234,5")).toEqual({ ok: false, reason: "format" });
    expect(parseCount("1.234,567")).toEqual({ ok: false, reason: "format" }); // mixed separators
    expect(parseCount("mười")).toEqual({ ok: false, reason: "format" });
    expect(parseCount("20000000")).toEqual({ ok: false, reason: "large" });
  });
});

describe("normalizeHeader", () => {
  it("folds case, diacritics and spacing", () => {
    expect(normalizeHeader("Mã thủ tục")).toBe("ma_thu_tuc");
    expect(normalizeHeader(" TỔNG SỐ ")).toBe("tong_so");
    expect(normalizeHeader("Nhận qua bưu chính")).toBe("nhan_qua_buu_chinh");
    expect(normalizeHeader("Postal received")).toBe("postal_received");
    expect(normalizeHeader("Kỳ")).toBe("ky");
  });
});

describe("checkProcedureStatsCsv", () => {
  it("accepts a good file: any column order, Vietnamese headers, extra columns, skipped empty rows", () => {
    const text = [
      "Tên thủ tục;Kỳ;Mã thủ tục;Tổng số;Trực tuyến;Nhận qua bưu chính;Trả qua bưu chính",
      '"Đăng ký; thành lập";Q1/2026;1.001612;1.250;980;64;131',
      "Hòa giải;2026-Q1;2.000391;37;0;0;0",
      "Chưa có số liệu;2026-Q1;1.004203;;;;",
    ].join("\r\n");
    const r = checkProcedureStatsCsv(text, opts());
    expect(r).toEqual({
      ok: true,
      delimiter: ";",
      skippedLines: [4],
      rows: [
        { line: 2, code: "1.001612", quarter: "2026-Q1", total: 1250, online: 980, postal_received: 64, postal_returned: 131 },
        { line: 3, code: "2.000391", quarter: "2026-Q1", total: 37, online: 0, postal_received: 0, postal_returned: 0 },
      ],
    });
  });

  it("reports every problem of every bad row by line, and returns no rows", () => {
    const text = [
      HEADER,
      "1.001612,2026-Q1,100,20,5,10", // line 2: fine
      "9.999999,2026-Q1,10,0,0,0", // line 3: unknown code
      "2.000391,2026-Q5,abc,,-1,2.5", // line 4: period and three counts
      "1.004203,2026-Q1,10,11,12,13", // line 5: three counts above the total
      "1.001612,Q1/2026,1,0,0,0", // line 6: same procedure and quarter as line 2
      "1.004203,2026-Q3,1,0,0,0", // line 7: a quarter that has not started
      "1.00161,2026-Q1,1,0,0,0", // line 8: Excel dropped a trailing zero
      ",2026-Q1,1,0,0,0", // line 9: no code
    ].join("\n");
    const r = checkProcedureStatsCsv(text, opts());
    if (r.ok) throw new Error("expected problems");
    expect(r.file).toBe(false);
    expect([...new Set(r.issues.map((i) => i.line))]).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const at = (line: number) => r.issues.filter((i) => i.line === line);
    expect(at(3)).toEqual([{ line: 3, column: "procedure_code", message: expect.stringContaining("9.999999") }]);
    expect(at(4).map((i) => i.column)).toEqual(["period", "total", "online", "postal_received", "postal_returned"]);
    expect(at(4)[2].message).toBe("Hồ sơ trực tuyến: nhập số, ghi 0 nếu không có");
    expect(at(4)[3].message).toContain("không được là số âm");
    expect(at(4)[4].message).toContain("không có phần thập phân");
    expect(at(5).map((i) => i.column)).toEqual(["online", "postal_received", "postal_returned"]);
    expect(at(5)[0].message).toBe("Hồ sơ trực tuyến (11) không được lớn hơn tổng số hồ sơ (10)");
    expect(at(6)[0].message).toContain("dòng 2");
    expect(at(7)[0].message).toContain("chưa bắt đầu");
    expect(at(8)[0].message).toContain("1.001610");
    expect(at(9)[0].message).toBe("Nhập mã thủ tục, ví dụ 1.001612");
  });

  it("finds a duplicate even when the first of the two rows has problems of its own", () => {
    const r = checkProcedureStatsCsv(`${HEADER}\n1.001612,2026-Q1,10,11,0,0\n1.001612,2026-q1,10,1,0,0\n`, opts());
    if (r.ok) throw new Error("expected problems");
    expect(r.issues.map((i) => [i.line, i.column])).toEqual([
      [2, "online"],
      [3, "procedure_code"],
    ]);
  });

  it("writes its messages in the reader's language", () => {
    const r = checkProcedureStatsCsv(`${HEADER}\n1.001612,2026-Q1,10,11,0,0\n`, opts({ t: en }));
    expect(r).toMatchObject({ ok: false, issues: [{ line: 2, column: "online", message: "Online dossiers (11) cannot be more than the total dossiers (10)" }] });
  });

  it("points at a comma inside a number in a comma-separated file", () => {
    const r = checkProcedureStatsCsv(`${HEADER}\n1.001612,2026-Q1,1,234,0,0,0\n`, opts());
    if (r.ok) throw new Error("expected problems");
    expect(r.issues[0]).toMatchObject({ line: 2, message: expect.stringContaining("dấu phẩy") });
  });

  it("refuses a file without the header row, naming the missing columns", () => {
    const r = checkProcedureStatsCsv("1.001612,2026-Q1,10,1,0,0\n", opts());
    expect(r).toMatchObject({ ok: false, file: true, issues: [{ line: 1 }] });
    if (!r.ok) expect(r.issues[0].message).toContain("procedure_code (ma_thu_tuc)");
  });

  it("refuses a column named twice, an empty file, an unterminated quote and too many rows", () => {
    expect(checkProcedureStatsCsv(`${HEADER},tong_so\n`, opts())).toMatchObject({ ok: false, file: true, issues: [{ message: expect.stringContaining("tong_so") }] });
    expect(checkProcedureStatsCsv("", opts())).toMatchObject({ ok: false, file: true });
    expect(checkProcedureStatsCsv(`${HEADER}\n`, opts())).toMatchObject({ ok: false, file: true });
    expect(checkProcedureStatsCsv(`${HEADER}\n1.001612,"2026-Q1,1,0,0,0\n`, opts())).toMatchObject({ ok: false, file: true, issues: [{ line: 2 }] });
    const many = [HEADER, "1.001612,2026-Q1,1,0,0,0", "2.000391,2026-Q1,1,0,0,0", "1.004203,2026-Q1,1,0,0,0"].join("\n");
    expect(checkProcedureStatsCsv(many, opts({ maxRows: 2 }))).toMatchObject({ ok: false, file: true, issues: [{ message: expect.stringContaining("tối đa 2") }] });
  });

  it("refuses a file whose rows are all empty of figures", () => {
    expect(checkProcedureStatsCsv(`${HEADER}\n1.001612,2026-Q1,,,,\n`, opts())).toMatchObject({ ok: false, file: true });
  });
});

describe("edocFormSchema", () => {
  const schema = edocFormSchema(vi, "2026-Q4");

  it("parses counts and the quarter", () => {
    expect(schema.parse({ agency: "so-noi-vu", quarter: "2026-Q3", total: "1.250", electronic: "1180" })).toEqual({
      agency: "so-noi-vu",
      quarter: "2026-Q3",
      total: 1250,
      electronic: 1180,
    });
  });

  it("refuses more electronic documents than documents, saying so", () => {
    const r = schema.safeParse({ agency: "so-noi-vu", quarter: "2026-Q3", total: "100", electronic: "120" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)).toEqual({ electronic: "Số văn bản điện tử (120) không được lớn hơn tổng số văn bản (100). Kiểm tra lại hai số." });
  });

  it("reports every field at once", () => {
    const r = schema.safeParse({ agency: "", quarter: "2027-Q1", total: "", electronic: "x" });
    if (r.success) throw new Error("expected errors");
    expect(Object.keys(fieldErrors(r.error)).sort()).toEqual(["agency", "electronic", "quarter", "total"]);
  });
});

describe("pciFormSchema", () => {
  const schema = pciFormSchema(vi, 2026);

  it("reads decimals written with a comma or a point, optional fields empty as null", () => {
    expect(schema.parse({ year: "2025", transparency_score: "6,45", transparency_rank: "18", provinces: "63", pci_score: "", pci_rank: "", source: "  VCCI  " })).toEqual({
      year: 2025,
      transparency_score: "6.45",
      transparency_rank: 18,
      provinces: 63,
      pci_score: null,
      pci_rank: null,
      source: "VCCI",
    });
    expect(schema.parse({ year: "2024", transparency_score: "7", transparency_rank: "1", provinces: "63", pci_score: "65.1", pci_rank: "20" })).toMatchObject({
      transparency_score: "7.00",
      pci_score: "65.10",
      pci_rank: 20,
    });
  });

  it("refuses scores out of range, ranks above the provinces, future years", () => {
    const r = schema.safeParse({ year: "2027", transparency_score: "10,5", transparency_rank: "64", provinces: "63", pci_score: "101", pci_rank: "70" });
    if (r.success) throw new Error("expected errors");
    const errors = fieldErrors(r.error);
    expect(Object.keys(errors).sort()).toEqual(["pci_rank", "pci_score", "transparency_rank", "transparency_score", "year"]);
    expect(errors.transparency_rank).toBe("Thứ hạng không lớn hơn số tỉnh, thành phố được xếp hạng (63)");
    expect(errors.year).toBe("Nhập năm của chỉ số, từ 2005 đến 2026");
  });
});
