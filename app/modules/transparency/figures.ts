/**
 * The arithmetic of the transparency figures (pure): rates with Wilson intervals, medians from
 * histograms, component scores, the index and the ranking. Every number a reader sees is rounded
 * here, once, and the index is computed from the rounded scores, so the published CSV and the
 * methodology are enough to recompute it exactly.
 */
import { COMPONENTS, type AgencyFigures, type Component, type Rate } from "./transparency.types";

/** z for a two-sided 95% interval. */
export const Z95 = 1.959964;

/** Rates and interval bounds are published with 4 decimals, component scores (0..100) with 2, the index with 1. */
export const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  // The epsilon keeps 0.125 → 0.13 (binary floating point stores some halves just below).
  return Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * f) / f;
};

/** The 95% Wilson score interval of k successes in n trials; null when n = 0. */
export function wilson(k: number, n: number, z = Z95): { low: number; high: number } | null {
  if (!(n > 0) || k < 0 || k > n) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/** k out of n as a Rate: value and interval (4 decimals) only when n reaches `minCases` ("not enough data" below). */
export function rate(k: number, n: number, minCases: number): Rate {
  if (n < Math.max(1, minCases) || k < 0 || k > n) return { numerator: k, denominator: n, value: null, low: null, high: null };
  const w = wilson(k, n)!;
  return { numerator: k, denominator: n, value: round(k / n, 4), low: round(w.low, 4), high: round(w.high, 4) };
}

/** How many cases a histogram {"3": 12, "4": 7} holds. */
export function histogramCount(hist: Record<string, number>): number {
  let n = 0;
  for (const v of Object.values(hist)) n += v > 0 ? v : 0;
  return n;
}

/** Adds histogram `b` into `a` (returns a). */
export function addHistogram(a: Record<string, number>, b: Record<string, number> | null | undefined): Record<string, number> {
  for (const [k, v] of Object.entries(b ?? {})) if (v > 0) a[k] = (a[k] ?? 0) + v;
  return a;
}

/** The median of a histogram of whole days (the mean of the two middle values for an even count); null when empty. */
export function medianFromHistogram(hist: Record<string, number>): number | null {
  const entries = Object.entries(hist)
    .map(([k, v]) => [Number(k), v] as const)
    .filter(([k, v]) => Number.isFinite(k) && v > 0)
    .sort((a, b) => a[0] - b[0]);
  const n = entries.reduce((s, [, v]) => s + v, 0);
  if (n === 0) return null;
  // 1-based positions of the middle value(s).
  const lo = Math.floor((n + 1) / 2);
  const hi = Math.floor(n / 2) + 1;
  let seen = 0;
  let atLo: number | null = null;
  for (const [k, v] of entries) {
    seen += v;
    if (atLo === null && seen >= lo) atLo = k;
    if (seen >= hi) return (atLo! + k) / 2;
  }
  return atLo;
}

/** What one agency's components are made of, for one period. */
export interface ComponentInputs {
  rates: AgencyFigures["rates"];
  hotline: { count: number; verified: boolean };
  procedures: { complete: Rate; online: Rate; postal: Rate };
  /** Documents of each kind published in the period. */
  documents: { planning: number; plan: number; budget: number };
  consultations?: number | null;
  dialogues?: number | null;
}

export type ComponentScore = { score: number | null; rate?: Rate; detail?: Record<string, number | boolean | null> };

/** A rate's score: 100 × value (2 decimals), null when there is not enough data. */
export function rateScore(r: Rate, invert = false): number | null {
  if (r.value === null) return null;
  return round(100 * (invert ? 1 - r.value : r.value), 2);
}

/** Each component's score (0..100, or null when not enough data) with the rate or detail behind it. */
export function scoreComponents(input: ComponentInputs): Record<Component, ComponentScore> {
  const { rates, hotline, procedures, documents } = input;
  const kinds = [documents.planning, documents.plan, documents.budget].filter((n) => n > 0).length;
  return {
    responseRate: { score: rateScore(rates.response), rate: rates.response },
    onTimeRate: { score: rateScore(rates.onTime), rate: rates.onTime },
    publicationRate: { score: rateScore(rates.publication), rate: rates.publication },
    satisfaction: { score: rateScore(rates.satisfaction), rate: rates.satisfaction },
    // Fewer reopened answers is better.
    reopenRate: { score: rateScore(rates.reopen, true), rate: rates.reopen },
    hotline: { score: hotline.verified ? 100 : 0, detail: { hotlines: hotline.count, verified: hotline.verified } },
    proceduresComplete: { score: rateScore(procedures.complete), rate: procedures.complete },
    proceduresOnline: { score: rateScore(procedures.online), rate: procedures.online },
    proceduresPostal: { score: rateScore(procedures.postal), rate: procedures.postal },
    documentsPublished: { score: round((100 * kinds) / 3, 2), detail: { ...documents, kinds } },
    consultations: { score: input.consultations ?? null, detail: { held: input.consultations ?? null } },
    dialogues: { score: input.dialogues ?? null, detail: { held: input.dialogues ?? null } },
  };
}

/**
 * The index: Σ score × weight / Σ weight over the components that have a score (the weight of the
 * others is spread over these), rounded to 1 decimal; null when no weighted component has a score.
 * `used` gives each component's share of the index in percent (0 when left out), 4 decimals.
 */
export function indexOf(components: Record<Component, { score: number | null }>, weights: Record<Component, number>): { index: number | null; used: Record<Component, number> } {
  let sumW = 0;
  let sum = 0;
  for (const c of COMPONENTS) {
    const s = components[c].score;
    const w = weights[c] ?? 0;
    if (s === null || !(w > 0)) continue;
    sumW += w;
    sum += s * w;
  }
  const used = {} as Record<Component, number>;
  for (const c of COMPONENTS) {
    const w = weights[c] ?? 0;
    used[c] = sumW > 0 && components[c].score !== null && w > 0 ? round((100 * w) / sumW, 4) : 0;
  }
  return { index: sumW > 0 ? round(sum / sumW, 1) : null, used };
}

/**
 * Ranks by index, highest first: equal indexes share a rank (1, 2, 2, 4), agencies without an
 * index are unranked (null). Returns the items ordered by rank (unranked last), then by name.
 */
export function ranking<T extends { index: number | null; name: string }>(items: T[]): Array<T & { rank: number | null }> {
  const collator = new Intl.Collator("vi");
  const sorted = [...items].sort((a, b) => {
    if (a.index === null || b.index === null) return a.index === null && b.index === null ? collator.compare(a.name, b.name) : a.index === null ? 1 : -1;
    return b.index - a.index || collator.compare(a.name, b.name);
  });
  let rank = 0;
  return sorted.map((item, i) => {
    if (item.index === null) return { ...item, rank: null };
    if (i === 0 || sorted[i - 1].index !== item.index) rank = i + 1;
    return { ...item, rank };
  });
}
