import { fold } from "./normalize";

/** Words people add to a search that name the kind of thing rather than the thing ("thủ tục đăng ký…"). */
const FILLER_PHRASES = ["thu tuc hanh chinh", "thu tuc", "tthc", "nhu the nao", "lam the nao", "o dau"];
const MAX_TERMS = 12;

export interface SearchQuery {
  /** The folded words that must all appear, e.g. ["dang","ky","kinh","doanh"]. */
  terms: string[];
  /** to_tsquery('simple', …) text: every word required, the last one also as a prefix. */
  all: string;
  /**
   * The fallback when no row has every word: any adjacent pair of them as a phrase (most
   * Vietnamese words are two syllables, so "hòa giải đất đai" falls back to "hòa giải" or
   * "đất đai", not to every text with "đất" in it); any single word when only two were typed.
   */
  any: string;
  /** Every word within the name (weight A), to rank name matches above body matches. */
  inName: string;
  /** The folded phrase, to rank rows whose name holds it as typed above scattered matches. */
  phrase: string;
}

/**
 * Turns what a person typed into a diacritic-insensitive full-text query, or null when nothing
 * searchable is left. "Thủ tục đăng ký kinh doanh", "thu tuc dang ky kinh doanh" and the same
 * in NFD give the same query.
 */
export function parseSearch(input: string | null | undefined): SearchQuery | null {
  if (!input) return null;
  let folded = ` ${fold(input)} `;
  const full = folded.trim();
  for (const filler of FILLER_PHRASES) {
    const stripped = folded.replace(` ${filler} `, " ");
    // Only drop the filler when something else is left to look for.
    if (stripped.trim()) folded = stripped;
  }
  const terms = folded.trim().split(" ").filter(Boolean).slice(0, MAX_TERMS);
  if (!terms.length) return null;
  // fold() leaves only letters and digits, so these words are safe inside to_tsquery.
  const last = terms.length - 1;
  const withPrefix = terms.map((t, i) => (i === last ? `${t}:*` : t));
  const inName = terms.map((t, i) => (i === last ? `${t}:*A` : `${t}:A`)).join(" & ");
  return {
    terms,
    all: withPrefix.join(" & "),
    inName,
    any:
      terms.length > 2
        ? withPrefix
            .slice(1)
            .map((t, i) => `(${withPrefix[i]} <-> ${t})`)
            .join(" | ")
        : withPrefix.join(" | "),
    phrase: terms.length > 1 ? terms.join(" ") : full,
  };
}
