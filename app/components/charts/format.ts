/** Number formats shared by the charts and the transparency pages (Vietnamese: "85,3%"; English: "85.3%"). */
export type NumberLang = "vi" | "en";

function numberFormat(lang: NumberLang, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A share 0..1 as a percentage with one decimal; `missing` when null. */
export function formatPercent(lang: NumberLang, value: number | null | undefined, missing = "–", digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  return `${numberFormat(lang, digits).format(value * 100)}%`;
}

/** A score (index 0..100, PCI 0..10) with one decimal; `missing` when null. */
export function formatScore(lang: NumberLang, value: number | null | undefined, missing = "–", digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  return numberFormat(lang, digits).format(value);
}

/** A count or a whole number, with the language's thousands separator. */
export function formatCount(lang: NumberLang, value: number | null | undefined, missing = "–"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  return numberFormat(lang, 0).format(value);
}
