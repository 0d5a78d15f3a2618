import { sql, type Kysely } from "kysely";

// Frozen in time: never edit once landed; add a new migration instead.
// Petitions, their timeline and attachments; staff accounts, sessions and the audit log;
// rate limits; the email outbox.

export async function up(db: Kysely<any>): Promise<void> {
  // A secret shared by every app server when SESSION_SECRET is not set (signing CSRF and access tokens).
  await db.schema
    .createTable("app_secrets")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("topics")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("forward_days", "integer", (c) => c.notNull().defaultTo(5).check(sql`forward_days between 1 and 60`))
    .addColumn("answer_days", "integer", (c) => c.notNull().defaultTo(15).check(sql`answer_days between 1 and 120`))
    .addColumn("update_days", "integer", (c) => c.notNull().defaultTo(7).check(sql`update_days between 1 and 60`))
    .addColumn("publish_days", "integer", (c) => c.notNull().defaultTo(2).check(sql`publish_days between 1 and 30`))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .execute();

  // PA-YYYY-NNNNNN: one row per year, locked while a petition takes its number (no gaps, no repeats).
  await db.schema
    .createTable("petition_counters")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("last", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("petitions")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("submission_key", "text", (c) => c.notNull().unique())
    .addColumn("access_token_hash", "text", (c) => c.notNull())
    .addColumn("filer_type", "text", (c) => c.notNull().check(sql`filer_type in ('citizen','business')`))
    .addColumn("filer_name", "text", (c) => c.notNull())
    .addColumn("filer_email", "text", (c) => c.notNull())
    .addColumn("filer_phone", "text")
    .addColumn("filer_address", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("business_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("tax_code", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("lang", "text", (c) => c.notNull().defaultTo("vi").check(sql`lang in ('vi','en')`))
    .addColumn("agency_id", "integer", (c) => c.references("agencies.id")) // null: the province triage queue
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id"))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("public_consent", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("received")
        .check(sql`status in ('received','in_progress','waiting_for_filer','answered','published','transferred','rejected','withdrawn')`),
    )
    .addColumn("filed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("received_on", "date", (c) => c.notNull())
    .addColumn("forward_due_on", "date", (c) => c.notNull())
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("paused_on", "date")
    .addColumn("paused_days", "integer", (c) => c.notNull().defaultTo(0)) // working days waiting for the filer
    .addColumn("answered_on", "date")
    .addColumn("publish_due_on", "date")
    .addColumn("published_on", "date")
    .addColumn("closed_on", "date")
    .addColumn("reopen_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("reject_reason", "text", (c) => c.check(sql`reject_reason in ('duplicate','spam','out_of_scope','insufficient_info')`))
    .addColumn("answer", "text")
    .addColumn("answered_by", "integer")
    // What the public sees once published: masked automatically, then redacted by the officer.
    .addColumn("published_subject", "text")
    .addColumn("published_body", "text")
    .addColumn("published_answer", "text")
    .addColumn("published_business_name", "text")
    .addColumn("rating", "text", (c) => c.check(sql`rating in ('very_satisfied','satisfied','not_satisfied')`))
    .addColumn("rating_comment", "text")
    .addColumn("rated_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // Search over published resolutions only (filled on publish from the masked text).
    .addColumn("search_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_tsv", sql`tsvector`, (c) =>
      c.generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', search_name), 'A') || setweight(to_tsvector('simple', search_body), 'C')`,
      ).stored(),
    )
    .execute();
  await db.schema.createIndex("petitions_agency_status_due_idx").on("petitions").columns(["agency_id", "status", "due_on"]).execute();
  await db.schema.createIndex("petitions_status_due_idx").on("petitions").columns(["status", "due_on"]).execute();
  await db.schema
    .createIndex("petitions_published_idx")
    .on("petitions")
    .columns(["published_on desc", "id desc"])
    .where(sql.ref("status"), "=", "published")
    .execute();
  await db.schema
    .createIndex("petitions_published_agency_idx")
    .on("petitions")
    .columns(["agency_id", "published_on desc"])
    .where(sql.ref("status"), "=", "published")
    .execute();
  await db.schema.createIndex("petitions_search_idx").on("petitions").using("gin").column("search_tsv").execute();

  await db.schema
    .createTable("petition_attachments")
    .addColumn("petition_id", "integer", (c) => c.notNull().references("petitions.id").onDelete("cascade"))
    .addColumn("file_id", "integer", (c) => c.notNull().references("files.id"))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("petition_attachments_pk", ["petition_id", "file_id"])
    .execute();

  await db.schema
    .createTable("staff_users")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique()) // stored lower case
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('officer','admin')`))
    .addColumn("agency_id", "integer", (c) => c.references("agencies.id"))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("last_login_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("staff_users_officer_agency", sql`role = 'admin' or agency_id is not null`)
    .execute();

  await db.schema
    .createTable("petition_events")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("petition_id", "integer", (c) => c.notNull().references("petitions.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull()) // filed, an action name, or reminder
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("actor", "text", (c) => c.notNull().check(sql`actor in ('filer','staff','system')`))
    .addColumn("staff_user_id", "integer", (c) => c.references("staff_users.id"))
    .addColumn("agency_id", "integer", (c) => c.references("agencies.id")) // the owner after the event
    .addColumn("message", "text")
    .addColumn("public", "boolean", (c) => c.notNull().defaultTo(true)) // notes are staff-only
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("petition_events_petition_idx").on("petition_events").columns(["petition_id", "id"]).execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey()) // sha256 of the cookie's value
    .addColumn("staff_user_id", "integer", (c) => c.notNull().references("staff_users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_seen_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("staff_user_id").execute();
  await db.schema.createIndex("sessions_last_seen_idx").on("sessions").column("last_seen_at").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("staff_user_id", "integer", (c) => c.references("staff_users.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .addColumn("ip", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("audit_log_entity_idx").on("audit_log").columns(["entity", "entity_id", "id"]).execute();
  await db.schema.createIndex("audit_log_user_idx").on("audit_log").columns(["staff_user_id", "id"]).execute();

  // Fixed-window counters, shared by every app server.
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "timestamptz", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("rate_limits_pk", ["key", "window_start"])
    .execute();
  await db.schema.createIndex("rate_limits_window_idx").on("rate_limits").column("window_start").execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("template", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull().defaultTo("vi"))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("petition_id", "integer", (c) => c.references("petitions.id").onDelete("set null"))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`status in ('pending','sending','sent','kept','failed')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("lease_until", "timestamptz")
    .addColumn("last_error", "text")
    .addColumn("provider_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("sent_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("outbox_due_idx")
    .on("outbox")
    .columns(["next_attempt_at", "id"])
    .where(sql.ref("status"), "in", ["pending", "sending"])
    .execute();
  await db.schema.createIndex("outbox_created_idx").on("outbox").columns(["created_at desc", "id desc"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "outbox",
    "rate_limits",
    "audit_log",
    "sessions",
    "petition_events",
    "staff_users",
    "petition_attachments",
    "petitions",
    "petition_counters",
    "topics",
    "app_secrets",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
