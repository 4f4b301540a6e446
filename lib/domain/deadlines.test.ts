import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { normState, openStep, serviceDeadlines, type ApplicationTiming } from "./deadlines";
import { regulationRulesSchema } from "./regulation-version";
import { createWorkingCalendar, localDateTime } from "./working-calendar";

const rules = regulationRulesSchema.parse(REGULATION_VERSIONS[0]!.rules);
// 2026-12-16 (Wed) is Independence Day; 2026-12-19/20 a weekend
const calendar = createWorkingCalendar({ holidays: ["2026-12-16"] });
const at = (date: string, time: string) => localDateTime(date, time);

const timing = (overrides: Partial<ApplicationTiming>): ApplicationTiming => ({
  state: "REGISTERED",
  channel: "OFFICE",
  intakeStartedAt: at("2026-12-14", "10:00"),
  registeredAt: at("2026-12-14", "10:15"),
  decidedAt: null,
  serviceDeadline: null,
  resultToCorpDeadline: null,
  ...overrides,
});

describe("service deadlines", () => {
  it("on the e-government portal: the version's own term in working days from receipt, read from its channel, not written here", () => {
    const stored = REGULATION_VERSIONS.find((v) => v.code === "RULES-2020")!.rules;
    const serving = (termWorkingDays: number) =>
      regulationRulesSchema.parse({ ...stored, channels: stored.channels.map((c) => (c.code === "E_GOV_PORTAL" ? { ...c, isServedHere: true, termWorkingDays } : c)) });
    const received = { intakeStartedAt: at("2026-12-15", "16:00"), receivedAt: at("2026-12-15", "16:00"), isSameLocality: false };
    // received Tuesday (not counted) + 1 working day: Wednesday is Independence Day, so Thursday's close at the provider
    expect(serviceDeadlines(calendar, serving(1), "E_GOV_PORTAL", received)).toEqual({ serviceDeadline: at("2026-12-17", "18:30"), resultToCorpDeadline: null });
    // a version giving 3 days: Thursday, Friday, over the weekend to Monday
    expect(serviceDeadlines(calendar, serving(3), "E_GOV_PORTAL", received).serviceDeadline).toEqual(at("2026-12-21", "18:30"));
    // a version that does not serve the channel has no online packages to time
    expect(() => serviceDeadlines(calendar, regulationRulesSchema.parse(stored), "E_GOV_PORTAL", received)).toThrow(/does not serve/);
  });

  it("on the e-government portal, once decided, nothing more is due from staff: the result is in her account", () => {
    expect(openStep(calendar, rules, timing({ channel: "E_GOV_PORTAL", state: "ACCEPTED", decidedAt: at("2026-12-14", "11:00") }))).toBeNull();
    expect(openStep(calendar, rules, timing({ channel: "E_GOV_PORTAL", state: "REGISTERED" }))?.step).toBe("COMPLETENESS_CHECK");
  });

  it("at the office: the two 20-minute norms in the provider's working time, across lunch", () => {
    const { serviceDeadline, resultToCorpDeadline } = serviceDeadlines(calendar, rules, "OFFICE", {
      intakeStartedAt: at("2026-12-14", "12:50"),
      receivedAt: at("2026-12-14", "12:55"),
      isSameLocality: true,
    });
    expect(serviceDeadline).toEqual(at("2026-12-14", "15:00"));
    expect(resultToCorpDeadline).toBeNull();
  });

  it("at the office under the 2020 rules: their own 20 minutes at the provider, not the two norms together", () => {
    const rules2020 = regulationRulesSchema.parse(REGULATION_VERSIONS.find((v) => v.code === "RULES-2020")!.rules);
    const { serviceDeadline } = serviceDeadlines(calendar, rules2020, "OFFICE", {
      intakeStartedAt: at("2026-12-14", "12:50"),
      receivedAt: at("2026-12-14", "12:55"),
      isSameLocality: true,
    });
    // 10 minutes before lunch, 10 after it
    expect(serviceDeadline).toEqual(at("2026-12-14", "14:40"));
  });

  it("through the State Corporation: 3 working days not counting the day of acceptance, result 24 hours before", () => {
    // accepted Monday 14 Dec; Wed 16 Dec is a holiday: Tue 15, Thu 17, Fri 18 → term ends Fri 18:00
    const deadlines = serviceDeadlines(calendar, rules, "STATE_CORP", {
      intakeStartedAt: at("2026-12-14", "11:00"),
      receivedAt: at("2026-12-14", "11:10"),
      isSameLocality: true,
    });
    expect(deadlines.serviceDeadline).toEqual(at("2026-12-18", "18:00"));
    expect(deadlines.resultToCorpDeadline).toEqual(at("2026-12-17", "18:00"));
  });

  it("«бір тәуліктен кешіктірмей» is 24 hours of the clock, whatever the calendar says of the day before", () => {
    // the case: accepted Wed 4 Mar 2026; Thu 5, Fri 6, (Sun 8 Mar's day off is Mon 9), Tue 10 →
    // term Tue 10 Mar 18:00. Counted as a working day the result was due Fri 6 Mar 18:30, four days early.
    const march = createWorkingCalendar({ holidays: ["2026-03-09"] });
    const intake = { intakeStartedAt: at("2026-03-04", "11:00"), receivedAt: at("2026-03-04", "11:10"), isSameLocality: true };
    const deadlines = serviceDeadlines(march, rules, "STATE_CORP", intake);
    expect(deadlines.serviceDeadline).toEqual(at("2026-03-10", "18:00"));
    expect(deadlines.resultToCorpDeadline).toEqual(at("2026-03-09", "18:00"));
    // the lead is the version's data, in hours
    expect(serviceDeadlines(march, { ...rules, resultToCorpLeadHours: 48 }, "STATE_CORP", intake).resultToCorpDeadline).toEqual(at("2026-03-08", "18:00"));
  });
});

describe("the open step and its norm state", () => {
  it("a registered package waits for an executor: 20 working minutes from registration", () => {
    const step = openStep(calendar, rules, timing({}))!;
    expect(step.step).toBe("COMPLETENESS_CHECK");
    expect(step.deadline).toEqual(at("2026-12-14", "10:35"));
    expect(normState(calendar, step, at("2026-12-14", "10:20"), rules.dueSoonShare)).toBe("ON_TIME");
    expect(normState(calendar, step, at("2026-12-14", "10:31"), rules.dueSoonShare)).toBe("DUE_SOON");
    // nobody took it within the norm: escalation, not merely overdue
    expect(normState(calendar, step, at("2026-12-14", "10:40"), rules.dueSoonShare)).toBe("ESCALATED");
  });

  it("a package under review past its norm is overdue", () => {
    const step = openStep(calendar, rules, timing({ state: "UNDER_REVIEW" }))!;
    expect(normState(calendar, step, at("2026-12-14", "10:40"), rules.dueSoonShare)).toBe("OVERDUE");
  });

  it("does not count lunch against the executor", () => {
    const step = openStep(calendar, rules, timing({ state: "UNDER_REVIEW", registeredAt: at("2026-12-14", "12:50") }))!;
    expect(step.deadline).toEqual(at("2026-12-14", "14:40"));
    expect(normState(calendar, step, at("2026-12-14", "14:00"), rules.dueSoonShare)).toBe("ON_TIME");
  });

  it("a State Corporation result is due back one working day before the term", () => {
    const step = openStep(
      calendar,
      rules,
      timing({ state: "REFUSED", channel: "STATE_CORP", decidedAt: at("2026-12-15", "10:00"), resultToCorpDeadline: at("2026-12-17", "18:30") }),
    )!;
    expect(step.step).toBe("RESULT_DELIVERY");
    expect(normState(calendar, step, at("2026-12-17", "18:31"), rules.dueSoonShare)).toBe("ESCALATED");
  });

  it("asks nothing of staff once an office result waits for the applicant, or is issued", () => {
    expect(openStep(calendar, rules, timing({ state: "ACCEPTED" }))).toBeNull();
    expect(openStep(calendar, rules, timing({ state: "RESULT_ISSUED" }))).toBeNull();
  });
});
