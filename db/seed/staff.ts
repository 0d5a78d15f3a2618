import type { Kysely, Transaction } from "kysely";
import type { Database } from "../types";
import { hashPassword } from "../../app/modules/staff/password.server";
import { normalizeEmail } from "../../app/modules/staff/staff.schema";

/** The demo password of every demo account (a public contract: the README and the e2e tests use it). */
export const DEMO_STAFF_PASSWORD = "demo-Passw0rd!";
export const DEMO_ADMIN_EMAIL = "admin@demo.gov.vn";

/** `officer@<agency-slug>.demo.gov.vn`: the demo officer of an agency. */
export function demoOfficerEmail(agencySlug: string): string {
  return `officer@${agencySlug}.demo.gov.vn`;
}

// Deterministic, ordinary Vietnamese names for the demo officers (family, middle, given).
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu"];
const GIVEN = ["An", "Bình", "Hạnh", "Dũng", "Lan", "Tuấn", "Hòa", "Phương", "Sơn", "Mai", "Khánh", "Thảo", "Long", "Hương", "Trung", "Yến", "Hải"];

function officerName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
}

/**
 * Creates the demo staff accounts: `admin@demo.gov.vn` (province administrator) and one officer
 * per agency, all with the demo password. Accounts that already exist are left as they are.
 * The password is hashed once for all rows (scrypt per row would make the seed slow).
 */
export async function seedStaff(db: Kysely<Database> | Transaction<Database>): Promise<number> {
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  const agencies = await db.selectFrom("agencies").select(["id", "slug"]).orderBy("sort_order").orderBy("id").execute();
  const rows = [
    {
      email: DEMO_ADMIN_EMAIL,
      name: "Quản trị Sở Thông tin và Truyền thông",
      password_hash: passwordHash,
      role: "admin" as const,
      agency_id: null,
    },
    ...agencies.map((a, i) => ({
      email: normalizeEmail(demoOfficerEmail(a.slug)),
      name: officerName(i),
      password_hash: passwordHash,
      role: "officer" as const,
      agency_id: a.id,
    })),
  ];
  const inserted = await db
    .insertInto("staff_users")
    .values(rows)
    .onConflict((oc) => oc.column("email").doNothing())
    .returning("id")
    .execute();
  return inserted.length;
}
