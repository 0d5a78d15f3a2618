import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { todayInVietnam } from "../modules/calendar/calendar";
import { loadCalendar } from "../modules/calendar/calendar.server";
import { queueDailyReminders } from "../modules/petitions/petitions.server";
import { pruneIdleSessions } from "../modules/staff/staff.queries.server";
import type { Env } from "./env.server";
import { pruneRateLimits } from "./rate-limit.server";

/**
 * The periodic jobs that run beside mail delivery, in every app server and in `npm run worker`.
 * Each is safe to run in several processes at once: reminders are keyed by agency, address and day
 * in the outbox, and pruning deletes what is stale whoever does it.
 */
export function backgroundJobs(db: Kysely<Database>, env: Env): Array<() => Promise<void>> {
  const baseUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
  return [
    async function dailyReminders() {
      // After 07:00 in Vietnam, so officers find it when they start work.
      const hour = (new Date().getUTCHours() + 7) % 24;
      if (hour < 7) return;
      await queueDailyReminders(db, todayInVietnam(), await loadCalendar(db), baseUrl);
    },
    async function pruneRates() {
      await pruneRateLimits(db);
    },
    async function pruneSessions() {
      await pruneIdleSessions(db);
    },
  ];
}
