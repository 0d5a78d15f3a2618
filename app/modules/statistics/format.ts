import type { Lang } from "../../i18n";
import { QUARTER_PATTERN } from "./statistics.schema";

const locale = (lang: Lang) => (lang === "vi" ? "vi-VN" : "en-GB");

/** "2026-Q1" → "Quý 1/2026" (vi) or "Q1 2026" (en). */
export function quarterLabel(lang: Lang, quarter: string): string {
  const m = QUARTER_PATTERN.exec(quarter);
  if (!m) return quarter;
  return lang === "vi" ? `Quý ${m[2]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
}

/** A numeric(…,2) column's text ("6.45") as the reader writes it ("6,45" in Vietnamese). */
export function formatScore(lang: Lang, value: string | number): string {
  return Number(value).toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** part / whole as a percentage with one decimal ("93,4 %" / "93.4%"), or "–" when whole is 0. */
export function formatShare(lang: Lang, part: number, whole: number): string {
  if (whole <= 0) return "–";
  return (part / whole).toLocaleString(locale(lang), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
