import { en } from "./en";
import { vi, type MessageKey } from "./vi";

export type Lang = "vi" | "en";
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Returns a t() for one language; {name} placeholders are filled from vars. */
export function translator(lang: Lang): Translate {
  const messages = catalogues[lang];
  return (key, vars) => {
    const text = messages[key] ?? vi[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

/** Picks the Vietnamese or English variant of a data field, falling back to Vietnamese. */
export function pick(lang: Lang, viText: string, enText: string | null | undefined): string {
  return lang === "en" && enText ? enText : viText;
}

/** "2025-04-26" → "26/04/2025" (vi) or "26 Apr 2025" (en). */
export function formatDate(lang: Lang, date: string | Date | null | undefined): string {
  if (!date) return "";
  const iso = typeof date === "string" ? date.slice(0, 10) : toVietnamDate(date);
  const [y, m, d] = iso.split("-");
  if (lang === "vi") return `${d}/${m}/${y}`;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
}

function toVietnamDate(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function formatNumber(lang: Lang, n: number): string {
  return n.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB");
}
