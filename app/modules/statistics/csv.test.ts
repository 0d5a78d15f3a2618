import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv, toCsv } from "./csv";

function ok(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`expected a parse, got ${result.error} on line ${result.line}`);
  return result;
}

describe("parseCsv", () => {
  it("reads comma-separated records with their line numbers", () => {
    const r = ok("a,b,c\n1,2,3\n4,5,6\n");
    expect(r.delimiter).toBe(",");
    expect(r.records).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", "2", "3"] },
      { line: 3, cells: ["4", "5", "6"] },
    ]);
  });

  it("reads the semicolons Excel writes in a Vietnamese locale, and strips the BOM", () => {
    const r = ok("\uFEFFma_thu_tuc;ky;tong_so\r\n1.001612;2026-Q1;1.250\r\n");
    expect(r.delimiter).toBe(";");
    expect(r.records[0].cells).toEqual(["ma_thu_tuc", "ky", "tong_so"]);
    expect(r.records[1].cells).toEqual(["1.001612", "2026-Q1", "1.250"]);
  });

  it("chooses the separator from the first line, not from commas inside numbers later on", () => {
    expect(detectDelimiter("a;b;c\n1,5;2,5;3\n")).toBe(";");
    expect(detectDelimiter('"x;y",b,c\n')).toBe(",");
  });

  it("follows an Excel sep= line and counts it as line 1", () => {
    const r = ok("sep=;\na,b;c\n1;2\n");
    expect(r.delimiter).toBe(";");
    expect(r.records).toEqual([
      { line: 2, cells: ["a,b", "c"] },
      { line: 3, cells: ["1", "2"] },
    ]);
  });

  it("reads quoted fields with separators, doubled quotes and line breaks (RFC 4180)", () => {
    const r = ok('code,name,total\n1.001612,"Đăng ký ""hộ kinh doanh"", lần đầu",12\n2.000391,"hai\r\ndòng",3\nx,y,z');
    expect(r.records).toEqual([
      { line: 1, cells: ["code", "name", "total"] },
      { line: 2, cells: ["1.001612", 'Đăng ký "hộ kinh doanh", lần đầu', "12"] },
      { line: 3, cells: ["2.000391", "hai\ndòng", "3"] },
      // The quoted line break moved the next record to line 5.
      { line: 5, cells: ["x", "y", "z"] },
    ]);
  });

  it("keeps empty and quoted-empty fields, and a last line without a line break", () => {
    expect(ok('a,b,c\n1,,""').records[1].cells).toEqual(["1", "", ""]);
  });

  it("skips blank lines and rows of bare separators but keeps counting lines", () => {
    const r = ok("a;b\n\n;;\n1;2\r\n\r\n3;4");
    expect(r.records.map((x) => x.line)).toEqual([1, 4, 6]);
  });

  it("accepts old Mac line ends (CR only)", () => {
    expect(ok("a,b\r1,2\r").records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
    ]);
  });

  it("refuses an unterminated quote, naming the line it opens on", () => {
    const r = parseCsv('a,b\n1,2\n3,"oops\n4,5\n');
    expect(r).toMatchObject({ ok: false, error: "unterminated_quote", line: 3 });
  });

  it("keeps a stray quote inside an unquoted field as text", () => {
    expect(ok('a,b\n12"3,4\n').records[1].cells).toEqual(['12"3', "4"]);
  });
});

describe("toCsv", () => {
  it("quotes only what needs it and round-trips through parseCsv", () => {
    const rows = [
      ["ma_thu_tuc", "ten_thu_tuc"],
      ["1.001612", 'Cấp "giấy phép"; lần đầu'],
      ["2.000391", " khoảng trắng "],
    ];
    const text = toCsv(rows, ";");
    expect(text).toBe('ma_thu_tuc;ten_thu_tuc\r\n1.001612;"Cấp ""giấy phép""; lần đầu"\r\n2.000391;" khoảng trắng "\r\n');
    expect(ok(text).records.map((r) => r.cells)).toEqual(rows);
  });
});
