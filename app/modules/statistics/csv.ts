/**
 * CSV as spreadsheets write it (RFC 4180): fields separated by a comma, or by a semicolon as Excel
 * writes them where the decimal mark is a comma (Vietnamese locale); fields in double quotes may
 * hold the separator, line breaks and doubled quotes. Pure, no domain knowledge.
 */

export type Delimiter = "," | ";";

/** One record (row) of the file with the line it starts on (1-based, as a text editor counts). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvResult =
  | { ok: true; delimiter: Delimiter; records: CsvRecord[] }
  /** A quoted field never closed: everything after it would be misread, so nothing is returned. */
  | { ok: false; delimiter: Delimiter; error: "unterminated_quote"; line: number };

const BOM = "\uFEFF";

/**
 * Parses CSV text. A leading byte-order mark is dropped; the separator is the one named by an Excel
 * `sep=;` first line, else whichever of `,` and `;` the first record has more of outside quotes.
 * Lines ending in CRLF, LF or CR are all accepted. Blank records (empty lines, or only separators
 * as Excel writes for formatted empty rows) are left out but still counted in line numbers.
 * Outside the RFC, a quote inside an unquoted field, or text after a closing quote, is kept as text
 * (the values are validated afterwards anyway).
 */
export function parseCsv(input: string): CsvResult {
  let text = input.startsWith(BOM) ? input.slice(1) : input;
  let line = 1;
  let delimiter: Delimiter;
  const hint = /^sep=([,;])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (hint) {
    delimiter = hint[1] as Delimiter;
    text = text.slice(hint[0].length);
    line = 2;
  } else {
    delimiter = detectDelimiter(text);
  }

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false; // the current field was opened with a quote
  let inQuotes = false;
  let quoteLine = line;
  let recordLine = line;

  const endField = () => {
    cells.push(field);
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else if (c === "\r" || c === "\n") {
        // A line break inside a quoted field is part of the value (kept as \n) and still a line of the file.
        if (c === "\r" && text[i + 1] === "\n") i++;
        field += "\n";
        line++;
      } else {
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "" && !quoted) {
      inQuotes = true;
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      endField();
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (inQuotes) return { ok: false, delimiter, error: "unterminated_quote", line: quoteLine };
  if (field !== "" || quoted || cells.length > 0) endRecord();
  return { ok: true, delimiter, records };
}

/** `;` when the first record has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) {
      if (commas + semicolons > 0) break; // the first line that has any separator decides
    } else if (!inQuotes && c === ",") commas++;
    else if (!inQuotes && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Writes records as CSV with CRLF line ends, quoting only the fields that need it. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, delimiter: Delimiter = ","): string {
  return rows.map((row) => row.map((cell) => quoteCell(String(cell), delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}

function quoteCell(value: string, delimiter: Delimiter): string {
  const needs = value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r") || value !== value.trim();
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}
