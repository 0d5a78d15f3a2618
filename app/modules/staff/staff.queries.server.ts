import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, StaffRole } from "../../../db/types";
import { normalizeEmail } from "./staff.schema";

type Db = Kysely<Database> | Transaction<Database>;

/** A session ends after this long without a request. */
export const SESSION_IDLE_MINUTES = 30;

const userColumns = [
  "staff_users.id",
  "staff_users.email",
  "staff_users.name",
  "staff_users.role",
  "staff_users.agency_id",
  "staff_users.active",
  "agencies.slug as agency_slug",
  "agencies.name_vi as agency_name",
] as const;

/** A staff account with its agency's slug and name (null for a province administrator). */
export interface StaffUserRow {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  agency_id: number | null;
  active: boolean;
  agency_slug: string | null;
  agency_name: string | null;
}

/** The account for an email (case, spaces and Unicode form ignored), with its password hash. */
export async function findStaffByEmail(db: Db, email: string): Promise<(StaffUserRow & { password_hash: string }) | undefined> {
  return db
    .selectFrom("staff_users")
    .leftJoin("agencies", "agencies.id", "staff_users.agency_id")
    .select([...userColumns, "staff_users.password_hash"])
    .where("staff_users.email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

/** The account with this id. */
export async function findStaffById(db: Db, id: number): Promise<StaffUserRow | undefined> {
  return db
    .selectFrom("staff_users")
    .leftJoin("agencies", "agencies.id", "staff_users.agency_id")
    .select(userColumns)
    .where("staff_users.id", "=", id)
    .executeTakeFirst();
}

export interface NewStaffUser {
  email: string;
  name: string;
  passwordHash: string;
  role: StaffRole;
  agencyId: number | null;
  active?: boolean;
}

/** Inserts accounts (email normalised, name NFC); returns their ids in order. */
export async function insertStaffUsers(db: Db, users: NewStaffUser[]): Promise<number[]> {
  if (!users.length) return [];
  const rows = await db
    .insertInto("staff_users")
    .values(
      users.map((u) => ({
        email: normalizeEmail(u.email),
        name: u.name.normalize("NFC").trim(),
        password_hash: u.passwordHash,
        role: u.role,
        agency_id: u.agencyId,
        active: u.active ?? true,
      })),
    )
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Inserts one account; returns its id. */
export async function insertStaffUser(db: Db, user: NewStaffUser): Promise<number> {
  const [id] = await insertStaffUsers(db, [user]);
  return id;
}

/** Records a successful sign-in. */
export async function markLoggedIn(db: Db, staffUserId: number): Promise<void> {
  await db.updateTable("staff_users").set({ last_login_at: sql<Date>`now()` }).where("id", "=", staffUserId).execute();
}

/** Stores a new session under the SHA-256 of its cookie value (the value itself is never stored). */
export async function insertSession(db: Db, idHash: string, staffUserId: number): Promise<void> {
  await db.insertInto("sessions").values({ id_hash: idHash, staff_user_id: staffUserId }).execute();
}

/** A session with its (active) user, and how long it has been idle by the database's clock. */
export interface SessionRow extends StaffUserRow {
  id_hash: string;
  idle_seconds: number;
}

/** The session for this hash if its user is still active; idle time measured by the database clock (all servers agree). */
export async function findSessionWithUser(db: Db, idHash: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom("sessions")
    .innerJoin("staff_users", "staff_users.id", "sessions.staff_user_id")
    .leftJoin("agencies", "agencies.id", "staff_users.agency_id")
    .select([
      ...userColumns,
      "sessions.id_hash",
      sql<number>`greatest(0, floor(extract(epoch from (now() - sessions.last_seen_at))))::int`.as("idle_seconds"),
    ])
    .where("sessions.id_hash", "=", idHash)
    .where("staff_users.active", "=", true)
    .executeTakeFirst();
}

/** Marks the session as used now. */
export async function touchSession(db: Db, idHash: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: sql<Date>`now()` }).where("id_hash", "=", idHash).execute();
}

/** Deletes one session; returns its user's id when there was one. */
export async function deleteSession(db: Db, idHash: string): Promise<number | undefined> {
  const row = await db.deleteFrom("sessions").where("id_hash", "=", idHash).returning("staff_user_id").executeTakeFirst();
  return row?.staff_user_id;
}

/** Deletes sessions idle longer than the limit (uses the last_seen_at index); returns how many. */
export async function pruneIdleSessions(db: Db, idleMinutes = SESSION_IDLE_MINUTES): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where("last_seen_at", "<", sql<Date>`now() - make_interval(mins => ${idleMinutes}::int)`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
