/**
 * Builders for integration tests: the minimum world a petition needs (holiday calendar, agencies,
 * topics, staff) and petitions filed through the real `filePetition`, so tests exercise the same
 * path as the public form.
 */
import type { Kysely } from "kysely";
import type { Database } from "../db/types";
import { seedHolidays } from "../db/seed/holidays";
import { ensureTopics } from "../db/seed/topics";
import { insertAgency } from "../app/modules/agencies/agencies.queries.server";
import { agencySearchText } from "../app/modules/agencies/agencies.server";
import { loadCalendar } from "../app/modules/calendar/calendar.server";
import { filePetition, type Attachment } from "../app/modules/petitions/petitions.server";
import { petitionFormSchema } from "../app/modules/petitions/petitions.schema";
import type { StaffUser } from "../app/modules/staff/session.server";
import { translator } from "../app/i18n";

type Db = Kysely<Database>;

export const BASE_URL = "http://portal.test";
export const SECRET = "test-secret-0123456789";
/** A Monday with no holiday near it. */
export const TODAY = "2026-03-02";
/** A real, valid business tax code (check digit correct). */
export const VALID_TAX_CODE = "0100109106";

export interface AgencyRef {
  id: number;
  slug: string;
  name_vi: string;
  name_en: string;
}

export interface World {
  agencyA: AgencyRef;
  agencyB: AgencyRef;
  officerA: StaffUser;
  officerB: StaffUser;
  admin: StaffUser;
}

/** Builds the StaffUser object routes get from the session. */
export function staffUser(row: { id: number; email: string; name: string; role: "officer" | "admin"; agency?: AgencyRef | null }): StaffUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency?.id ?? null,
    agencySlug: row.agency?.slug ?? null,
    agencyName: row.agency?.name_vi ?? null,
  };
}

/** Inserts an agency (a department) and returns its reference. */
export async function makeAgency(db: Db, slug: string, name_vi: string, name_en: string, sort_order = 0): Promise<AgencyRef> {
  const id = await insertAgency(db, {
    slug,
    name_vi,
    name_en,
    short_name_vi: null,
    kind: "department",
    address: "",
    email: `${slug}@binhphuoc.gov.vn`,
    website: null,
    head_name: null,
    head_title_vi: null,
    office_hours_vi: "",
    office_hours_en: "",
    description_vi: "",
    description_en: "",
    sort_order,
    ...agencySearchText({ slug, name_vi }),
  });
  return { id, slug, name_vi, name_en };
}

/** Inserts a staff account (any password hash: these tests never sign in) and returns the StaffUser. */
export async function makeStaff(
  db: Db,
  row: { email: string; name: string; role: "officer" | "admin"; agency?: AgencyRef | null; active?: boolean },
): Promise<StaffUser> {
  const { id } = await db
    .insertInto("staff_users")
    .values({
      email: row.email,
      name: row.name,
      password_hash: "test-hash-not-a-real-password",
      role: row.role,
      agency_id: row.agency?.id ?? null,
      active: row.active ?? true,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return staffUser({ id, email: row.email, name: row.name, role: row.role, agency: row.agency ?? null });
}

/** The holiday calendar, two agencies, the default topics, an officer per agency and an administrator. */
export async function seedBasics(db: Db): Promise<World> {
  await seedHolidays(db);
  await ensureTopics(db);
  const agencyA = await makeAgency(db, "so-tai-nguyen-va-moi-truong", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", 1);
  const agencyB = await makeAgency(db, "so-xay-dung", "Sở Xây dựng", "Department of Construction", 2);
  const officerA = await makeStaff(db, { email: "officer.tnmt@binhphuoc.gov.vn", name: "Nguyễn Thị Lan", role: "officer", agency: agencyA });
  const officerB = await makeStaff(db, { email: "officer.xd@binhphuoc.gov.vn", name: "Trần Văn Dũng", role: "officer", agency: agencyB });
  const admin = await makeStaff(db, { email: "admin@binhphuoc.gov.vn", name: "Lê Minh Quản Trị", role: "admin" });
  return { agencyA, agencyB, officerA, officerB, admin };
}

/** The public form as posted (before validation). */
export interface RawPetitionForm {
  filerType: "citizen" | "business";
  name: string;
  email: string;
  phone: string;
  address: string;
  businessName: string;
  taxCode: string;
  agency: string;
  topic: string;
  subject: string;
  body: string;
  publicConsent?: string;
}

export const DEFAULT_FORM: RawPetitionForm = {
  filerType: "business",
  name: "Phạm Văn Khiêm",
  email: "khiem.pham@dieubinhphuoc.vn",
  phone: "0912 345 678",
  address: "Số 12 đường Phú Riềng Đỏ, phường Tân Phú, Đồng Xoài",
  businessName: "Công ty TNHH Điều Xuất khẩu Bình Phước",
  taxCode: VALID_TAX_CODE,
  agency: "so-tai-nguyen-va-moi-truong",
  topic: "moi-truong",
  subject: "Nước thải từ cụm công nghiệp chảy vào suối Rạt",
  body: "Từ đầu tháng, nước thải có màu đen và mùi hôi chảy từ cụm công nghiệp vào suối Rạt, ảnh hưởng đến vườn điều của doanh nghiệp.",
  publicConsent: "on",
};

export interface PetitionOverrides extends Partial<RawPetitionForm> {
  today?: string;
  lang?: "vi" | "en";
  submissionKey?: string;
  attachments?: Attachment[];
}

let keySeq = 0;

/** Files a petition through `filePetition` with a valid business form unless overridden. */
export async function makePetition(db: Db, overrides: PetitionOverrides = {}): Promise<{ code: string; token: string; created: boolean }> {
  const { today = TODAY, lang = "vi", submissionKey = `test-key-${process.pid}-${++keySeq}`, attachments = [], ...fields } = overrides;
  // `publicConsent: undefined` in the overrides means the box was not ticked.
  const raw: RawPetitionForm = { ...DEFAULT_FORM, ...fields };
  const form = petitionFormSchema(translator(lang)).parse(raw);
  const cal = await loadCalendar(db);
  return filePetition(db, { form, attachments, submissionKey, lang, secret: SECRET, today, cal, baseUrl: BASE_URL });
}
