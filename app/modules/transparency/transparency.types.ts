/**
 * The shapes of the transparency figures, shared by the figures code, the pages, the reports and
 * the data files (/transparency.json is a public contract: keep the names stable).
 */

/** "2026", "2026-H1", "2026-H2", "2026-Q1" … "2026-Q4". */
export type PeriodCode = string;

export interface PeriodRange {
  code: PeriodCode;
  kind: "year" | "half" | "quarter";
  year: number;
  /** First and last day, YYYY-MM-DD (Vietnam calendar days). */
  from: string;
  to: string;
  /** First days of the months in the period. */
  months: string[];
  /** "2026-Q1"… the quarters in the period (procedure and e-document statistics are kept by quarter). */
  quarters: string[];
}

/** A rate with what it is made of; `value` (0..1) and the Wilson interval are null below the method's minimum cases. */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
  /** 95% Wilson score interval. */
  low: number | null;
  high: number | null;
}

/** The components of the index, each a score 0..100 or null when there is not enough data. */
export const COMPONENTS = [
  "responseRate",
  "onTimeRate",
  "publicationRate",
  "satisfaction",
  "reopenRate", // scored as 100 × (1 − rate): fewer reopened answers is better
  "hotline", // 100 when a hotline is published and verified within 180 days, else 0
  "proceduresComplete", // share of the agency's procedures complete and updated within 365 days
  "proceduresOnline", // share fully online
  "proceduresPostal", // share with postal receipt or return
  "documentsPublished", // share of the kinds planning, plan, budget with a document published in the period
  "consultations", // consultations held (null until the consultations feature exists)
  "dialogues", // dialogues taken part in (null until the dialogues feature exists)
] as const;
export type Component = (typeof COMPONENTS)[number];

export interface IndexMethod {
  version: number;
  /** Weight of each component; components without data are left out and their weight spread over the others. */
  weights: Record<Component, number>;
  /** Below this many cases a rate shows "not enough data" and is left out of the index. */
  minCases: number;
  noteVi: string;
  noteEn: string;
  createdAt: string;
}

export interface AgencyFigures {
  slug: string;
  name: string;
  nameEn: string | null;
  kind: string;
  received: number;
  answered: number;
  responseRate: number | null;
  onTimeRate: number | null;
  medianWorkingDays: number | null;
  publicationRate: number | null;
  satisfaction: number | null;
  reopenRate: number | null;
  /** Open petitions past their due date, as of now (all periods). */
  overdueOpen: number;
  index: number | null;
  rank: number | null;
  /** Each component: its score (0..100 or null), the weight used after spreading, and the rate behind it. */
  components: Record<Component, { score: number | null; weight: number; rate?: Rate; detail?: Record<string, number | boolean | null> }>;
  rates: {
    response: Rate;
    onTime: Rate;
    publication: Rate;
    satisfaction: Rate;
    reopen: Rate;
  };
}

export interface PlanTarget {
  key: "onlineUsed" | "edocElectronic" | "postalUsed" | "postalReceived" | "postalReturned";
  target: number; // 0..1
  actual: Rate;
}

export interface PciYear {
  year: number;
  transparencyScore: number;
  transparencyRank: number;
  provinces: number;
  targetRank: number; // 20 (of 63) in the plan
}

export interface TransparencyReport {
  period: PeriodCode;
  generatedAt: string; // ISO 8601 with time zone
  methodVersion: number;
  /** The weights of that method version (before spreading) and its minimum number of cases. */
  methodWeights: Record<Component, number>;
  minCases: number;
  /** True when these figures were frozen for a period that has ended (a later method does not change them). */
  snapshot: boolean;
  province: {
    name: string;
    /** English name of the province (the report's `name` is in the reader's language). */
    nameEn: string | null;
    received: number;
    answered: number;
    responseRate: number | null;
    onTimeRate: number | null;
    medianWorkingDays: number | null;
    publicationRate: number | null;
    satisfaction: number | null;
    reopenRate: number | null;
    overdueOpen: number;
    rates: AgencyFigures["rates"];
    targets: PlanTarget[];
    pci: PciYear[];
  };
  agencies: AgencyFigures[];
}
