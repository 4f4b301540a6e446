import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { deadlinesUnder, movedByCalendarChange, OPEN_STATES, type OpenPackage } from "./deadline-shift";
import { FINAL_STATES } from "./lifecycle";
import { regulationRulesSchema } from "./regulation-version";
import { createWorkingCalendar, localDateTime } from "./working-calendar";

const rules = regulationRulesSchema.parse(REGULATION_VERSIONS[0]!.rules);
const at = (date: string, time: string) => localDateTime(date, time);
const before = createWorkingCalendar({ holidays: [] });
// Thursday 17 December 2026 made a day off
const after = createWorkingCalendar({ holidays: ["2026-12-17"] });

/** A State Corporation package accepted Monday 14 December 2026, its deadlines as `calendar` gives them. */
function corpPackage(overrides: Partial<OpenPackage> = {}, calendar = before): OpenPackage {
  const app: OpenPackage = {
    id: "a1",
    registrationNumber: "2026-000001",
    state: "IN_TRANSIT_TO_PROVIDER",
    channel: "STATE_CORP",
    intakeStartedAt: at("2026-12-14", "10:50"),
    receivedAt: at("2026-12-14", "11:00"),
    registeredAt: null,
    decidedAt: null,
    isSameLocality: true,
    serviceDeadline: null,
    resultToCorpDeadline: null,
    currentStepDeadline: null,
    ...overrides,
  };
  return { ...app, ...deadlinesUnder(calendar, rules, app) };
}

describe("what a change of the calendar moves", () => {
  it("open means every state but the final ones", () => {
    expect(OPEN_STATES).not.toContain("RESULT_ISSUED");
    expect([...OPEN_STATES, ...FINAL_STATES].length).toBe(8);
  });

  it("moves a State Corporation term that runs across the new day off, from the stored value to the new one", () => {
    const app = corpPackage();
    // 3 working days after Monday: Tue, Wed, Thu → Thu 18:00; with Thursday off, Fri 18:00
    expect(app.serviceDeadline).toEqual(at("2026-12-17", "18:00"));
    const [moved, ...rest] = movedByCalendarChange(before, after, [{ app, rules }]);
    expect(rest).toEqual([]);
    expect(moved!.registrationNumber).toBe("2026-000001");
    expect(moved!.moves).toEqual([
      { field: "serviceDeadline", from: at("2026-12-17", "18:00"), to: at("2026-12-18", "18:00") },
      { field: "resultToCorpDeadline", from: at("2026-12-16", "18:00"), to: at("2026-12-17", "18:00") },
      // in transit, the provider's whole share is at stake: the step's deadline is the return's
      { field: "currentStepDeadline", from: at("2026-12-16", "18:00"), to: at("2026-12-17", "18:00") },
    ]);
    expect(moved!.after).toEqual({ serviceDeadline: at("2026-12-18", "18:00"), resultToCorpDeadline: at("2026-12-17", "18:00"), currentStepDeadline: at("2026-12-17", "18:00") });
  });

  it("moves nothing whose working time does not cross the day: a term that ends before it, an office package of the same morning", () => {
    const early = corpPackage({ receivedAt: at("2026-12-09", "11:00"), intakeStartedAt: at("2026-12-09", "10:50") });
    const office = corpPackage({ channel: "OFFICE", state: "REGISTERED", registeredAt: at("2026-12-14", "11:00") });
    expect(movedByCalendarChange(before, after, [{ app: early, rules }, { app: office, rules }])).toEqual([]);
  });

  it("leaves packages whose service is over, and a returned result's deadline, which was judged when it was sent", () => {
    const issued = corpPackage({ state: "RESULT_ISSUED" });
    expect(movedByCalendarChange(before, after, [{ app: issued, rules }])).toEqual([]);
    const returned = corpPackage({ state: "RESULT_SENT_TO_CORP", decidedAt: at("2026-12-15", "10:00") });
    const [moved] = movedByCalendarChange(before, after, [{ app: returned, rules }]);
    expect(moved!.moves.map((m) => m.field)).toEqual(["serviceDeadline"]);
    expect(moved!.after.resultToCorpDeadline).toEqual(returned.resultToCorpDeadline);
  });

  it("moves deadlines back when the day off is removed (the reverse change)", () => {
    const app = corpPackage({}, after);
    const [moved] = movedByCalendarChange(after, before, [{ app, rules }]);
    expect(moved!.moves[0]).toEqual({ field: "serviceDeadline", from: at("2026-12-18", "18:00"), to: at("2026-12-17", "18:00") });
  });

  it("moves only what the change moves: a stored deadline both calendars agree on stays as stored", () => {
    // stored by hand, not as either calendar gives it: the change does not touch it
    const stale = { ...corpPackage({ receivedAt: at("2026-12-09", "11:00"), intakeStartedAt: at("2026-12-09", "10:50") }), serviceDeadline: at("2026-12-30", "18:00") };
    expect(movedByCalendarChange(before, after, [{ app: stale, rules }])).toEqual([]);
  });

  it("shortens a term when a weekend day is made working", () => {
    const app = corpPackage({ receivedAt: at("2026-12-17", "11:00"), intakeStartedAt: at("2026-12-17", "10:50") });
    // accepted Thursday: Fri, Mon, Tue → Tue 22 December; with Saturday 19 December working: Fri, Sat, Mon
    const saturdayWorking = createWorkingCalendar({ holidays: [], workingDays: ["2026-12-19"] });
    const [moved] = movedByCalendarChange(before, saturdayWorking, [{ app, rules }]);
    expect(moved!.moves[0]).toEqual({ field: "serviceDeadline", from: at("2026-12-22", "18:00"), to: at("2026-12-21", "18:00") });
  });
});
