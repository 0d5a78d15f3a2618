import { sql, type Kysely } from "kysely";

// Frozen in time: never edit once landed; add a new migration instead.
// Transparency figures: per agency and month rollups kept current with the petitions, the index
// method (versioned), snapshots of published figures, and the data petitions do not produce
// (procedure dossier statistics, electronic documents, the province's PCI results).

export async function up(db: Kysely<any>): Promise<void> {
  // Petitions by owner and month of filing (Vietnam time): what every rollup refresh reads.
  await db.schema.createIndex("petitions_agency_filed_idx").on("petitions").columns(["agency_id", "filed_at"]).execute();
  // Open311 lists requests newest first, by date range and optionally by topic.
  await db.schema.createIndex("petitions_filed_idx").on("petitions").columns(["filed_at desc", "id desc"]).execute();
  await db.schema.createIndex("petitions_topic_filed_idx").on("petitions").columns(["topic_id", "filed_at desc"]).execute();

  // One row per agency and month of filing, recomputed from that month's petitions whenever one changes.
  await db.schema
    .createTable("agency_month_stats")
    .addColumn("agency_id", "integer", (c) => c.notNull().references("agencies.id").onDelete("cascade"))
    .addColumn("month", "date", (c) => c.notNull()) // first day of the month
    .addColumn("received", "integer", (c) => c.notNull().defaultTo(0)) // not rejected as spam or duplicate
    .addColumn("answered", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("answered_on_time", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("answered_with_consent", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rated", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("satisfied", "integer", (c) => c.notNull().defaultTo(0)) // very satisfied + satisfied
    .addColumn("reopened", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("open", "integer", (c) => c.notNull().defaultTo(0))
    // Working days to answer: {"3": 12, "4": 7, ...} (a histogram, so medians add up over months)
    .addColumn("answer_days", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("refreshed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("agency_month_stats_pk", ["agency_id", "month"])
    .execute();
  await db.schema.createIndex("agency_month_stats_month_idx").on("agency_month_stats").column("month").execute();

  // The index method: weights and thresholds, versioned; a new version never rewrites published figures.
  await db.schema
    .createTable("index_methods")
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("weights", "jsonb", (c) => c.notNull())
    .addColumn("min_cases", "integer", (c) => c.notNull().defaultTo(5))
    .addColumn("note_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("note_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "integer", (c) => c.references("staff_users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Figures as published for a period that has ended (reports), under the method of that day.
  await db.schema
    .createTable("figure_snapshots")
    .addColumn("period", "text", (c) => c.primaryKey())
    .addColumn("method_version", "integer", (c) => c.notNull().references("index_methods.version"))
    .addColumn("data", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Dossier statistics per procedure and quarter (imported by CSV).
  await db.schema
    .createTable("procedure_stats")
    .addColumn("procedure_id", "integer", (c) => c.notNull().references("procedures.id").onDelete("cascade"))
    .addColumn("quarter", "text", (c) => c.notNull().check(sql`quarter ~ '^[0-9]{4}-Q[1-4]$'`))
    .addColumn("total", "integer", (c) => c.notNull().check(sql`total >= 0`))
    .addColumn("online", "integer", (c) => c.notNull().check(sql`online >= 0`))
    .addColumn("postal_received", "integer", (c) => c.notNull().check(sql`postal_received >= 0`))
    .addColumn("postal_returned", "integer", (c) => c.notNull().check(sql`postal_returned >= 0`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("procedure_stats_pk", ["procedure_id", "quarter"])
    .addCheckConstraint("procedure_stats_within_total", sql`online <= total and postal_received <= total and postal_returned <= total`)
    .execute();
  await db.schema.createIndex("procedure_stats_quarter_idx").on("procedure_stats").column("quarter").execute();

  // Documents exchanged between agencies, per agency and quarter: how many, how many electronically.
  await db.schema
    .createTable("edoc_stats")
    .addColumn("agency_id", "integer", (c) => c.notNull().references("agencies.id").onDelete("cascade"))
    .addColumn("quarter", "text", (c) => c.notNull().check(sql`quarter ~ '^[0-9]{4}-Q[1-4]$'`))
    .addColumn("total", "integer", (c) => c.notNull().check(sql`total >= 0`))
    .addColumn("electronic", "integer", (c) => c.notNull().check(sql`electronic >= 0 and electronic <= total`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("edoc_stats_pk", ["agency_id", "quarter"])
    .execute();

  // The province's PCI results per year (entered by administrators).
  await db.schema
    .createTable("pci_results")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("transparency_score", sql`numeric(4,2)`, (c) => c.notNull().check(sql`transparency_score between 0 and 10`))
    .addColumn("transparency_rank", "integer", (c) => c.notNull().check(sql`transparency_rank >= 1`))
    .addColumn("provinces", "integer", (c) => c.notNull().defaultTo(63))
    .addColumn("pci_score", sql`numeric(5,2)`)
    .addColumn("pci_rank", "integer")
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["pci_results", "edoc_stats", "procedure_stats", "figure_snapshots", "index_methods", "agency_month_stats"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  for (const index of ["petitions_topic_filed_idx", "petitions_filed_idx", "petitions_agency_filed_idx"]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
}
