/**
 * Vietnamese text folding shared by what we store and what people type, so both sides agree:
 * NFC for storage; for search, tone marks and vowel marks dropped, "đ" → "d", lower case.
 * Folding in one place (not with PostgreSQL's unaccent) keeps PGlite and PostgreSQL identical,
 * and makes old/new tone placement (hoà / hòa) and NFD input fold to the same letters.
 */

/** NFC-normalises and trims a user-supplied string (what we store). */
export function nfc(text: string): string {
  return text.normalize("NFC");
}

/** Folds text for searching: "Đăng ký Hộ KINH DOANH" → "dang ky ho kinh doanh". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Folds several parts into one searchable string (nulls skipped). */
export function foldAll(...parts: Array<string | null | undefined | string[]>): string {
  return parts
    .flat()
    .filter((p): p is string => typeof p === "string" && p.length > 0)
    .map(fold)
    .filter(Boolean)
    .join(" ");
}
