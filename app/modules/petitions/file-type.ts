/**
 * What a petition attachment really is, judged by its bytes and never by its name or the browser's
 * Content-Type (both are whatever the sender says). PDF, JPEG and PNG have fixed signatures.
 * DOCX and XLSX are ZIP packages, so the ZIP's central directory is read from the end-of-central-
 * directory record and the entry names decide: a plain .zip, a .jar or an .exe with a ZIP appended
 * is none of ours. Macro-enabled Office files (.docm/.xlsm renamed) are refused as well: staff open
 * these attachments on office computers.
 */

/** Largest attachment accepted, in bytes (10 MB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Most attachments a petition may carry. */
export const MAX_ATTACHMENTS = 3;

export type FileKind = "pdf" | "jpeg" | "png" | "docx" | "xlsx";
export type DetectedFileType = { kind: FileKind; contentType: string; ext: string };

/** The attachment types we accept (checked by content), with their MIME type and usual extension. */
export const FILE_TYPES: Record<FileKind, DetectedFileType> = {
  pdf: { kind: "pdf", contentType: "application/pdf", ext: "pdf" },
  jpeg: { kind: "jpeg", contentType: "image/jpeg", ext: "jpg" },
  png: { kind: "png", contentType: "image/png", ext: "png" },
  docx: {
    kind: "docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ext: "docx",
  },
  xlsx: {
    kind: "xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ext: "xlsx",
  },
};

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Identifies an attachment by its leading bytes (and, for Office files, its ZIP directory). */
export function detectFileType(bytes: Uint8Array): DetectedFileType | null {
  if (startsWith(bytes, PDF_MAGIC)) return FILE_TYPES.pdf;
  if (startsWith(bytes, PNG_MAGIC)) return FILE_TYPES.png;
  if (startsWith(bytes, JPEG_MAGIC)) return FILE_TYPES.jpeg;
  // An Office package must start with a local file header: a ZIP appended to something else
  // (a self-extracting .exe) starts with that something else.
  if (startsWith(bytes, ZIP_LOCAL_MAGIC)) {
    const names = zipEntryNames(bytes);
    if (!names) return null;
    const kind = officeKind(names);
    return kind ? FILE_TYPES[kind] : null;
  }
  return null;
}

function officeKind(names: string[]): "docx" | "xlsx" | null {
  // Every OOXML package has [Content_Types].xml at its root; without it Word and Excel refuse the file.
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return null;
  const word = names.some((n) => n.startsWith("word/"));
  const xl = names.some((n) => n.startsWith("xl/"));
  if (word === xl) return null; // neither, or an odd package claiming to be both
  return word ? "docx" : "xlsx";
}

/**
 * Entry names from a ZIP's central directory, or null when the archive is malformed
 * (no end record, directory out of bounds, entries that do not point at local headers).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;

  let count: number = view.getUint16(eocd + 10, true);
  let cdSize: number = view.getUint32(eocd + 12, true);
  let cdOffset: number = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const z = readZip64End(view, eocd);
    if (!z) return null;
    ({ count, cdSize, cdOffset } = z);
  }
  if (count === 0 || cdOffset + cdSize > eocd) return null;

  const names: string[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize) return null;
    if (view.getUint32(p, true) !== SIG_CENTRAL) return null;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > cdOffset + cdSize) return null;
    // 0xffffffff means the real offset is in a ZIP64 extra field; only the name matters here.
    if (localOffset !== 0xffffffff) {
      if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== SIG_LOCAL) return null;
    }
    names.push(asciiName(bytes.subarray(p + 46, p + 46 + nameLen)));
    p = end;
  }
  return names;
}

// Names we look for are ASCII; other bytes (CP437 or UTF-8) only need to not match them.
function asciiName(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += c < 0x80 ? String.fromCharCode(c) : "\ufffd";
  return s;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, so it sits near the end.
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) !== SIG_EOCD) continue;
    // A real record's comment length reaches exactly to the end of the file.
    if (i + EOCD_SIZE + view.getUint16(i + 20, true) === view.byteLength) return i;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; cdSize: number; cdOffset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) return null;
  const recordAt = Number(view.getBigUint64(locator + 8, true));
  if (recordAt + 56 > locator || view.getUint32(recordAt, true) !== SIG_ZIP64_EOCD) return null;
  const count = Number(view.getBigUint64(recordAt + 32, true));
  const cdSize = Number(view.getBigUint64(recordAt + 40, true));
  const cdOffset = Number(view.getBigUint64(recordAt + 48, true));
  if (cdOffset + cdSize > recordAt) return null;
  return { count, cdSize, cdOffset };
}
