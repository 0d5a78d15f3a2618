import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../db/client";
import { translator } from "../../app/i18n";
import { agencyProfileInput, agencyProfileSchema } from "../../app/modules/agencies/agency-profile.schema";
import { getAgencyProfile, saveAgencyProfile } from "../../app/modules/agencies/agency-profile.server";
import { hitRateLimit } from "../../app/utils/rate-limit.server";
import { openTestDatabase } from "../helpers/db";
import { seedBasics, type World } from "../factories";

let handle: OpenDatabase;
let w: World;
beforeAll(async () => {
  handle = await openTestDatabase();
  w = await seedBasics(handle.db);
});
afterAll(async () => handle?.close());

const t = translator("vi");
const form = (values: Record<string, string>) => agencyProfileSchema(t).safeParse(agencyProfileInput(values));
const base = {
  address: "Số 3 đường Hùng Vương, phường Tân Phú, Đồng Xoài",
  email: "stnmt@binhphuoc.gov.vn",
  website: "",
  office_hours_vi: "Sáng 7:00–11:30, chiều 13:30–17:00",
  office_hours_en: "",
  hotline_0_number: "0271.3879.555",
  hotline_0_label_vi: "Đường dây nóng của Sở",
  hotline_0_hours_vi: "Giờ hành chính",
};

describe("an officer keeps the agency's profile and hotlines current", () => {
  it("saves the profile and hotlines, marks them verified today, and audits the change", async () => {
    const parsed = form({ ...base, verified: "on" });
    expect(parsed.success).toBe(true);
    await saveAgencyProfile(handle.db, w.agencyA.id, parsed.data!, { staffUserId: w.officerA.id, today: "2026-03-02" });
    const profile = await getAgencyProfile(handle.db, w.agencyA.id);
    expect(profile.address).toBe(base.address);
    expect(profile.hotlines).toEqual([expect.objectContaining({ number: "0271 3879 555", label_vi: "Đường dây nóng của Sở", verified_on: "2026-03-02" })]);
    const audit = await handle.db.selectFrom("audit_log").selectAll().where("entity", "=", "agency").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ staff_user_id: w.officerA.id, action: "agency.update_profile", entity_id: w.agencyA.slug });
  });

  it("keeps an unchanged number's last verification unless the officer confirms it again", async () => {
    const parsed = form({ ...base, address: "Số 5 đường Hùng Vương, Đồng Xoài" });
    await saveAgencyProfile(handle.db, w.agencyA.id, parsed.data!, { staffUserId: w.officerA.id, today: "2026-06-01" });
    expect((await getAgencyProfile(handle.db, w.agencyA.id)).hotlines[0].verified_on).toBe("2026-03-02");
  });

  it("refuses a number that is not a phone number and an address left empty, saying what to do", () => {
    const parsed = form({ ...base, address: "", hotline_0_number: "12" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => i.message);
    expect(messages).toContain(t("agencyEdit.error.number"));
    expect(messages).toContain(t("agencyEdit.error.address"));
  });
});

describe("rate limits shared through the database", () => {
  it("allows the limit within a window, refuses the next hit with the seconds left, and starts again in the next window", async () => {
    const rule = { limit: 3, windowSeconds: 600 };
    const at = new Date("2026-03-02T03:05:00Z");
    for (let i = 0; i < 3; i++) expect((await hitRateLimit(handle.db, "test:addr:1", rule, at)).allowed).toBe(true);
    const refused = await hitRateLimit(handle.db, "test:addr:1", rule, at);
    expect(refused).toEqual({ allowed: false, retryAfter: 300 });
    expect((await hitRateLimit(handle.db, "test:addr:2", rule, at)).allowed).toBe(true);
    expect((await hitRateLimit(handle.db, "test:addr:1", rule, new Date("2026-03-02T03:10:00Z"))).allowed).toBe(true);
  });
});
