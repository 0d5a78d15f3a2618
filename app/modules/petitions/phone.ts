/**
 * Vietnamese phone numbers as people type them ("+84 912 345 678", "0912.345.678",
 * "(0271) 3879 555") reduced to the national digits we store and compare ("0912345678").
 * Mobile: 10 digits starting 03, 05, 07, 08 or 09 (the 01x mobile prefixes were moved to these in
 * 2018). Landline: 02 + area code + subscriber, 10 or 11 digits (all area codes became 2xx in 2017;
 * Hà Nội 024 and TP HCM 028 are the two-digit ones, so their subscriber numbers are longer).
 * Area codes are not checked against a table: a renumbering would otherwise refuse real numbers.
 */

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{8,9}$/;

/** Whether national-format digits are a current mobile or landline number. */
export function isNationalPhone(digits: string): boolean {
  return MOBILE.test(digits) || LANDLINE.test(digits);
}

/** Whether national-format digits are a mobile number. */
export function isMobilePhone(digits: string): boolean {
  return MOBILE.test(digits);
}

/**
 * Turns a digit string that may carry the country code into national form: "84912345678" and
 * "0084912345678" become "0912345678". A "0" typed after the country code ("+84 0912…", a common
 * slip) is kept rather than doubled. Digits already in national form come back unchanged.
 */
export function toNationalDigits(digits: string, hadPlus = false): string {
  let rest: string | null = null;
  if (digits.startsWith("0084")) rest = digits.slice(4);
  // National numbers start with 0, so a leading 84 can only be the country code.
  else if (digits.startsWith("84")) rest = digits.slice(2);
  else if (hadPlus) return ""; // another country's number
  if (rest === null) return digits;
  return rest.startsWith("0") ? rest : "0" + rest;
}

/** Normalises a typed Vietnamese phone number to national digits ("0912345678"), or null. */
export function normalizeVietnamesePhone(input: string): string | null {
  const trimmed = input.normalize("NFKC").trim();
  // Only digits, grouping (spaces, dots, dashes, parentheses) and a leading "+" are phone-like.
  if (!/^[\d\s.\-()+]+$/.test(trimmed)) return null;
  let compact = trimmed.replace(/[\s.\-()]/g, "");
  let hadPlus = false;
  if (compact.startsWith("+")) {
    hadPlus = true;
    compact = compact.slice(1);
  }
  if (!/^\d+$/.test(compact)) return null; // a "+" in the middle
  const national = toNationalDigits(compact, hadPlus);
  return isNationalPhone(national) ? national : null;
}

/** Length of the area-code prefix of a landline, "0" included: 3 for 024/028, else 4. */
function areaCodeLength(national: string): number {
  return national.startsWith("024") || national.startsWith("028") ? 3 : 4;
}

/**
 * Formats a phone number for display: "0912 345 678", "0271 3879 555", "024 3825 1234".
 * Input that is not a valid number comes back unchanged, so showing stored data never fails.
 */
export function formatVietnamesePhone(phone: string): string {
  const n = normalizeVietnamesePhone(phone);
  if (!n) return phone;
  if (MOBILE.test(n)) return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  const area = areaCodeLength(n);
  const sub = n.slice(area);
  const split = sub.length >= 7 ? 4 : 3;
  return `${n.slice(0, area)} ${sub.slice(0, split)} ${sub.slice(split)}`;
}
