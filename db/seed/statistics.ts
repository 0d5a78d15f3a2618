import type { Kysely } from "kysely";
import type { AgencyKind, Database } from "../types";
import { quarterDays, quarterIndex, quarterOf, quartersBetween } from "../../app/modules/statistics/statistics.schema";

/** The first quarter with demo statistics. */
const FIRST_QUARTER = "2025-Q1";

/**
 * Bình Phước's PCI Transparency results, 2018–2025. ILLUSTRATIVE demo figures: plausible scores
 * and ranks around the 2018 plan's baseline (26/63) and target (20/63), NOT the figures VCCI
 * published. Replace them with the real ones from pcivietnam.vn on /staff/data/pci.
 */
const DEMO_PCI: Array<{ year: number; score: number; rank: number; pci: number; pciRank: number }> = [
  { year: 2018, score: 6.18, rank: 31, pci: 63.92, pciRank: 28 },
  { year: 2019, score: 6.42, rank: 27, pci: 65.21, pciRank: 22 },
  { year: 2020, score: 6.05, rank: 36, pci: 64.18, pciRank: 31 },
  { year: 2021, score: 6.63, rank: 23, pci: 65.87, pciRank: 24 },
  { year: 2022, score: 6.31, rank: 29, pci: 64.73, pciRank: 30 },
  { year: 2023, score: 6.58, rank: 24, pci: 65.4, pciRank: 26 },
  { year: 2024, score: 6.94, rank: 18, pci: 66.82, pciRank: 19 },
  { year: 2025, score: 7.08, rank: 16, pci: 67.35, pciRank: 17 },
];
const DEMO_PCI_SOURCE = "Số liệu minh họa của bản demo, không phải số liệu VCCI công bố";

export interface SeedStatisticsOptions {
  /** The demo's "today" (YYYY-MM-DD, Vietnam time): quarters up to its quarter; the current one partly elapsed. */
  today: string;
}

/**
 * Seeds demo statistics: dossier figures for every procedure and e-document figures for every
 * agency, for each quarter from 2025-Q1 to today's quarter, and the province's PCI results for
 * 2018–2025 (years before today's). Idempotent: rows that exist are left alone (so figures an
 * administrator entered are kept), missing ones are added, e.g. the new quarter after a restart.
 * The numbers are deterministic (hashed from code and quarter), so two runs agree. Returns the
 * rows added. Does nothing without a province (not a demo database).
 */
export async function seedDemoStatistics(
  db: Kysely<Database>,
  opts: SeedStatisticsOptions,
): Promise<{ procedureStats: number; edocStats: number; pciResults: number }> {
  const added = { procedureStats: 0, edocStats: 0, pciResults: 0 };
  const current = quarterOf(opts.today);
  const quarters = quarterIndex(current) >= quarterIndex(FIRST_QUARTER) ? quartersBetween(FIRST_QUARTER, current) : [];
  return db.transaction().execute(async (tx) => {
    if (!(await tx.selectFrom("province").select("id").executeTakeFirst())) return added;

    const procedures = await tx.selectFrom("procedures").select(["id", "code", "online_level", "postal_receipt", "postal_return"]).orderBy("id").execute();
    const stats = procedures.flatMap((p) => quarters.map((q) => ({ procedure_id: p.id, quarter: q, ...procedureFigures(p, q, elapsed(q, opts.today)) })));
    for (let i = 0; i < stats.length; i += 1000) {
      const rows = await tx
        .insertInto("procedure_stats")
        .values(stats.slice(i, i + 1000))
        .onConflict((oc) => oc.columns(["procedure_id", "quarter"]).doNothing())
        .returning("procedure_id")
        .execute();
      added.procedureStats += rows.length;
    }

    const agencies = await tx.selectFrom("agencies").select(["id", "slug", "kind"]).orderBy("id").execute();
    const edocs = agencies.flatMap((a) => quarters.map((q) => ({ agency_id: a.id, quarter: q, ...edocFigures(a, q, elapsed(q, opts.today)) })));
    if (edocs.length) {
      const rows = await tx.insertInto("edoc_stats").values(edocs).onConflict((oc) => oc.columns(["agency_id", "quarter"]).doNothing()).returning("agency_id").execute();
      added.edocStats = rows.length;
    }

    const year = Number(opts.today.slice(0, 4));
    const pci = DEMO_PCI.filter((r) => r.year < year).map((r) => ({
      year: r.year,
      transparency_score: r.score.toFixed(2),
      transparency_rank: r.rank,
      provinces: 63,
      pci_score: r.pci.toFixed(2),
      pci_rank: r.pciRank,
      source: DEMO_PCI_SOURCE,
    }));
    if (pci.length) {
      const rows = await tx.insertInto("pci_results").values(pci).onConflict((oc) => oc.column("year").doNothing()).returning("year").execute();
      added.pciResults = rows.length;
    }
    return added;
  });
}

/** A number in [0, 1) from the parts: FNV-1a, then murmur3's finaliser to spread the bits. */
function unit(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("|")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** The share of the quarter that has passed by `today` (1 for past quarters). */
function elapsed(quarter: string, today: string): number {
  const { from, to } = quarterDays(quarter);
  if (today >= to) return 1;
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  return (day(today) - day(from) + 1) / (day(to) - day(from) + 1);
}

// Fewer dossiers in the quarter of Tết, more at the end of the year; a little growth year on year.
const SEASON = [0.82, 1, 1.04, 1.12];
const season = (quarter: string) => SEASON[quarterIndex(quarter) % 4] * (1 + 0.07 * (Number(quarter.slice(0, 4)) - 2025));

function procedureFigures(
  p: { code: string; online_level: "full" | "partial" | "none"; postal_receipt: boolean; postal_return: boolean },
  quarter: string,
  fraction: number,
) {
  const year = Number(quarter.slice(0, 4));
  // A few procedures are busy (business registration, land), most see tens of dossiers a quarter.
  const base = 4 + 600 * unit(p.code, "volume") ** 3;
  const rare = unit(p.code, "rare") < 0.12;
  let total = rare
    ? unit(p.code, quarter, "rare") < 0.6
      ? 0
      : 1 + Math.floor(3 * unit(p.code, quarter, "few"))
    : Math.round(base * season(quarter) * (0.8 + 0.4 * unit(p.code, quarter, "noise")));
  total = Math.round(total * fraction);

  // About four in five procedures offered online get online filings (more in 2026 than in 2025).
  const onlineUsed = p.online_level !== "none" && unit(p.code, "online-use") < (year >= 2026 ? 0.86 : 0.78);
  let online = 0;
  if (onlineUsed && total > 0) {
    const share = (p.online_level === "full" ? 0.45 + 0.45 * unit(p.code, "online-share") : 0.12 + 0.33 * unit(p.code, "online-share")) + (year >= 2026 ? 0.04 : 0);
    online = Math.max(1, Math.min(total, Math.round(total * share * (0.9 + 0.2 * unit(p.code, quarter, "online")))));
  }

  // Postal service only where published, and not every such procedure sees a postal transaction.
  const postalUsed = (p.postal_receipt || p.postal_return) && unit(p.code, "postal-use") < (year >= 2026 ? 0.74 : 0.68);
  let postalReceived = 0;
  let postalReturned = 0;
  if (postalUsed && total > 0) {
    // A dossier filed online is not also received by post.
    if (p.postal_receipt) postalReceived = Math.min(total - online, Math.round(total * (0.08 + 0.1 * unit(p.code, quarter, "post-in"))));
    if (p.postal_return) postalReturned = Math.min(total, Math.round(total * (0.1 + 0.1 * unit(p.code, quarter, "post-out"))));
  }
  return { total, online, postal_received: postalReceived, postal_returned: postalReturned };
}

const EDOC_VOLUME: Record<AgencyKind, [number, number]> = {
  department: [700, 1100],
  district: [1500, 1700],
  provincial_body: [400, 500],
  public_service_unit: [300, 400],
};

function edocFigures(a: { slug: string; kind: AgencyKind }, quarter: string, fraction: number) {
  const [low, spread] = EDOC_VOLUME[a.kind];
  const total = Math.round((low + spread * unit(a.slug, "edoc-volume")) * season(quarter) * (0.88 + 0.24 * unit(a.slug, quarter, "edoc")) * fraction);
  // Each agency has its own habit, improving a little every quarter: 85–97% electronic.
  const trend = 0.004 * (quarterIndex(quarter) - quarterIndex(FIRST_QUARTER));
  const share = Math.min(0.97, Math.max(0.85, 0.855 + 0.08 * unit(a.slug, "edoc-share") + trend + 0.02 * (unit(a.slug, quarter, "edoc-share") - 0.5)));
  return { total, electronic: Math.round(total * share) };
}
