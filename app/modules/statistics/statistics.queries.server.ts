import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../../db/types";

type Db = Kysely<Database> | Transaction<Database>;

/** The audit entity and id of CSV imports (one audit row per import; looked up through the entity index). */
export const IMPORT_AUDIT = { entity: "procedure_stats", entityId: "import" } as const;

// --- procedures --------------------------------------------------------------------------------

/**
 * Every procedure code with its id. Read in full on an import only: the province's list of
 * procedures is reference data of a few thousand rows at most.
 */
export async function procedureIdsByCode(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom("procedures").select(["id", "code"]).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export interface ProcedureStatValues {
  procedure_id: number;
  quarter: string;
  total: number;
  online: number;
  postal_received: number;
  postal_returned: number;
}

/** Inserts or replaces figures per (procedure, quarter); says how many rows were new. */
export async function upsertProcedureStats(db: Db, rows: ProcedureStatValues[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  // 7 parameters a row: 1,000 rows stay far below PostgreSQL's 65,535 parameters a statement.
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const result = await db
      .insertInto("procedure_stats")
      .values(chunk.map((r) => ({ ...r, updated_at: new Date() })))
      .onConflict((oc) =>
        oc.columns(["procedure_id", "quarter"]).doUpdateSet((eb) => ({
          total: eb.ref("excluded.total"),
          online: eb.ref("excluded.online"),
          postal_received: eb.ref("excluded.postal_received"),
          postal_returned: eb.ref("excluded.postal_returned"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      // xmax is 0 on a freshly inserted row version, set on one written by ON CONFLICT DO UPDATE.
      .returning(sql<boolean>`(xmax = 0)`.as("inserted"))
      .execute();
    inserted += result.filter((r) => r.inserted).length;
  }
  return { inserted, updated: rows.length - inserted };
}

/** Per agency for one quarter: procedures, procedures with figures, sums, and how many online/postal procedures were used. */
export async function procedureStatsByAgency(db: Db, quarter: string) {
  const rows = await db
    .selectFrom("procedures as p")
    .innerJoin("agencies as a", "a.id", "p.agency_id")
    .leftJoin("procedure_stats as s", (j) => j.onRef("s.procedure_id", "=", "p.id").on("s.quarter", "=", quarter))
    .select((eb) => [
      "a.slug",
      "a.name_vi",
      "a.name_en",
      eb.fn.countAll<string>().as("procedures"),
      eb.fn.count<string>("s.procedure_id").as("reported"),
      sql<string>`coalesce(sum(s.total), 0)`.as("total"),
      sql<string>`coalesce(sum(s.online), 0)`.as("online"),
      sql<string>`coalesce(sum(s.postal_received), 0)`.as("postal_received"),
      sql<string>`coalesce(sum(s.postal_returned), 0)`.as("postal_returned"),
      sql<string>`count(*) filter (where p.online_level <> 'none')`.as("online_offered"),
      sql<string>`count(*) filter (where p.online_level <> 'none' and s.online > 0)`.as("online_used"),
      sql<string>`count(*) filter (where p.postal_receipt or p.postal_return)`.as("postal_offered"),
      sql<string>`count(*) filter (where (p.postal_receipt or p.postal_return) and (s.postal_received > 0 or s.postal_returned > 0))`.as("postal_used"),
    ])
    .groupBy(["a.id", "a.slug", "a.name_vi", "a.name_en", "a.sort_order"])
    .orderBy("a.sort_order")
    .orderBy("a.name_vi")
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name_vi: r.name_vi,
    name_en: r.name_en,
    procedures: Number(r.procedures),
    reported: Number(r.reported),
    total: Number(r.total),
    online: Number(r.online),
    postal_received: Number(r.postal_received),
    postal_returned: Number(r.postal_returned),
    online_offered: Number(r.online_offered),
    online_used: Number(r.online_used),
    postal_offered: Number(r.postal_offered),
    postal_used: Number(r.postal_used),
  }));
}

/** How many procedures exist and how many have figures for a quarter. */
export async function procedureStatsCoverage(db: Db, quarter: string): Promise<{ procedures: number; reported: number }> {
  const [all, reported] = await Promise.all([
    db.selectFrom("procedures").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("procedure_stats").select((eb) => eb.fn.countAll<string>().as("n")).where("quarter", "=", quarter).executeTakeFirstOrThrow(),
  ]);
  return { procedures: Number(all.n), reported: Number(reported.n) };
}

/** The latest imports (from the audit log), newest first. */
export async function recentImports(db: Db, limit = 5) {
  const rows = await db
    .selectFrom("audit_log as l")
    .leftJoin("staff_users as u", "u.id", "l.staff_user_id")
    .select(["l.id", "l.created_at", "l.after", "u.name"])
    .where("l.entity", "=", IMPORT_AUDIT.entity)
    .where("l.entity_id", "=", IMPORT_AUDIT.entityId)
    .orderBy("l.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const after = (typeof r.after === "string" ? JSON.parse(r.after) : r.after) as { file?: string; rows?: number } | null;
    return { id: Number(r.id), at: new Date(r.created_at), who: r.name ?? "", file: after?.file ?? "", rows: after?.rows ?? 0 };
  });
}

/** Procedures for the fill-in template: code and name, by agency order then code. */
export async function listProceduresForTemplate(db: Db) {
  return db
    .selectFrom("procedures as p")
    .innerJoin("agencies as a", "a.id", "p.agency_id")
    .select(["p.code", "p.name_vi"])
    .orderBy("a.sort_order")
    .orderBy("p.code")
    .execute();
}

// --- agencies and e-documents ------------------------------------------------------------------

/** An active agency by slug (id, names), or undefined. */
export async function findAgency(db: Db, slug: string) {
  return db.selectFrom("agencies").select(["id", "slug", "name_vi", "name_en"]).where("slug", "=", slug).where("active", "=", true).executeTakeFirst();
}

export async function findAgencyById(db: Db, id: number) {
  return db.selectFrom("agencies").select(["id", "slug", "name_vi", "name_en"]).where("id", "=", id).executeTakeFirst();
}

/** One agency's e-document figures for a quarter, or undefined. */
export async function getEdocStats(db: Db, agencyId: number, quarter: string) {
  return db.selectFrom("edoc_stats").select(["total", "electronic", "updated_at"]).where("agency_id", "=", agencyId).where("quarter", "=", quarter).executeTakeFirst();
}

/** One agency's e-document figures for the given quarters, newest first. */
export async function listEdocStatsOfAgency(db: Db, agencyId: number, quarters: string[]) {
  if (quarters.length === 0) return [];
  return db
    .selectFrom("edoc_stats")
    .select(["quarter", "total", "electronic", "updated_at"])
    .where("agency_id", "=", agencyId)
    .where("quarter", "in", quarters)
    .orderBy("quarter", "desc")
    .execute();
}

/** Every active agency with its e-document figures for a quarter (null when not entered). */
export async function listEdocStatsForQuarter(db: Db, quarter: string) {
  return db
    .selectFrom("agencies as a")
    .leftJoin("edoc_stats as e", (j) => j.onRef("e.agency_id", "=", "a.id").on("e.quarter", "=", quarter))
    .select(["a.slug", "a.name_vi", "a.name_en", "e.total", "e.electronic", "e.updated_at"])
    .where("a.active", "=", true)
    .orderBy("a.sort_order")
    .orderBy("a.name_vi")
    .execute();
}

/** How many active agencies there are and how many entered figures for a quarter. */
export async function edocCoverage(db: Db, quarter: string): Promise<{ agencies: number; reported: number }> {
  const row = await db
    .selectFrom("agencies as a")
    .leftJoin("edoc_stats as e", (j) => j.onRef("e.agency_id", "=", "a.id").on("e.quarter", "=", quarter))
    .select((eb) => [eb.fn.countAll<string>().as("agencies"), eb.fn.count<string>("e.agency_id").as("reported")])
    .where("a.active", "=", true)
    .executeTakeFirstOrThrow();
  return { agencies: Number(row.agencies), reported: Number(row.reported) };
}

/** Inserts or replaces one agency's figures for a quarter. */
export async function upsertEdocStats(db: Db, row: { agency_id: number; quarter: string; total: number; electronic: number }): Promise<void> {
  await db
    .insertInto("edoc_stats")
    .values({ ...row, updated_at: new Date() })
    .onConflict((oc) =>
      oc.columns(["agency_id", "quarter"]).doUpdateSet((eb) => ({
        total: eb.ref("excluded.total"),
        electronic: eb.ref("excluded.electronic"),
        updated_at: eb.ref("excluded.updated_at"),
      })),
    )
    .execute();
}

// --- PCI ---------------------------------------------------------------------------------------

const PCI_COLUMNS = ["year", "transparency_score", "transparency_rank", "provinces", "pci_score", "pci_rank", "source"] as const;

/** Every PCI year entered, newest first. */
export async function listPciResults(db: Db) {
  return db.selectFrom("pci_results").select(PCI_COLUMNS).orderBy("year", "desc").execute();
}

export async function getPciResult(db: Db, year: number) {
  return db.selectFrom("pci_results").select(PCI_COLUMNS).where("year", "=", year).executeTakeFirst();
}

export interface PciValues {
  year: number;
  transparency_score: string;
  transparency_rank: number;
  provinces: number;
  pci_score: string | null;
  pci_rank: number | null;
  source: string;
}

/** Inserts or replaces a year's result. */
export async function upsertPciResult(db: Db, row: PciValues): Promise<void> {
  await db
    .insertInto("pci_results")
    .values(row)
    .onConflict((oc) =>
      oc.column("year").doUpdateSet((eb) => ({
        transparency_score: eb.ref("excluded.transparency_score"),
        transparency_rank: eb.ref("excluded.transparency_rank"),
        provinces: eb.ref("excluded.provinces"),
        pci_score: eb.ref("excluded.pci_score"),
        pci_rank: eb.ref("excluded.pci_rank"),
        source: eb.ref("excluded.source"),
      })),
    )
    .execute();
}
