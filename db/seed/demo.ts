import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "../types";
import { agencySearchText } from "../../app/modules/agencies/agencies.server";
import { insertAgency, insertHotlines } from "../../app/modules/agencies/agencies.queries.server";
import { procedureSearchText } from "../../app/modules/procedures/procedures.server";
import { documentSearchText } from "../../app/modules/documents/documents.server";
import { attachFile, insertDocument, insertFile } from "../../app/modules/documents/documents.queries.server";
import { agencies } from "./data/agencies";
import { fields } from "./data/fields";
import { procedures } from "./data/procedures";
import { documents } from "./data/documents";
import { makeAttachment } from "./files";
import { seedHolidays } from "./holidays";

export const DEMO_PROVINCE = {
  id: 1,
  name_vi: "Bình Phước",
  name_en: "Binh Phuoc",
  area_code: "0271",
  portal_name_vi: "Cổng minh bạch tỉnh Bình Phước",
  portal_name_en: "Binh Phuoc Transparency Portal",
  address: "Số 01 đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
  email: "ubnd@binhphuoc.gov.vn",
  hotline: "0271 3 860 001",
};

/**
 * Seeds the demo province when the database has none yet (so restarts keep what users changed).
 * Returns true when it seeded. The holiday calendar is loaded whatever the case (it is reference data).
 */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  const existing = await db.selectFrom("province").select("id").executeTakeFirst();
  if (existing) return false;
  return db.transaction().execute(async (tx) => {
    // Several app servers may start together: one seeds, the others wait here and find it done.
    await sql`select pg_advisory_xact_lock(hashtext('portal:seed-demo'))`.execute(tx);
    if (await tx.selectFrom("province").select("id").executeTakeFirst()) return false;
    await seedHolidays(tx as unknown as Kysely<Database>);
    await tx.insertInto("province").values(DEMO_PROVINCE).execute();

    const agencyIds = new Map<string, { id: number; name_vi: string }>();
    for (const [i, a] of agencies.entries()) {
      const id = await insertAgency(tx, {
        slug: a.slug,
        name_vi: a.name_vi,
        name_en: a.name_en,
        short_name_vi: a.short_name_vi ?? null,
        kind: a.kind,
        address: a.address,
        email: a.email,
        website: a.website,
        head_name: a.head_name,
        head_title_vi: a.head_title_vi,
        office_hours_vi: a.office_hours_vi,
        office_hours_en: a.office_hours_en,
        description_vi: a.description_vi,
        description_en: a.description_en,
        sort_order: i,
        ...agencySearchText({ ...a, hotlines: a.hotlines.map((h) => h.number) }),
      });
      agencyIds.set(a.slug, { id, name_vi: a.name_vi });
      await insertHotlines(
        tx,
        a.hotlines.map((h, j) => ({ agency_id: id, ...h, sort_order: j })),
      );
    }

    const fieldIds = new Map<string, { id: number; name_vi: string }>();
    for (const f of fields) {
      const row = await tx.insertInto("procedure_fields").values(f).returning("id").executeTakeFirstOrThrow();
      fieldIds.set(f.slug, { id: row.id, name_vi: f.name_vi });
    }

    const procedureRows = procedures.map((p) => {
      const agency = agencyIds.get(p.agency);
      const field = fieldIds.get(p.field);
      if (!agency || !field) throw new Error(`seed: procedure ${p.code} names unknown agency/field ${p.agency}/${p.field}`);
      return {
        code: p.code,
        name_vi: p.name_vi,
        name_en: p.name_en ?? null,
        agency_id: agency.id,
        field_id: field.id,
        level: p.level,
        online_level: p.online_level,
        processing_days: p.processing_days,
        processing_note_vi: p.processing_note_vi ?? "",
        fee_vi: p.fee_vi,
        required_documents_vi: p.required_documents_vi,
        steps_vi: p.steps_vi,
        legal_basis_vi: p.legal_basis_vi,
        postal_receipt: p.postal_receipt,
        postal_return: p.postal_return,
        online_url: p.online_url ?? null,
        updated_on: p.updated_on,
        ...procedureSearchText({ ...p, field_vi: field.name_vi, agency_vi: agency.name_vi }),
      };
    });
    for (let i = 0; i < procedureRows.length; i += 100) {
      await tx.insertInto("procedures").values(procedureRows.slice(i, i + 100)).execute();
    }

    for (const d of documents) {
      const agency = agencyIds.get(d.agency);
      if (!agency) throw new Error(`seed: document ${d.number} names unknown agency ${d.agency}`);
      const documentId = await insertDocument(tx, {
        kind: d.kind,
        number: d.number,
        title_vi: d.title_vi,
        title_en: d.title_en ?? null,
        summary_vi: d.summary_vi,
        summary_en: d.summary_en ?? null,
        agency_id: agency.id,
        signer: d.signer ?? null,
        issued_on: d.issued_on,
        effective_on: d.effective_on ?? null,
        // Published on the portal two days after signing, at 9:00 Vietnam time.
        published_at: new Date(Date.parse(`${d.issued_on}T09:00:00+07:00`) + 2 * 86_400_000),
        ...documentSearchText({ ...d, agency_vi: agency.name_vi }),
      });
      for (const [j, a] of d.attachments.entries()) {
        const file = makeAttachment(a);
        const fileId = await insertFile(tx, {
          filename: file.filename,
          content_type: file.contentType,
          size: file.data.byteLength,
          sha256: createHash("sha256").update(file.data).digest("hex"),
          data: file.data,
        });
        await attachFile(tx, { document_id: documentId, file_id: fileId, label_vi: a.label_vi, sort_order: j });
      }
    }
    return true;
  });
}
