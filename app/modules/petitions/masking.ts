/**
 * Masking of a filer's personal data in text that gets published (the answer, the subject).
 * The spec's promise is that published text never shows the filer's email, phone, address or ID
 * numbers, so where a number is ambiguous we lean towards hiding it; what we must not hide are the
 * things an answer letter is made of: dates, amounts of money, document numbers and business tax
 * codes. Names and addresses are matched on folded text (no tone or vowel marks, đ → d, lower case)
 * so that NFD input, "Hoà"/"Hòa" and a name typed without diacritics are all found; positions are
 * mapped back to the original so everything around a match is left exactly as written.
 */
import { isMobilePhone, isNationalPhone, normalizeVietnamesePhone, toNationalDigits } from "./phone";
import { isValidTaxCode } from "./tax-code";

export const MASKS = {
  email: "[email đã ẩn]",
  phone: "[số điện thoại đã ẩn]",
  id: "[số giấy tờ đã ẩn]",
  name: "[người gửi]",
  address: "[địa chỉ đã ẩn]",
  redacted: "[đã ẩn]",
} as const;

export type KnownPersonalData = {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
  idNumbers?: string[];
};

type Span = { start: number; end: number; mask: string };

// ---------------------------------------------------------------------------------------------
// Folding with a map back to the original text
// ---------------------------------------------------------------------------------------------

type Folded = { text: string; start: number[]; end: number[] };

function foldChar(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch.toLowerCase(); // most of any text
  return ch.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Folds NFC text one character at a time, remembering where each folded unit came from. */
function foldMapped(text: string): Folded {
  let out = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    out += f;
    i += ch.length;
  }
  return { text: out, start, end };
}

function fold(text: string): string {
  return foldMapped(text.normalize("NFC")).text;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const NOT_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_AFTER = "(?![\\p{L}\\p{N}])";

/** Runs a pattern over the folded text and returns the matching ranges of the original. */
function spansOf(
  text: string,
  folded: Folded,
  pattern: RegExp,
  mask: string,
  accept: (start: number, end: number) => boolean = () => true,
): Span[] {
  const spans: Span[] = [];
  for (const m of folded.text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    const start = folded.start[m.index];
    let end = folded.end[m.index + m[0].length - 1];
    // combining marks NFC could not compose fold to nothing: keep them with the masked letter
    while (end < text.length && /\p{M}/u.test(text[end])) end++;
    if (accept(start, end)) spans.push({ start, end, mask });
  }
  return spans;
}

/** Replaces spans (overlaps merged, so nothing is left half-shown) and returns NFC text. */
function applySpans(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = "";
  let at = 0;
  for (const s of merged) {
    out += text.slice(at, s.start) + s.mask;
    at = s.end;
  }
  return (out + text.slice(at)).normalize("NFC");
}

// ---------------------------------------------------------------------------------------------
// Emails
// ---------------------------------------------------------------------------------------------

// Bounded parts (RFC 5321 limits) keep a long run of letters from costing quadratic time.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;

function emailSpans(text: string, known?: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(EMAIL)) spans.push({ start: m.index, end: m.index + m[0].length, mask: MASKS.email });
  const k = known?.normalize("NFC").trim();
  if (k) {
    // the filer's own address even when it is not shaped like one the pattern knows
    const re = new RegExp(escapeRegExp(k), "giu");
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, mask: MASKS.email });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers and identity numbers
// ---------------------------------------------------------------------------------------------

// What may sit between digit groups of one number: "0912 345 678", "0912.345.678", "(0271) 3879".
const JOIN = /^[ \u00a0.\-()]{1,3}$/;
const MAX_GROUPS = 6;
const MAX_DIGITS = 15;

const CURRENCY_AFTER = /^\s*(?:dong|d|vnd|trieu|ty|ti|nghin|ngan|usd|\$|₫)(?![\p{L}\p{N}])/u;
const MONEY_BEFORE =
  /(?:so tien|kinh phi|gia tri|ngan sach|chi phi|le phi|muc phat|phat tien|tong cong|thanh tien)[^\d.;!?\n]{0,25}$/u;
const ID_BEFORE =
  /(?:cmnd|cccd|cmt|can cuoc(?: cong dan)?|chung minh(?: nhan dan)?|dinh danh(?: ca nhan)?|ho chieu|giay to tuy than)[\s:.,]*(?:so)?[\s:.]*$/u;

type NumberContext = {
  digits: string;
  plus: boolean;
  groups: number;
  before: () => string; // folded text just before the number (computed on demand: it is costly)
  after: string; // raw text just after it
  knownPhones: Set<string>;
  knownIds: Set<string>;
};

type NumberKind = "phone" | "legacy" | "id";
// When several readings of the same digit groups fit, a current phone number wins, then an ID
// number, then a number in a pre-2017/2018 shape ("legacy", still masked): "0912 345 678 15 hộ"
// is a mobile and a 15, not a 12-digit CCCD; "0912 345 678 2 lần" not an old 11-digit number.
// ID numbers are grouped 3-3-3(-3), 4-4-4 or 6-6, which never starts with a phone-length reading.
const RANK: Record<NumberKind, number> = { phone: 3, id: 2, legacy: 1 };

function classifyNumber(c: NumberContext): NumberKind | null {
  const { digits, plus } = c;
  if (c.knownIds.has(digits)) return "id";
  const national = toNationalDigits(digits, plus);
  if (c.knownPhones.has(digits) || (national && c.knownPhones.has(national))) return "phone";
  if (digits.length < 8) return null; // nothing we hide is shorter
  const idCue = () => ID_BEFORE.test(c.before());
  if (digits.startsWith("0")) {
    if (digits.length === 10) {
      // A business's branch tax code ("0300588569-001") is never how a phone is written.
      if (c.groups === 1 && /^-\d{3}(?!\d)/.test(c.after) && isValidTaxCode(digits)) return null;
      if (isMobilePhone(digits)) return "phone";
      // A 10-digit tax code written in one piece stays; any other 0-number of phone length is
      // a landline in some format (current 02…, or pre-2017 like 04 3825 1234).
      if (c.groups === 1 && isValidTaxCode(digits) && !idCue()) return null;
      return isNationalPhone(digits) ? "phone" : "legacy";
    }
    if (digits.length === 11) return isNationalPhone(digits) ? "phone" : "legacy"; // or an old 01x mobile
    if (digits.length === 9 || digits.length === 12) return "id"; // CMND, CCCD (CCCD starts with 0)
    return null;
  }
  // Amounts of money never start with 0; a number that does not is money when it looks like it.
  const money = () => CURRENCY_AFTER.test(fold(c.after.slice(0, 12))) || MONEY_BEFORE.test(c.before());
  if (plus) {
    // "+84 4 3825 1234" (before 2017) is as private as a current number
    if (digits.startsWith("84") && /^0\d{9,10}$/.test(national)) return isNationalPhone(national) ? "phone" : "legacy";
    if (!digits.startsWith("84") && !money()) return "phone"; // another country
    return null;
  }
  if (digits.length <= 12 && idCue()) return "id";
  if (digits.length === 9) return money() ? null : "id";
  if (digits.startsWith("84") && (digits.length === 11 || digits.length === 12) && isNationalPhone(national)) {
    return money() ? null : "phone";
  }
  return null;
}

type Group = { start: number; end: number; digits: string };

function numberSpans(text: string, knownPhones: Set<string>, knownIds: Set<string>): Span[] {
  // Full-width digits (some phone keyboards) count as digits; one UTF-16 unit each, so indices hold.
  const scan = text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const groups: Group[] = [...scan.matchAll(/\d+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    digits: m[0],
  }));
  const isDigit = (i: number) => i >= 0 && i < scan.length && scan[i] >= "0" && scan[i] <= "9";
  // "1.079.085.001.234": a group after a thousands dot continues a number, it does not start one.
  const canStart = (g: Group) => !(scan[g.start - 1] === "." && isDigit(g.start - 2));
  const canEnd = (g: Group) => !(scan[g.end] === "." && isDigit(g.end + 1));

  const spans: Span[] = [];
  let i = 0;
  while (i < groups.length) {
    let next = i + 1;
    if (canStart(groups[i])) {
      const plus = scan[groups[i].start - 1] === "+";
      const from = groups[i].start - (plus ? 1 : 0);
      let folded: string | undefined;
      const before = () => (folded ??= fold(scan.slice(Math.max(0, from - 40), from)));
      const candidates: { j: number; digits: string }[] = [{ j: i, digits: groups[i].digits }];
      for (let j = i + 1; j < groups.length && j < i + MAX_GROUPS; j++) {
        if (!JOIN.test(scan.slice(groups[j - 1].end, groups[j].start))) break;
        const digits = candidates[candidates.length - 1].digits + groups[j].digits;
        if (digits.length > MAX_DIGITS) break;
        candidates.push({ j, digits });
      }
      // Best kind first (RANK), and the longest reading of that kind.
      let found: { j: number; kind: NumberKind } | null = null;
      for (let k = candidates.length - 1; k >= 0; k--) {
        const { j, digits } = candidates[k];
        if (!canEnd(groups[j])) continue;
        const kind = classifyNumber({
          digits,
          plus,
          groups: j - i + 1,
          before,
          after: scan.slice(groups[j].end, groups[j].end + 20),
          knownPhones,
          knownIds,
        });
        if (kind && (!found || RANK[kind] > RANK[found.kind])) found = { j, kind };
      }
      if (found) {
        const { j, kind } = found;
        let start = groups[i].start;
        if (plus) start--;
        // "(0271) 3879 555", "(+84) 912…": the opening bracket belongs to the number
        if (scan[start - 1] === "(" && j > i && scan[groups[i].end] === ")") start--;
        spans.push({ start, end: groups[j].end, mask: kind === "id" ? MASKS.id : MASKS.phone });
        next = j + 1;
      }
    }
    i = next;
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Names and addresses
// ---------------------------------------------------------------------------------------------

function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const HONORIFICS = "ong|ba|anh|chi|em|co|chu|bac|di|cu|cau";
// Checked on the original word too: folded "co" is also "có" (has), "chi" also "chỉ" (only).
const HONORIFIC_WORDS = new Set([
  ..."ông bà anh chị em cô chú bác dì cụ cậu".split(" "),
  ...HONORIFICS.split("|"), // typed without diacritics
]);

function previousWord(text: string, at: number): string {
  return (/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? "").toLowerCase();
}

function isCapitalised(text: string, at: number): boolean {
  const ch = String.fromCodePoint(text.codePointAt(at) ?? 0x20);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function nameSpans(text: string, folded: Folded, name: string): Span[] {
  const t = tokens(name);
  if (t.length === 0) return [];
  const full = new RegExp(NOT_BEFORE + t.map(escapeRegExp).join("\\s+") + NOT_AFTER, "gu");
  if (t.length === 1) {
    // A one-word name ("Hòa") is also an ordinary word ("hòa giải", "Cộng hòa"): only a
    // capitalised, not shouted, occurrence is taken to be the person.
    return spansOf(text, folded, full, MASKS.name, (s, e) => isCapitalised(text, s) && !/^\P{Ll}+$/u.test(text.slice(s, e)));
  }
  const spans = spansOf(text, folded, full, MASKS.name);
  // Letters go on to call the filer by title and given name: "ông Hòa", "bà Mai".
  const given = escapeRegExp(t[t.length - 1]);
  const titled = new RegExp(`(?<=${NOT_BEFORE}(?:${HONORIFICS})\\s+)${given}${NOT_AFTER}`, "gu");
  spans.push(
    ...spansOf(text, folded, titled, MASKS.name, (s) => isCapitalised(text, s) && HONORIFIC_WORDS.has(previousWord(text, s))),
  );
  return spans;
}

// Abbreviations official letters use for the parts of an address ("P. Tân Phú, TP. Đồng Xoài").
const ADDRESS_ABBREVIATIONS: [string[], string][] = [
  [["thanh", "pho"], "tp"],
  [["thi", "xa"], "tx"],
  [["thi", "tran"], "tt"],
  [["khu", "pho"], "kp"],
  [["phuong"], "p"],
  [["duong"], "d"],
  [["quan"], "q"],
  [["huyen"], "h"],
  [["xa"], "x"],
];

const SEP = "[^\\p{L}\\p{N}]+";

function addressPattern(t: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < t.length; ) {
    const long = ADDRESS_ABBREVIATIONS.find(([words]) => words.every((w, k) => t[i + k] === w));
    const short = long ? undefined : ADDRESS_ABBREVIATIONS.find(([, abbr]) => t[i] === abbr);
    const entry = long ?? short;
    parts.push(entry ? `(?:${entry[0].join(SEP)}|${entry[1]})` : escapeRegExp(t[i]));
    i += long ? long[0].length : 1;
  }
  // "số 12 đường …" is as often written "12 đường …": the leading "số" is optional
  if (t[0] === "so" && /^\d/.test(t[1] ?? "")) return `(?:so${SEP})?` + parts.slice(1).join(SEP);
  return parts.join(SEP);
}

function addressSpans(text: string, folded: Folded, address: string): Span[] {
  const segments = address
    .normalize("NFC")
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => tokens(s).length > 0);
  if (segments.length === 0) return [];
  const spans: Span[] = [];
  const firstHasNumber = /\d/.test(segments[0]);
  for (let k = segments.length; k >= 1; k--) {
    const t = tokens(segments.slice(0, k).join(", "));
    // The house number and street on their own identify the home; "phường Tân Phú" alone does not.
    if (k < segments.length && !(firstHasNumber && t.length >= 3)) break;
    const re = new RegExp(NOT_BEFORE + addressPattern(t) + NOT_AFTER, "gu");
    spans.push(...spansOf(text, folded, re, MASKS.address));
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

function digitsOf(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, "");
}

/** Masks emails, phone and ID numbers, and the filer's name and address in text to be published. */
export function maskPersonalData(text: string, known: KnownPersonalData): string {
  const nfc = text.normalize("NFC");
  const folded = foldMapped(nfc);

  const knownPhones = new Set<string>();
  if (known.phone) {
    const n = normalizeVietnamesePhone(known.phone);
    const d = digitsOf(known.phone);
    // also without its 0, as written after a country code someone forgot ("912 345 678")
    if (n) knownPhones.add(n).add(n.slice(1));
    // an old or odd number the filer gave is still theirs; short fragments would hit dates
    if (d.length >= 8) knownPhones.add(toNationalDigits(d));
  }
  const knownIds = new Set<string>();
  const literalIds: string[] = [];
  for (const id of known.idNumbers ?? []) {
    const trimmed = id.normalize("NFC").trim();
    if (/^[\d\s.\-]+$/.test(trimmed)) {
      const d = digitsOf(trimmed);
      if (d.length >= 6) knownIds.add(d);
    } else if (trimmed.length >= 6) {
      literalIds.push(trimmed); // passport numbers such as "C1234567"
    }
  }

  const spans: Span[] = [
    ...emailSpans(nfc, known.email),
    ...numberSpans(nfc, knownPhones, knownIds),
  ];
  for (const id of literalIds) {
    const re = new RegExp(NOT_BEFORE + escapeRegExp(fold(id)) + NOT_AFTER, "gu");
    spans.push(...spansOf(nfc, folded, re, MASKS.id));
  }
  if (known.address) spans.push(...addressSpans(nfc, folded, known.address));
  if (known.name) spans.push(...nameSpans(nfc, folded, known.name));
  return applySpans(nfc, spans);
}

/** Replaces each phrase an officer chose to hide (any case, diacritics or normalisation) with "[đã ẩn]". */
export function maskWithRedactions(text: string, redactions: string[]): string {
  const nfc = text.normalize("NFC");
  const folded = foldMapped(nfc);
  const spans: Span[] = [];
  for (const phrase of redactions) {
    const words = fold(phrase).split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    // Whole words only where the phrase has a word edge: "Hòa" must not hide part of "Hòang".
    const first = words[0];
    const last = words[words.length - 1];
    const pre = /^[\p{L}\p{N}]/u.test(first) ? NOT_BEFORE : "";
    const post = /[\p{L}\p{N}]$/u.test(last) ? NOT_AFTER : "";
    const re = new RegExp(pre + words.map(escapeRegExp).join("\\s+") + post, "gu");
    spans.push(...spansOf(nfc, folded, re, MASKS.redacted));
  }
  return applySpans(nfc, spans);
}
