import { WorkingCalendar } from "../calendar/calendar";
import { InvalidTransition } from "../../utils/errors";

/**
 * The petition's life, as the spec draws it:
 * received → in_progress ↔ waiting_for_filer → answered → published;
 * or transferred (the new agency owns it), rejected (with a reason), withdrawn (by the filer).
 * An answered petition can be reopened once by the filer within 10 working days.
 * Pure functions: the caller loads the petition and the calendar, and saves what comes back.
 */

export const STATUSES = [
  "received",
  "in_progress",
  "waiting_for_filer",
  "answered",
  "published",
  "transferred",
  "rejected",
  "withdrawn",
] as const;
export type PetitionStatus = (typeof STATUSES)[number];

export const STAFF_ACTIONS = ["acknowledge", "request_info", "transfer", "answer", "reject", "note", "publish"] as const;
export const FILER_ACTIONS = ["provide_info", "withdraw", "reopen"] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];
export type FilerAction = (typeof FILER_ACTIONS)[number];
export type PetitionAction = StaffAction | FilerAction;

export const REJECT_REASONS = ["duplicate", "spam", "out_of_scope", "insufficient_info"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Statuses in which the agency still owes the filer something (the deadline clock runs, or is paused). */
export const OPEN_STATUSES: readonly PetitionStatus[] = ["received", "in_progress", "waiting_for_filer", "transferred"];

/** Statuses a staff inbox filter may ask for ("open": the agency still owes something). */
export const INBOX_STATUSES = ["open", "all", ...STATUSES] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** Which actions each status allows. `note` is allowed everywhere: it changes nothing the filer sees. */
const ALLOWED: Record<PetitionStatus, readonly PetitionAction[]> = {
  received: ["acknowledge", "transfer", "reject", "note", "withdraw"],
  transferred: ["acknowledge", "transfer", "reject", "note", "withdraw"],
  in_progress: ["request_info", "transfer", "answer", "reject", "note", "withdraw"],
  waiting_for_filer: ["provide_info", "reject", "note", "withdraw"],
  answered: ["publish", "note", "reopen"],
  published: ["note", "reopen"],
  rejected: ["note"],
  withdrawn: ["note"],
};

/** True when `action` is allowed while the petition is in `status`. */
export function canDo(status: PetitionStatus, action: PetitionAction): boolean {
  return ALLOWED[status].includes(action);
}

/** Deadlines of a topic, in working days (defaults from the spec; configurable per topic). */
export interface TopicDeadlines {
  forwardDays: number; // forward a petition outside the agency's competence (Decree 92/2017)
  answerDays: number;
  updateDays: number; // calendar days between progress updates while open
  publishDays: number; // publish within this many working days of answering
}
export const DEFAULT_DEADLINES: TopicDeadlines = { forwardDays: 5, answerDays: 15, updateDays: 7, publishDays: 2 };

/** The reopen window after an answer, in working days. */
export const REOPEN_WORKING_DAYS = 10;

/** The parts of a petition the rules read and write. */
export interface PetitionState {
  status: PetitionStatus;
  receivedOn: string; // the day the current owner received it (reset on transfer)
  forwardDueOn: string;
  dueOn: string; // answer due (moves later by the working days spent waiting for the filer)
  pausedOn: string | null; // set while waiting_for_filer
  answeredOn: string | null;
  publishDueOn: string | null;
  publicConsent: boolean;
  reopenCount: number;
  /** Working days spent waiting for the filer with the current owner (not counted in the time to answer). */
  pausedDays: number;
}

/** Due dates for a petition received (or transferred) on `day`. */
export function initialDeadlines(cal: WorkingCalendar, day: string, d: TopicDeadlines) {
  return { receivedOn: day, forwardDueOn: cal.addWorkingDays(day, d.forwardDays), dueOn: cal.addWorkingDays(day, d.answerDays) };
}

export interface TransitionInput {
  action: PetitionAction;
  today: string; // YYYY-MM-DD, Vietnam time
  cal: WorkingCalendar;
  deadlines: TopicDeadlines;
}

/** Applies an action: the new state, or InvalidTransition (a 409 for the caller). */
export function transition(state: PetitionState, input: TransitionInput): PetitionState {
  const { action, today, cal, deadlines } = input;
  if (!canDo(state.status, action)) throw new InvalidTransition(action, state.status);
  switch (action) {
    case "note":
      return state;
    case "acknowledge":
      return { ...state, status: "in_progress" };
    case "request_info":
      return { ...state, status: "waiting_for_filer", pausedOn: today };
    case "provide_info": {
      // The clock stopped while the filer was asked: push the due dates by the working days spent.
      const paused = state.pausedOn ? cal.workingDaysBetween(state.pausedOn, today) : 0;
      return {
        ...state,
        status: "in_progress",
        pausedOn: null,
        pausedDays: state.pausedDays + paused,
        dueOn: cal.addWorkingDays(state.dueOn, paused),
        forwardDueOn: cal.addWorkingDays(state.forwardDueOn, paused),
      };
    }
    case "transfer":
      // The competent agency gets the full time from the day it receives it.
      return { ...state, status: "transferred", pausedOn: null, pausedDays: 0, ...initialDeadlines(cal, today, deadlines) };
    case "answer":
      return { ...state, status: "answered", answeredOn: today, publishDueOn: cal.addWorkingDays(today, deadlines.publishDays) };
    case "publish":
      if (!state.publicConsent) {
        throw new InvalidTransition(action, state.status, "the filer did not consent to publishing the answer");
      }
      return { ...state, status: "published" };
    case "reject":
      return { ...state, status: "rejected", pausedOn: null };
    case "withdraw":
      return { ...state, status: "withdrawn", pausedOn: null };
    case "reopen": {
      if (state.reopenCount >= 1) throw new InvalidTransition(action, state.status, "a petition can be reopened only once");
      if (!state.answeredOn || cal.workingDaysBetween(state.answeredOn, today) > REOPEN_WORKING_DAYS) {
        throw new InvalidTransition(action, state.status, `a petition can be reopened only within ${REOPEN_WORKING_DAYS} working days of its answer`);
      }
      // A new answer is owed within the topic's full answer time.
      return {
        ...state,
        status: "in_progress",
        reopenCount: state.reopenCount + 1,
        answeredOn: null,
        publishDueOn: null,
        dueOn: cal.addWorkingDays(today, deadlines.answerDays),
      };
    }
  }
}

export type Urgency = "overdue" | "due_soon" | "on_track" | "paused" | "closed";

/** How urgent an open petition is today: overdue, due within 2 working days, on track, or paused. */
export function urgency(state: Pick<PetitionState, "status" | "dueOn">, today: string, cal: WorkingCalendar): Urgency {
  if (!OPEN_STATUSES.includes(state.status)) return "closed";
  if (state.status === "waiting_for_filer") return "paused";
  if (today > state.dueOn) return "overdue";
  return cal.workingDaysBetween(today, state.dueOn) <= 2 ? "due_soon" : "on_track";
}
