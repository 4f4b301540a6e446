import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import type { ApplicationTiming } from "./deadlines";
import { regulationRulesSchema } from "./regulation-version";
import { timingOnTransition } from "./step-timing";
import { createWorkingCalendar, localDateTime } from "./working-calendar";

const rules = regulationRulesSchema.parse(REGULATION_VERSIONS[0]!.rules);
const calendar = createWorkingCalendar({ holidays: [] });
const at = (time: string) => localDateTime("2026-12-14", time);
const base: ApplicationTiming = {
  state: "REGISTERED",
  channel: "OFFICE",
  intakeStartedAt: at("18:10"),
  registeredAt: null,
  decidedAt: null,
  serviceDeadline: null,
  resultToCorpDeadline: null,
};

describe("step timing recorded by a transition", () => {
  it("a registration from 18:10 to 18:25 took 15 working minutes, and the executor's clock starts", () => {
    const fields = timingOnTransition(calendar, rules, "REGISTER_AT_OFFICE", { ...base, registeredAt: at("18:25") }, at("18:25"));
    expect(fields.registrationMinutes).toBe(15);
    // 5 minutes remain today, 15 more tomorrow morning
    expect(fields.currentStepDeadline).toEqual(localDateTime("2026-12-15", "09:15"));
  });

  it("a check from 13:00 to 14:40 across lunch took 10 working minutes", () => {
    const fields = timingOnTransition(
      calendar,
      rules,
      "REFUSE_DOCUMENTS",
      { ...base, state: "REFUSED", registeredAt: at("13:00"), decidedAt: at("14:40") },
      at("14:40"),
    );
    expect(fields.checkMinutes).toBe(10);
    expect(fields.currentStepDeadline).toBeNull(); // at the office the applicant collects the result
  });

  it("the State Corporation's step is counted in its own hours (no lunch break)", () => {
    const fields = timingOnTransition(
      calendar,
      rules,
      "FORWARD_TO_PROVIDER",
      { ...base, state: "IN_TRANSIT_TO_PROVIDER", channel: "STATE_CORP", intakeStartedAt: at("12:55"), resultToCorpDeadline: localDateTime("2026-12-16", "18:30") },
      at("13:10"),
    );
    expect(fields.corpIntakeMinutes).toBe(15);
    expect(fields.currentStepDeadline).toEqual(localDateTime("2026-12-16", "18:30"));
  });

  it("marks a result sent to the State Corporation in time, or late", () => {
    const sent = { ...base, state: "RESULT_SENT_TO_CORP" as const, channel: "STATE_CORP" as const, resultToCorpDeadline: at("18:30") };
    expect(timingOnTransition(calendar, rules, "SEND_RESULT_TO_CORP", sent, at("18:30")).isResultSentInTime).toBe(true);
    expect(timingOnTransition(calendar, rules, "SEND_RESULT_TO_CORP", sent, at("18:31")).isResultSentInTime).toBe(false);
  });
});
