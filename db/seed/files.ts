/**
 * Small but real attachment files for the demo documents: PDF 1.4, DOCX and XLSX.
 * No dependencies beyond node: built-ins; output is deterministic (no dates, fixed zip
 * timestamps) so that re-seeding produces byte-identical files.
 */
import { crc32 } from "node:zlib";
import type { SeedAttachment } from "./types";
import { FILE_TYPES } from "../../app/modules/petitions/file-type";



const enc = new TextEncoder();

/**
 * Build the file for a seed attachment. The title printed at the top of the file defaults to
 * the attachment label; callers that know the document title may pass it instead.
 */
export function makeAttachment(
  a: SeedAttachment,
  title: string = a.label_vi,
): { filename: string; contentType: string; data: Uint8Array } {
  let data: Uint8Array;
  switch (a.format) {
    case "pdf":
      data = makePdf(title, a.lines);
      break;
    case "docx":
      data = makeDocx(title, a.lines);
      break;
    case "xlsx":
      data = makeXlsx(
        title,
        a.lines.map((l) => l.split("|").map((c) => c.trim())),
      );
      break;
    default:
      throw new Error(`unknown attachment format: ${String((a as { format: unknown }).format)}`);
  }
  return { filename: a.filename, contentType: FILE_TYPES[a.format].contentType, data };
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

/**
 * Fold text to printable ASCII for the standard (WinAnsi) Helvetica font, which has no glyphs
 * for Vietnamese letters: drop diacritics, đ→d, Đ→D, typographic punctuation to ASCII.
 */
export function foldForPdf(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, "...")
    .replace(/[\u00a0\t]/g, " ")
    .replace(/[^\x20-\x7e]/g, "?");
}

function escapePdfString(s: string): string {
  return s.replace(/[\\()]/g, (c) => "\\" + c);
}

/** Word-wrap to at most `width` characters per line (hard-splitting over-long words). */
export function wrapText(s: string, width: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (let word of s.split(/ +/)) {
    while (word.length > width) {
      if (cur) {
        out.push(cur);
        cur = "";
      }
      out.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!cur) cur = word;
    else if (cur.length + 1 + word.length <= width) cur += " " + word;
    else {
      out.push(cur);
      cur = word;
    }
  }
  out.push(cur);
  return out;
}

/** PDF text string in UTF-16BE with BOM, so that document metadata keeps Vietnamese. */
function pdfUtf16Hex(s: string): string {
  let hex = "FEFF";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

const PDF_LINES_PER_PAGE = 50;
const PDF_WRAP = 90;
const PDF_TITLE_WRAP = 70;

type PdfLine = { font: "F1" | "F2"; size: number; text: string };

export function makePdf(title: string, lines: string[]): Uint8Array {
  // Lay out: title (bold), blank line, body lines; each layout line is one slot on a page.
  const layout: PdfLine[] = [];
  for (const t of wrapText(foldForPdf(title.normalize("NFC")), PDF_TITLE_WRAP)) {
    layout.push({ font: "F2", size: 13, text: t });
  }
  layout.push({ font: "F1", size: 10, text: "" });
  for (const line of lines) {
    const folded = foldForPdf(line.normalize("NFC"));
    for (const t of wrapText(folded, PDF_WRAP)) layout.push({ font: "F1", size: 10, text: t });
  }
  const pages: PdfLine[][] = [];
  for (let i = 0; i < layout.length; i += PDF_LINES_PER_PAGE) {
    pages.push(layout.slice(i, i + PDF_LINES_PER_PAGE));
  }

  const FIRST_PAGE_OBJ = 6;
  const pageObj = (i: number) => FIRST_PAGE_OBJ + 2 * i;
  const contentObj = (i: number) => FIRST_PAGE_OBJ + 2 * i + 1;
  const objects: string[] = []; // objects[n - 1] is the body of object n
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObj(i)} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
  objects[4] = `<< /Title ${pdfUtf16Hex(title.normalize("NFC"))} /Producer (Cong minh bach seed) >>`;
  pages.forEach((pageLines, i) => {
    objects[pageObj(i) - 1] =
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentObj(i)} 0 R >>`;
    const ops: string[] = ["BT", "15 TL", "56 790 Td"];
    let font = "";
    for (const l of pageLines) {
      const f = `/${l.font} ${l.size} Tf`;
      if (f !== font) {
        ops.push(f);
        font = f;
      }
      ops.push(`(${escapePdfString(l.text)}) Tj T*`);
    }
    ops.push("ET");
    ops.push(`BT /F1 8 Tf 270 28 Td (Trang ${i + 1}/${pages.length}) Tj ET`);
    const stream = ops.join("\n");
    objects[contentObj(i) - 1] = `<< /Length ${enc.encode(stream).length} >>\nstream\n${stream}\nendstream`;
  });

  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array | string) => {
    const bytes = typeof b === "string" ? enc.encode(b) : b;
    chunks.push(bytes);
    offset += bytes.length;
  };
  push("%PDF-1.4\n");
  push(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])); // binary marker comment
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    push(`${i + 1} 0 obj\n${body}\nendobj\n`);
  });
  const xrefAt = offset;
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, "0")} 00000 n \n`;
  push(xref);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  return concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// ZIP (STORE only)
// ---------------------------------------------------------------------------------------------

function concat(chunks: Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

// 1980-01-01 00:00:00 in MS-DOS format: fixed so that output is deterministic.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Write a ZIP archive with every entry STOREd (method 0). Entry names must be ASCII. */
export function makeZip(entries: { name: string; data: Uint8Array | string }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const data = typeof e.data === "string" ? enc.encode(e.data) : e.data;
    const crc = crc32(data) >>> 0;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed
    lv.setUint16(6, 0, true); // flags
    lv.setUint16(8, 0, true); // method: store
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);

    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true); // version made by
    cv.setUint16(6, 20, true); // version needed
    cv.setUint16(8, 0, true);
    cv.setUint16(10, 0, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, 0, true); // extra
    cv.setUint16(32, 0, true); // comment
    cv.setUint16(34, 0, true); // disk
    cv.setUint16(36, 0, true); // internal attrs
    cv.setUint32(38, 0, true); // external attrs
    cv.setUint32(42, offset, true);
    cd.set(name, 46);

    chunks.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
  }
  const cdBytes = concat(central);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdBytes.length, true);
  ev.setUint32(16, offset, true);
  return concat([...chunks, cdBytes, eocd]);
}

// ---------------------------------------------------------------------------------------------
// OOXML
// ---------------------------------------------------------------------------------------------

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function xmlEscape(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const REL_OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

function rootRels(target: string): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="${target}"/>` +
    "</Relationships>"
  );
}

function contentTypes(overrides: Record<string, string>): string {
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    Object.entries(overrides)
      .map(([part, ct]) => `<Override PartName="${part}" ContentType="${ct}"/>`)
      .join("") +
    "</Types>"
  );
}

export function makeDocx(title: string, lines: string[]): Uint8Array {
  const run = (text: string, rPr = "") =>
    `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
  const font = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>';
  const paras = [
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(title, `${font}<w:b/><w:sz w:val="28"/>`)}</w:p>`,
    ...lines.map((l) => `<w:p>${run(l, `${font}<w:sz w:val="26"/>`)}</w:p>`),
  ];
  const document =
    XML_DECL +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paras.join("") +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>' +
    "</w:sectPr></w:body></w:document>";
  return makeZip([
    {
      name: "[Content_Types].xml",
      data: contentTypes({
        "/word/document.xml":
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      }),
    },
    { name: "_rels/.rels", data: rootRels("word/document.xml") },
    { name: "word/document.xml", data: document },
  ]);
}

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(i: number): string {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Numeric cell text: plain decimal without leading zeros (so codes like "0271" stay text). */
const NUMERIC = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

export function makeXlsx(title: string, rows: string[][]): Uint8Array {
  // Row 1: title (bold); row 2: empty; row 3: header (bold); then data rows.
  const all: { cells: string[]; bold: boolean }[] = [
    { cells: [title], bold: true },
    { cells: [], bold: false },
    ...rows.map((cells, i) => ({ cells, bold: i === 0 })),
  ];
  const width = Math.max(1, ...rows.map((r) => r.length));
  const cols = Array.from({ length: width }, (_, i) => {
    const longest = Math.max(8, ...rows.map((r) => (r[i] ?? "").length));
    const w = Math.min(60, Math.max(i === 0 ? 30 : 14, longest + 2));
    return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
  }).join("");
  const sheetRows = all
    .map((row, ri) => {
      const r = ri + 1;
      const cells = row.cells
        .map((v, ci) => {
          const ref = `${columnName(ci)}${r}`;
          if (v === "") return "";
          if (!row.bold && NUMERIC.test(v)) {
            const style = v.includes(".") ? "" : ' s="2"';
            return `<c r="${ref}"${style}><v>${v}</v></c>`;
          }
          return `<c r="${ref}" t="inlineStr"${row.bold ? ' s="1"' : ""}><is><t xml:space="preserve">${xmlEscape(v)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r}">${cells}</row>`;
    })
    .join("");
  const sheet =
    XML_DECL +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<cols>${cols}</cols><sheetData>${sheetRows}</sheetData></worksheet>`;
  const workbook =
    XML_DECL +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const workbookRels =
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    "</Relationships>";
  const styles =
    XML_DECL +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    "</cellXfs>" +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>";
  return makeZip([
    {
      name: "[Content_Types].xml",
      data: contentTypes({
        "/xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "/xl/worksheets/sheet1.xml":
          "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        "/xl/styles.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
      }),
    },
    { name: "_rels/.rels", data: rootRels("xl/workbook.xml") },
    { name: "xl/workbook.xml", data: workbook },
    { name: "xl/_rels/workbook.xml.rels", data: workbookRels },
    { name: "xl/worksheets/sheet1.xml", data: sheet },
    { name: "xl/styles.xml", data: styles },
  ]);
}
