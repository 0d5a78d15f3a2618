import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { makeDocx, makePdf, makeXlsx, makeZip } from "../../../db/seed/files";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, detectFileType, zipEntryNames } from "./file-type";

const enc = new TextEncoder();

// The well-known 67-byte 1x1 transparent PNG.
const PNG_1X1 = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
  0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
  0x42, 0x60, 0x82,
]);

// Start of a JFIF JPEG (SOI, APP0 "JFIF" header) followed by EOI.
const JPEG_TINY = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
  0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

// A Windows executable's DOS header start: "MZ", then the usual stub bytes.
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A minimal ZIP writer of our own (STORE, one entry), with an optional archive comment. */
function oneFileZip(name: string, text: string, comment = ""): Uint8Array {
  const n = enc.encode(name);
  const data = enc.encode(text);
  const c = enc.encode(comment);
  const crc = crc32(data) >>> 0;
  const local = new Uint8Array(30 + n.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 10, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, n.length, true);
  local.set(n, 30);
  const cd = new Uint8Array(46 + n.length);
  const cv = new DataView(cd.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 10, true);
  cv.setUint16(6, 10, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, n.length, true);
  cv.setUint32(42, 0, true);
  cd.set(n, 46);
  const eocd = new Uint8Array(22 + c.length);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, local.length + data.length, true);
  ev.setUint16(20, c.length, true);
  eocd.set(c, 22);
  return concat(local, data, cd, eocd);
}

/**
 * Puts bytes in front of a ZIP and moves its offsets along, as self-extracting archive tools do,
 * so the directory is still consistent and only the first bytes give the file away.
 */
function prependToZip(prefix: Uint8Array, zip: Uint8Array): Uint8Array {
  const out = concat(prefix, zip);
  const v = new DataView(out.buffer);
  const eocd = out.length - 22;
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true) + prefix.length;
  v.setUint32(eocd + 16, p, true);
  for (let i = 0; i < count; i++) {
    v.setUint32(p + 42, v.getUint32(p + 42, true) + prefix.length, true);
    p += 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return out;
}

const docx = makeDocx("Đơn kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất", [
  "Kính gửi: Ủy ban nhân dân thành phố Đồng Xoài",
  "Tôi tên là Nguyễn Văn Hòa, cư trú tại phường Tân Phú.",
]);
const xlsx = makeXlsx("Danh sách hộ dân đề nghị hỗ trợ", [
  ["STT", "Họ và tên", "Số tiền (đồng)"],
  ["1", "Trần Thị Mai", "12500000"],
]);
const pdf = makePdf("Phản ánh về tình trạng ngập úng đường Phú Riềng Đỏ", [
  "Ngày 15/03/2026, khu vực trước nhà số 12 bị ngập sâu 40 cm sau mưa lớn.",
]);

describe("detectFileType", () => {
  it("recognises the five accepted kinds by their bytes", () => {
    expect(detectFileType(pdf)).toEqual({ kind: "pdf", contentType: "application/pdf", ext: "pdf" });
    expect(detectFileType(PNG_1X1)).toEqual({ kind: "png", contentType: "image/png", ext: "png" });
    expect(detectFileType(JPEG_TINY)).toEqual({ kind: "jpeg", contentType: "image/jpeg", ext: "jpg" });
    expect(detectFileType(docx)).toEqual({
      kind: "docx",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ext: "docx",
    });
    expect(detectFileType(xlsx)).toEqual({
      kind: "xlsx",
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ext: "xlsx",
    });
  });

  it("refuses an executable whatever it is called", () => {
    expect(detectFileType(EXE)).toBeNull();
    // a self-extracting archive: an .exe with a real DOCX appended, offsets adjusted
    const sfx = prependToZip(EXE, docx);
    expect(zipEntryNames(sfx)).toContain("word/document.xml");
    expect(detectFileType(sfx)).toBeNull();
    expect(detectFileType(concat(EXE, docx))).toBeNull();
  });

  it("refuses a ZIP that is not a Word or Excel package", () => {
    const plain = oneFileZip("hello.txt", "Xin chào");
    expect(zipEntryNames(plain)).toEqual(["hello.txt"]);
    expect(detectFileType(plain)).toBeNull();
    const jar = makeZip([
      { name: "META-INF/MANIFEST.MF", data: "Manifest-Version: 1.0\nMain-Class: vn.gov.Demo\n" },
      { name: "vn/gov/Demo.class", data: new Uint8Array([0xca, 0xfe, 0xba, 0xbe]) },
    ]);
    expect(detectFileType(jar)).toBeNull();
    // "word/" mentioned only inside a file's contents is not an entry name
    expect(detectFileType(oneFileZip("notes.txt", "[Content_Types].xml word/document.xml xl/workbook.xml"))).toBeNull();
    // a "word/" entry without [Content_Types].xml is not an Office package
    expect(detectFileType(makeZip([{ name: "word/document.xml", data: "<w:document/>" }]))).toBeNull();
  });

  it("refuses macro-enabled packages", () => {
    const docm = makeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w:document/>" },
      { name: "word/vbaProject.bin", data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
    ]);
    expect(detectFileType(docm)).toBeNull();
  });

  it("reads the directory past an archive comment", () => {
    const commented = concat(docx.subarray(0, docx.length - 2), new Uint8Array([5, 0]), enc.encode("hello"));
    expect(detectFileType(commented)?.kind).toBe("docx");
  });

  it("refuses a truncated or damaged package", () => {
    expect(detectFileType(docx.subarray(0, docx.length - 10))).toBeNull();
    expect(detectFileType(docx.subarray(0, 200))).toBeNull();
    const broken = docx.slice();
    // point the central directory offset (EOCD + 16) past the start of the file's directory
    new DataView(broken.buffer).setUint32(broken.length - 6, 7, true);
    expect(detectFileType(broken)).toBeNull();
  });

  it("works on a view into a larger buffer, as Node's pooled Buffers are", () => {
    const big = concat(new Uint8Array(13).fill(0x20), xlsx, new Uint8Array(7));
    expect(detectFileType(big.subarray(13, 13 + xlsx.length))?.kind).toBe("xlsx");
  });

  it("refuses empty input and lookalike text", () => {
    expect(detectFileType(new Uint8Array(0))).toBeNull();
    expect(detectFileType(enc.encode("%PDF"))).toBeNull(); // too short to be the signature
    expect(detectFileType(enc.encode("PDF-1.4 không phải tệp PDF"))).toBeNull();
    expect(detectFileType(enc.encode("<!DOCTYPE html><title>Đơn</title>"))).toBeNull();
    expect(detectFileType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(detectFileType(PNG_1X1.subarray(0, 7))).toBeNull();
    expect(detectFileType(enc.encode("PK\u0003\u0004"))).toBeNull();
  });
});

describe("attachment limits", () => {
  it("are 10 MB and 3 files", () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(10_485_760);
    expect(MAX_ATTACHMENTS).toBe(3);
  });
});
