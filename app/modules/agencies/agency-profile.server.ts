import type { Kysely } from "kysely";
import type { Database } from "../../../db/types";
import { writeAudit } from "../staff/audit.server";
import type { AgencyProfileForm } from "./agency-profile.schema";

/** The editable part of an agency with its hotlines. */
export async function getAgencyProfile(db: Kysely<Database>, agencyId: number) {
  const agency = await db
    .selectFrom("agencies")
    .select(["id", "slug", "name_vi", "address", "email", "website", "office_hours_vi", "office_hours_en"])
    .where("id", "=", agencyId)
    .executeTakeFirstOrThrow();
  const hotlines = await db
    .selectFrom("hotlines")
    .select(["id", "number", "label_vi", "hours_vi", "verified_on"])
    .where("agency_id", "=", agencyId)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
  return { ...agency, hotlines };
}

/**
 * Saves an officer's edit of their own agency: profile and hotlines replaced together, hotlines
 * marked verified today when the officer says so (or when a number changed), with an audit row.
 */
export async function saveAgencyProfile(
  db: Kysely<Database>,
  agencyId: number,
  form: AgencyProfileForm,
  ctx: { staffUserId: number; today: string; ip?: string | null },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await getAgencyProfile(tx as unknown as Kysely<Database>, agencyId);
    await tx
      .updateTable("agencies")
      .set({ address: form.address, email: form.email, website: form.website || null, office_hours_vi: form.office_hours_vi, office_hours_en: form.office_hours_en, updated_at: new Date() })
      .where("id", "=", agencyId)
      .execute();
    await tx.deleteFrom("hotlines").where("agency_id", "=", agencyId).execute();
    const rows = form.hotlines.map((h, i) => {
      const old = before.hotlines.find((o) => o.number === h.number);
      return {
        agency_id: agencyId,
        number: h.number,
        label_vi: h.label_vi,
        hours_vi: h.hours_vi,
        sort_order: i,
        verified_on: form.verified || !old ? ctx.today : old.verified_on,
      };
    });
    if (rows.length) await tx.insertInto("hotlines").values(rows).execute();
    await writeAudit(tx, {
      staffUserId: ctx.staffUserId,
      action: "agency.update_profile",
      entity: "agency",
      entityId: before.slug,
      before,
      after: { ...form, hotlines: rows },
      ip: ctx.ip,
    });
  });
}
