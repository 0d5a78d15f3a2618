import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WorkingCalendar } from "../calendar/calendar";
import { parseHolidayCsv } from "../calendar/calendar.server";
import { InvalidTransition } from "../../utils/errors";
import {
  DEFAULT_DEADLINES,
  FILER_ACTIONS,
  STAFF_ACTIONS,
  STATUSES,
  canDo,
  initialDeadlines,
  transition,
  urgency,
  type PetitionAction,
  type PetitionState,
  type PetitionStatus,
} from "./petitions.rules";

const cal = new WorkingCalendar(
  parseHolidayCsv(readFileSync(new URL("../../../db/seed/data/vn-public-holidays-2018-2027.csv", import.meta.url), "utf8")),
);

function stateOn(day: string, overrides: Partial<PetitionState> = {}): PetitionState {
  return {
    status: "received",
    ...initialDeadlines(cal, day, DEFAULT_DEADLINES),
    pausedOn: null,
    answeredOn: null,
    publishDueOn: null,
    publicConsent: true,
    reopenCount: 0,
    pausedDays: 0,
    ...overrides,
  };
}
const act = (s: PetitionState, action: PetitionAction, today: string) => transition(s, { action, today, cal, deadlines: DEFAULT_DEADLINES });

// The whole table, written out independently of the module's own table.
const LEGAL: Record<PetitionStatus, PetitionAction[]> = {
  received: ["acknowledge", "transfer", "reject", "note", "withdraw"],
  transferred: ["acknowledge", "transfer", "reject", "note", "withdraw"],
  in_progress: ["request_info", "transfer", "answer", "reject", "note", "withdraw"],
  waiting_for_filer: ["provide_info", "reject", "note", "withdraw"],
  answered: ["publish", "note", "reopen"],
  published: ["note", "reopen"],
  rejected: ["note"],
  withdrawn: ["note"],
};
const EXPECTED_STATUS: Partial<Record<PetitionAction, PetitionStatus>> = {
  acknowledge: "in_progress",
  request_info: "waiting_for_filer",
  provide_info: "in_progress",
  transfer: "transferred",
  answer: "answered",
  publish: "published",
  reject: "rejected",
  withdraw: "withdrawn",
  reopen: "in_progress",
};

describe("every status against every action", () => {
  const today = "2026-03-02";
  for (const status of STATUSES) {
    for (const action of [...STAFF_ACTIONS, ...FILER_ACTIONS]) {
      const legal = LEGAL[status].includes(action);
      it(`${action} while ${status} is ${legal ? "allowed" : "refused with 409"}`, () => {
        expect(canDo(status, action)).toBe(legal);
        const s = stateOn("2026-02-25", { status, answeredOn: status === "answered" || status === "published" ? "2026-02-27" : null, pausedOn: status === "waiting_for_filer" ? "2026-02-26" : null });
        if (legal) {
          const next = act(s, action, today);
          expect(next.status).toBe(action === "note" ? status : EXPECTED_STATUS[action]);
        } else {
          let caught: unknown;
          try {
            act(s, action, today);
          } catch (e) {
            caught = e;
          }
          expect(caught).toBeInstanceOf(InvalidTransition);
          expect((caught as InvalidTransition).status).toBe(409);
        }
      });
    }
  }
});

describe("deadlines on the working-day calendar", () => {
  it("gives 15 working days to answer and 5 to forward, skipping Tết 2026", () => {
    // Received Tuesday 10/2/2026; Tết closes 16–20/2 (plus the weekends around it).
    const s = stateOn("2026-02-10");
    expect(s.forwardDueOn).toBe("2026-02-24");
    expect(s.dueOn).toBe("2026-03-10");
  });

  it("stops the clock while waiting for the filer and moves the due date by the working days spent", () => {
    const s = act(stateOn("2026-03-02"), "acknowledge", "2026-03-02");
    expect(s.dueOn).toBe("2026-03-23");
    const waiting = act(s, "request_info", "2026-03-04"); // Wednesday
    expect(waiting.pausedOn).toBe("2026-03-04");
    const resumed = act(waiting, "provide_info", "2026-03-11"); // next Wednesday: 5 working days later
    expect(resumed.status).toBe("in_progress");
    expect(resumed.pausedOn).toBeNull();
    expect(resumed.dueOn).toBe("2026-03-30");
  });

  it("resets the clock on transfer: the competent agency gets its full time", () => {
    const s = act(stateOn("2026-03-02"), "transfer", "2026-03-06");
    expect(s.receivedOn).toBe("2026-03-06");
    expect(s.dueOn).toBe("2026-03-27");
  });

  it("sets the publication due date 2 working days after the answer", () => {
    const s = act(act(stateOn("2026-04-20"), "acknowledge", "2026-04-20"), "answer", "2026-04-29");
    // 30/4 and 1/5/2026 are holidays, then the weekend.
    expect(s.publishDueOn).toBe("2026-05-05");
  });

  it("refuses to publish without the filer's consent", () => {
    const s = stateOn("2026-03-02", { status: "answered", answeredOn: "2026-03-05", publicConsent: false });
    expect(() => act(s, "publish", "2026-03-06")).toThrow(/consent/);
  });
});

describe("reopening", () => {
  const answered = stateOn("2026-03-02", { status: "answered", answeredOn: "2026-03-10" });
  it("is allowed once within 10 working days of the answer, with a new full answer time", () => {
    const s = act(answered, "reopen", "2026-03-24"); // exactly 10 working days later
    expect(s.status).toBe("in_progress");
    expect(s.reopenCount).toBe(1);
    expect(s.dueOn).toBe("2026-04-14");
  });
  it("is refused after 10 working days", () => {
    expect(() => act(answered, "reopen", "2026-03-25")).toThrow(/10 working days/);
  });
  it("is refused a second time", () => {
    expect(() => act({ ...answered, reopenCount: 1 }, "reopen", "2026-03-12")).toThrow(/only once/);
  });
});

describe("urgency", () => {
  const s = stateOn("2026-03-02"); // due 2026-03-23
  it("is on track, then due soon within 2 working days, then overdue", () => {
    expect(urgency(s, "2026-03-18", cal)).toBe("on_track");
    expect(urgency(s, "2026-03-19", cal)).toBe("due_soon");
    expect(urgency(s, "2026-03-23", cal)).toBe("due_soon");
    expect(urgency(s, "2026-03-24", cal)).toBe("overdue");
  });
  it("is paused while waiting for the filer and closed once answered", () => {
    expect(urgency({ ...s, status: "waiting_for_filer" }, "2026-04-30", cal)).toBe("paused");
    expect(urgency({ ...s, status: "answered" }, "2026-04-30", cal)).toBe("closed");
  });
});
