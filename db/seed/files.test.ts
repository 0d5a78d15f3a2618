import { crc32 } from "node:zlib";
import { describe, it, expect } from "vitest";
import { foldForPdf, makeAttachment, makeDocx, makePdf, makeXlsx, wrapText } from "./files";

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const utf8 = (b: Uint8Array) => Buffer.from(b).toString("utf8");

/** Minimal ZIP reader: central directory → local headers → stored data. */
function readZip(buf: Uint8Array): Map<string, { data: Uint8Array; crc: number; method: number }> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, { data: Uint8Array; crc: number; method: number }>();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("bad central header");
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localAt = view.getUint32(p + 42, true);
    const name = utf8(buf.subarray(p + 46, p + 46 + nameLen));
    if (view.getUint32(localAt, true) !== 0x04034b50) throw new Error("bad local header");
    expect(view.getUint32(localAt + 14, true)).toBe(crc);
    const localName = view.getUint16(localAt + 26, true);
    const localExtra = view.getUint16(localAt + 28, true);
    const start = localAt + 30 + localName + localExtra;
    out.set(name, { data: buf.subarray(start, start + size), crc, method });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe("makePdf", () => {
  const lines = [
    "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế (tạm thời) về \\ công khai.",
    ...Array.from({ length: 80 }, (_, i) => `Dòng nội dung số ${i + 1}: `.repeat(4)),
  ];
  const pdf = makePdf("Kế hoạch nâng cao chỉ số Tính minh bạch", lines);
  const text = latin1(pdf);

  it("starts with %PDF- and ends with %%EOF", () => {
    expect(text.startsWith("%PDF-1.4")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
  });

  it("has xref offsets that point at 'N 0 obj'", () => {
    const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe("xref");
    const m = /^xref\n0 (\d+)\n/.exec(text.slice(startxref))!;
    const size = Number(m[1]);
    const entriesAt = startxref + m[0].length;
    for (let n = 1; n < size; n++) {
      const entry = text.slice(entriesAt + 20 * n, entriesAt + 20 * (n + 1));
      expect(entry).toMatch(/^\d{10} 00000 n \n$/);
      const off = Number(entry.slice(0, 10));
      expect(text.slice(off, off + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
    }
    expect(text).toContain(`/Size ${size}`);
  });

  it("has correct stream lengths and several pages for long content", () => {
    const re = /<< \/Length (\d+) >>\nstream\n/g;
    let m: RegExpExecArray | null;
    let streams = 0;
    while ((m = re.exec(text))) {
      const start = m.index + m[0].length;
      expect(text.slice(start + Number(m[1]), start + Number(m[1]) + 10)).toBe("\nendstream");
      streams++;
    }
    expect(streams).toBeGreaterThan(1);
    expect(text).toContain(`/Count ${streams}`);
  });

  it("folds Vietnamese and escapes PDF string delimiters", () => {
    expect(text).toContain("(UY BAN NHAN DAN TINH BINH PHUOC) Tj");
    expect(text).toContain("Quy che \\(tam thoi\\) ve \\\\ cong khai.");
    expect(foldForPdf("Đồng Xoài – Bù Đăng")).toBe("Dong Xoai - Bu Dang");
    expect(/[^\x00-\x7f]/.test(text.slice(15))).toBe(false);
  });

  it("wraps long lines at 90 characters", () => {
    const wrapped = wrapText("a ".repeat(200).trim(), 90);
    expect(wrapped.every((l) => l.length <= 90)).toBe(true);
    expect(wrapped.join(" ")).toBe("a ".repeat(200).trim());
  });

  it("is deterministic", () => {
    expect(Buffer.from(makePdf("X", ["y"])).equals(Buffer.from(makePdf("X", ["y"])))).toBe(true);
  });
});

describe("makeDocx", () => {
  const vi = "Dự thảo Nghị quyết quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa <tỉnh Bình Phước> & đầu tư";
  const docx = makeDocx("Dự thảo", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", vi]);

  it("is a zip whose entries have matching crc32", () => {
    expect(Array.from(docx.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const entries = readZip(docx);
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]),
    );
    for (const e of entries.values()) {
      expect(e.method).toBe(0);
      expect(crc32(e.data) >>> 0).toBe(e.crc);
    }
  });

  it("keeps Vietnamese text as escaped UTF-8 in word/document.xml", () => {
    const xml = utf8(readZip(docx).get("word/document.xml")!.data);
    expect(xml).toContain("Dự thảo Nghị quyết quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa");
    expect(xml).toContain("&lt;tỉnh Bình Phước&gt; &amp; đầu tư");
  });

  it("is deterministic", () => {
    expect(Buffer.from(makeDocx("a", ["b"])).equals(Buffer.from(makeDocx("a", ["b"])))).toBe(true);
  });
});

describe("makeXlsx", () => {
  const xlsx = makeXlsx("Công khai dự toán ngân sách năm 2026", [
    ["Chỉ tiêu", "Dự toán 2026", "Thực hiện 6 tháng", "Tỷ lệ (%)"],
    ["Thu nội địa", "12500000", "6312000", "50.5"],
    ["Mã vùng", "0271", "", ""],
  ]);

  it("is a zip with the workbook parts and matching crc32", () => {
    expect(Array.from(xlsx.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const entries = readZip(xlsx);
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml",
      ]),
    );
    for (const e of entries.values()) expect(crc32(e.data) >>> 0).toBe(e.crc);
  });

  it("writes inline strings and numeric cells as numbers", () => {
    const sheet = utf8(readZip(xlsx).get("xl/worksheets/sheet1.xml")!.data);
    expect(sheet).toContain('t="inlineStr"');
    expect(sheet).toContain("<t xml:space=\"preserve\">Thu nội địa</t>");
    expect(sheet).toMatch(/<c r="B4"[^>]*><v>12500000<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="D4"[^>]*><v>50.5<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B5" t="inlineStr"><is><t xml:space="preserve">0271<\/t>/);
  });
});

describe("makeAttachment", () => {
  it("dispatches on format with the right content type", () => {
    const pdf = makeAttachment({ filename: "a.pdf", label_vi: "Toàn văn", format: "pdf", lines: ["x"] });
    expect(pdf.contentType).toBe("application/pdf");
    expect(latin1(pdf.data.subarray(0, 5))).toBe("%PDF-");
    const docx = makeAttachment({ filename: "a.docx", label_vi: "Dự thảo", format: "docx", lines: ["x"] });
    expect(docx.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const xlsx = makeAttachment({
      filename: "a.xlsx",
      label_vi: "Phụ lục số liệu",
      format: "xlsx",
      lines: ["Chỉ tiêu|Dự toán", "Thu|100"],
    });
    expect(xlsx.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.filename).toBe("a.xlsx");
  });
});
