import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../../db/types";
import type { Lang } from "../../i18n";
import { DomainError } from "../../utils/errors";
import { addDays, todayInVietnam, type WorkingCalendar } from "../calendar/calendar";
import { isHotlineStale } from "../agencies/agencies.server";
import { addHistogram, histogramCount, indexOf, medianFromHistogram, ranking, rate, scoreComponents } from "./figures";
import { isEnded, parsePeriod } from "./periods";
import * as q from "./transparency.queries.server";
import { getCurrentMethod, onMethodChange } from "./transparency.method.server";
import type { AgencyFigures, PciYear, PeriodCode, PeriodRange, PlanTarget, Rate, TransparencyReport } from "./transparency.types";

type Db = Kysely<Database> | Transaction<Database>;

/** A period code that is not "2026", "2026-H1" or "2026-Q3" (a 400 for the caller). */
export class BadPeriod extends DomainError {
  constructor(readonly period: string) {
    super(`unknown period ${JSON.stringify(period).slice(0, 40)}: use 2026, 2026-H1 or 2026-Q3`, 400, "bad_period");
  }
}

/** The province plan's targets (share of cases, 0..1) and the PCI transparency rank it aims for. */
export const PLAN_TARGETS: Record<PlanTarget["key"], number> = {
  onlineUsed: 0.8,
  edocElectronic: 0.9,
  postalUsed: 0.7,
  postalReceived: 0.1,
  postalReturned: 0.15,
};
export const PCI_TARGET_RANK = 20;

export interface ReportContext {
  /** Today in Vietnam (YYYY-MM-DD): what "overdue" and "ended" are measured against. Default: now. */
  today?: string;
  /** Names in this language (default Vietnamese; the English name falls back to the Vietnamese). */
  lang?: Lang;
  /** Accepted for symmetry with the petition functions; the figures come from rollups already counted in working days. */
  cal?: WorkingCalendar;
  /** The instant written as generatedAt (default now). */
  now?: Date;
}

/** An instant as ISO 8601 in Vietnam time: 2026-03-31T17:05:09+07:00. */
export function vietnamIso(d: Date): string {
  return `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

interface Sums {
  received: number;
  answered: number;
  answered_on_time: number;
  answered_with_consent: number;
  published: number;
  rated: number;
  satisfied: number;
  reopened: number;
  open: number;
  answer_days: Record<string, number>;
  overdue: number;
  overdueInPeriod: number;
}

const emptySums = (): Sums => ({
  received: 0,
  answered: 0,
  answered_on_time: 0,
  answered_with_consent: 0,
  published: 0,
  rated: 0,
  satisfied: 0,
  reopened: 0,
  open: 0,
  answer_days: {},
  overdue: 0,
  overdueInPeriod: 0,
});

function addSums(a: Sums, b: Sums): Sums {
  for (const k of ["received", "answered", "answered_on_time", "answered_with_consent", "published", "rated", "satisfied", "reopened", "open", "overdue", "overdueInPeriod"] as const) a[k] += b[k];
  addHistogram(a.answer_days, b.answer_days);
  return a;
}

/** The five petition rates of a sum, as the spec defines them. */
function ratesOf(s: Sums, minCases: number): AgencyFigures["rates"] {
  return {
    response: rate(s.answered, s.received, minCases),
    // Answered by the due date, out of the answered and the still open ones already past due.
    onTime: rate(s.answered_on_time, s.answered + s.overdueInPeriod, minCases),
    publication: rate(s.published, s.answered_with_consent, minCases),
    satisfaction: rate(s.satisfied, s.rated, minCases),
    reopen: rate(s.reopened, s.answered, minCases),
  };
}

/** The median is shown under the same rule as the rates: not below the minimum number of cases. */
function medianOf(s: Sums, minCases: number): number | null {
  return histogramCount(s.answer_days) >= Math.max(1, minCases) ? medianFromHistogram(s.answer_days) : null;
}

/**
 * The figures of every agency and the province for a period, computed now from the rollups with
 * the current method (names in Vietnamese; see localizeReport). Throws BadPeriod for a bad code.
 */
export async function computeReport(db: Db, periodCode: PeriodCode, ctx: ReportContext = {}): Promise<TransparencyReport> {
  const range = parsePeriod(periodCode);
  if (!range) throw new BadPeriod(String(periodCode));
  const today = ctx.today ?? todayInVietnam();
  const report = await buildReport(db, range, today, ctx.now ?? new Date());
  return localizeReport(report, ctx.lang ?? "vi");
}

async function buildReport(db: Db, range: PeriodRange, today: string, now: Date): Promise<TransparencyReport> {
  const method = await getCurrentMethod(db);
  const { minCases } = method;
  const from = q.startOfVietnamDay(range.from);
  const to = q.startOfVietnamDay(addDays(range.to, 1));
  // Disclosure is judged on the period's last day, or today while the period runs.
  const asOf = today < range.to ? today : range.to;

  const [agencies, rollups, overdue, hotlines, procedures, documents, plan, pci, province] = await Promise.all([
    q.listReportAgencies(db, range.months),
    q.listRollups(db, range.months),
    q.overdueByAgency(db, today, from, to),
    q.hotlinesByAgency(db),
    q.proceduresByAgency(db, asOf),
    q.disclosedDocumentsByAgency(db, from, to),
    q.planActuals(db, range.quarters),
    q.listPci(db, range.year),
    q.getProvinceNames(db),
  ]);

  const sums = new Map<number, Sums>();
  for (const r of rollups) {
    const s = sums.get(r.agency_id) ?? emptySums();
    addSums(s, { ...emptySums(), ...r, answer_days: r.answer_days ?? {} });
    sums.set(r.agency_id, s);
  }
  for (const [agencyId, o] of overdue) {
    const s = sums.get(agencyId) ?? emptySums();
    s.overdue += o.overdue;
    s.overdueInPeriod += o.inPeriod;
    sums.set(agencyId, s);
  }

  const provinceSums = emptySums();
  const figures: Array<Omit<AgencyFigures, "rank">> = agencies.map((a) => {
    const s = sums.get(a.id) ?? emptySums();
    addSums(provinceSums, s);
    const rates = ratesOf(s, minCases);
    const hl = hotlines.get(a.id);
    const pr = procedures.get(a.id) ?? { total: 0, complete: 0, online: 0, postal: 0 };
    const scored = scoreComponents({
      rates,
      hotline: { count: hl?.count ?? 0, verified: !!hl && !isHotlineStale(hl.verifiedOn, asOf) },
      procedures: {
        complete: rate(pr.complete, pr.total, minCases),
        online: rate(pr.online, pr.total, minCases),
        postal: rate(pr.postal, pr.total, minCases),
      },
      documents: documents.get(a.id) ?? { planning: 0, plan: 0, budget: 0 },
      consultations: null,
      dialogues: null,
    });
    const { index, used } = indexOf(scored, method.weights);
    const components = Object.fromEntries(Object.entries(scored).map(([c, v]) => [c, { ...v, weight: used[c as keyof typeof used] }])) as AgencyFigures["components"];
    return {
      slug: a.slug,
      name: a.name_vi,
      nameEn: a.name_en,
      kind: a.kind,
      received: s.received,
      answered: s.answered,
      responseRate: rates.response.value,
      onTimeRate: rates.onTime.value,
      medianWorkingDays: medianOf(s, minCases),
      publicationRate: rates.publication.value,
      satisfaction: rates.satisfaction.value,
      reopenRate: rates.reopen.value,
      overdueOpen: s.overdue,
      index,
      components,
      rates,
    };
  });

  const provinceRates = ratesOf(provinceSums, minCases);
  const targets: PlanTarget[] = [
    { key: "onlineUsed", target: PLAN_TARGETS.onlineUsed, actual: rate(plan.onlineUsed, plan.onlineProcedures, minCases) },
    { key: "edocElectronic", target: PLAN_TARGETS.edocElectronic, actual: rate(plan.edocElectronic, plan.edocTotal, minCases) },
    { key: "postalUsed", target: PLAN_TARGETS.postalUsed, actual: rate(plan.postalUsed, plan.postalProcedures, minCases) },
    { key: "postalReceived", target: PLAN_TARGETS.postalReceived, actual: rate(plan.postalReceived, plan.postalTotal, minCases) },
    { key: "postalReturned", target: PLAN_TARGETS.postalReturned, actual: rate(plan.postalReturned, plan.postalTotal, minCases) },
  ];
  const pciYears: PciYear[] = pci.map((p) => ({
    year: p.year,
    transparencyScore: Number(p.transparency_score),
    transparencyRank: p.transparency_rank,
    provinces: p.provinces,
    targetRank: PCI_TARGET_RANK,
  }));

  return {
    period: range.code,
    generatedAt: vietnamIso(now),
    methodVersion: method.version,
    methodWeights: method.weights,
    minCases: method.minCases,
    snapshot: false,
    province: {
      name: province?.name_vi ?? "",
      nameEn: province?.name_en ?? null,
      received: provinceSums.received,
      answered: provinceSums.answered,
      responseRate: provinceRates.response.value,
      onTimeRate: provinceRates.onTime.value,
      medianWorkingDays: medianOf(provinceSums, minCases),
      publicationRate: provinceRates.publication.value,
      satisfaction: provinceRates.satisfaction.value,
      reopenRate: provinceRates.reopen.value,
      overdueOpen: provinceSums.overdue,
      rates: provinceRates,
      targets,
      pci: pciYears,
    },
    agencies: ranking(figures),
  };
}

/** The report with names in `lang`, from the Vietnamese form every report is computed and stored in (English falls back to Vietnamese). */
export function localizeReport(report: TransparencyReport, lang: Lang): TransparencyReport {
  if (lang === "vi") return report;
  return {
    ...report,
    province: { ...report.province, name: report.province.nameEn || report.province.name },
    agencies: report.agencies.map((a) => ({ ...a, name: a.nameEn || a.name })),
  };
}

// ---------------------------------------------------------------------------------------------
// Published figures: snapshots of ended periods, a short cache for running ones
// ---------------------------------------------------------------------------------------------

const CACHE_TTL_MS = 30_000;
const CACHE_MAX = 200;
type Slot = { expires: number; report: Promise<TransparencyReport> };
// Per database handle, so tests (and tools) with several databases never see each other's figures.
let cache = new WeakMap<object, Map<string, Slot>>();

/** Drops cached reports (after a new method version or an import of statistics); with a handle, only that one's. */
export function invalidateReportCache(db?: Db): void {
  if (db) cache.delete(db);
  else cache = new WeakMap();
}
onMethodChange(() => invalidateReportCache());

/**
 * The published figures of a period. For a period ended more than SNAPSHOT_GRACE_DAYS ago, the first call stores them
 * (with the method version of that day) and every later call returns that snapshot, even after a
 * new method version; a running period is computed live. Cached in-process for 30 s per period,
 * language and day. Throws BadPeriod for a bad code.
 */
export async function getReport(db: Kysely<Database>, periodCode: PeriodCode, ctx: ReportContext = {}): Promise<TransparencyReport> {
  const range = parsePeriod(periodCode);
  if (!range) throw new BadPeriod(String(periodCode));
  const today = ctx.today ?? todayInVietnam();
  const lang = ctx.lang ?? "vi";
  const key = `${range.code}|${lang}|${today}`;
  const now = Date.now();
  let slots = cache.get(db);
  if (!slots) cache.set(db, (slots = new Map()));
  const hit = slots.get(key);
  if (hit && hit.expires > now) return hit.report;
  if (slots.size >= CACHE_MAX) for (const [k, s] of slots) if (s.expires <= now || slots.size >= CACHE_MAX) slots.delete(k);

  const report = (async () => localizeReport(await publishedReport(db, range, today, ctx.now ?? new Date()), lang))();
  const slot: Slot = { expires: now + CACHE_TTL_MS, report };
  slots.set(key, slot);
  // A failed computation must not stay cached.
  report.catch(() => {
    if (slots.get(key) === slot) slots.delete(key);
  });
  return report;
}

/**
 * Days after a period ends before its figures are frozen: agencies still enter the period's
 * procedure and e-document statistics in that time, and the 6-month report is due after it.
 */
export const SNAPSHOT_GRACE_DAYS = 30;

async function publishedReport(db: Kysely<Database>, range: PeriodRange, today: string, now: Date): Promise<TransparencyReport> {
  if (!isEnded({ to: addDays(range.to, SNAPSHOT_GRACE_DAYS) }, today)) return buildReport(db, range, today, now);
  const stored = await q.getSnapshot(db, range.code);
  if (stored) return { ...(stored.data as TransparencyReport), snapshot: true };
  const report = { ...(await buildReport(db, range, today, now)), snapshot: true };
  await q.insertSnapshot(db, range.code, report.methodVersion, report);
  // Another server may have stored its own a moment earlier: everyone publishes the stored one.
  const winner = await q.getSnapshot(db, range.code);
  return { ...((winner?.data as TransparencyReport | undefined) ?? report), snapshot: true };
}

/** The period a data file shows when none is asked for: the current year. */
export function defaultPeriod(today = todayInVietnam()): PeriodCode {
  return today.slice(0, 4);
}

export type { Rate };

/** How long browsers and proxies may keep a data file: a minute while the period runs, an hour once its figures are frozen. */
export function dataFileMaxAge(report: Pick<TransparencyReport, "snapshot">): number {
  return report.snapshot ? 3600 : 60;
}

/**
 * The query of /transparency.json and /transparency.csv: ?period= (default: the current year) and
 * ?lang=en for English names. The cookie is ignored on purpose: a data file is the same for everyone,
 * so shared caches may keep it.
 */
export function dataFileQuery(request: Request, today = todayInVietnam()): { period: PeriodCode; lang: Lang } | { error: string } {
  const params = new URL(request.url).searchParams;
  const period = params.get("period")?.trim() || defaultPeriod(today);
  if (!parsePeriod(period)) return { error: new BadPeriod(period).message };
  return { period, lang: params.get("lang") === "en" ? "en" : "vi" };
}
