import { sql, type Kysely } from "kysely";

// Frozen in time: never edit once landed; add a new migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("province")
    .addColumn("id", "integer", (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("area_code", "text", (c) => c.notNull())
    .addColumn("portal_name_vi", "text", (c) => c.notNull())
    .addColumn("portal_name_en", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("email", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hotline", "text", (c) => c.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("agencies")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text")
    .addColumn("short_name_vi", "text")
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('department','district','provincial_body','public_service_unit')`),
    )
    .addColumn("address", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("email", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("website", "text")
    .addColumn("head_name", "text")
    .addColumn("head_title_vi", "text")
    .addColumn("office_hours_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("office_hours_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("search_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_tsv", sql`tsvector`, (c) =>
      c.generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', search_name), 'A') || setweight(to_tsvector('simple', search_body), 'C')`,
      ).stored(),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("agencies_search_idx").on("agencies").using("gin").column("search_tsv").execute();
  await db.schema.createIndex("agencies_kind_sort_idx").on("agencies").columns(["kind", "sort_order"]).execute();

  await db.schema
    .createTable("hotlines")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("agency_id", "integer", (c) => c.notNull().references("agencies.id").onDelete("cascade"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("label_vi", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hours_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hours_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("verified_on", "date")
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("hotlines_agency_idx").on("hotlines").columns(["agency_id", "sort_order"]).execute();

  await db.schema
    .createTable("procedure_fields")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("procedures")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text")
    .addColumn("agency_id", "integer", (c) => c.notNull().references("agencies.id"))
    .addColumn("field_id", "integer", (c) => c.notNull().references("procedure_fields.id"))
    .addColumn("level", "text", (c) => c.notNull().defaultTo("province").check(sql`level in ('province','district','commune')`))
    .addColumn("online_level", "text", (c) => c.notNull().check(sql`online_level in ('full','partial','none')`))
    .addColumn("processing_days", "integer")
    .addColumn("processing_note_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("fee_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("required_documents_vi", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("steps_vi", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("legal_basis_vi", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("postal_receipt", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("postal_return", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("online_url", "text")
    .addColumn("updated_on", "date", (c) => c.notNull())
    .addColumn("search_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_tsv", sql`tsvector`, (c) =>
      c.generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', search_name), 'A') || setweight(to_tsvector('simple', search_body), 'C')`,
      ).stored(),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("procedures_search_idx").on("procedures").using("gin").column("search_tsv").execute();
  await db.schema.createIndex("procedures_agency_idx").on("procedures").columns(["agency_id", "name_vi"]).execute();
  await db.schema.createIndex("procedures_field_idx").on("procedures").columns(["field_id", "name_vi"]).execute();
  await db.schema.createIndex("procedures_name_idx").on("procedures").column("name_vi").execute();

  await db.schema
    .createTable("files")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("data", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("documents")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(
        sql`kind in ('planning','plan','budget','legal','support_policy','complaint_result','report','consultation_draft')`,
      ),
    )
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("title_vi", "text", (c) => c.notNull())
    .addColumn("title_en", "text")
    .addColumn("summary_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("summary_en", "text")
    .addColumn("agency_id", "integer", (c) => c.notNull().references("agencies.id"))
    .addColumn("signer", "text")
    .addColumn("issued_on", "date", (c) => c.notNull())
    .addColumn("effective_on", "date")
    .addColumn("published_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("search_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_tsv", sql`tsvector`, (c) =>
      c.generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', search_name), 'A') || setweight(to_tsvector('simple', search_body), 'C')`,
      ).stored(),
    )
    .execute();
  await db.schema.createIndex("documents_search_idx").on("documents").using("gin").column("search_tsv").execute();
  await db.schema.createIndex("documents_issued_idx").on("documents").columns(["issued_on", "id"]).execute();
  await db.schema.createIndex("documents_agency_idx").on("documents").columns(["agency_id", "issued_on"]).execute();
  await db.schema.createIndex("documents_kind_idx").on("documents").columns(["kind", "issued_on"]).execute();

  await db.schema
    .createTable("document_attachments")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("file_id", "integer", (c) => c.notNull().references("files.id"))
    .addColumn("label_vi", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("document_attachments_pk", ["document_id", "file_id"])
    .execute();

  await db.schema
    .createTable("holidays")
    .addColumn("date", "date", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('holiday','day_off','workday')`))
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "holidays",
    "document_attachments",
    "documents",
    "files",
    "procedures",
    "procedure_fields",
    "hotlines",
    "agencies",
    "province",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
