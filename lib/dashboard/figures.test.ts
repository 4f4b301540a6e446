import { describe, expect, it } from "vitest";
import { PROVIDER_HOURS, STATE_CORP_HOURS, createWorkingCalendar, localDateTime, workingMinutesBetween } from "../domain/working-calendar";
import { computeFigures, isWithinNorm, missedNorm, percentile, type FigureRecord } from "./figures";

const calendar = createWorkingCalendar({ holidays: ["2026-12-16"] });
const NORMS = { OFFICE_REGISTRATION: 20, COMPLETENESS_CHECK: 20, CORP_INTAKE: 20 };
const at = (date: string, time: string) => localDateTime(date, time);

function record(overrides: Partial<Omit<FigureRecord, "minutes">> & { minutes?: Partial<FigureRecord["minutes"]> } = {}): FigureRecord {
  return {
    state: "RESULT_ISSUED",
    refusalGroundCodes: [],
    receivedAt: at("2026-11-24", "10:00"),
    currentStepDeadline: null,
    isResultSentInTime: null,
    norms: NORMS,
    ...overrides,
    minutes: { OFFICE_REGISTRATION: null, COMPLETENESS_CHECK: null, CORP_INTAKE: null, ...overrides.minutes },
  };
}

const period = { from: at("2026-11-23", "00:00"), to: at("2026-11-30", "00:00") };
const now = at("2026-11-25", "12:00");

describe("a step within its norm", () => {
  it("counts working minutes only: 18:10 to 18:25 before closing is 15 minutes, within the norm", () => {
    const minutes = workingMinutesBetween(calendar, PROVIDER_HOURS, at("2026-11-24", "18:10"), at("2026-11-24", "18:25"));
    expect(minutes).toBe(15);
    expect(isWithinNorm(minutes, 20)).toBe(true);
  });

  it("does not count the lunch break: 13:00 to 14:40 is 10 working minutes, within the norm", () => {
    const minutes = workingMinutesBetween(calendar, PROVIDER_HOURS, at("2026-11-24", "13:00"), at("2026-11-24", "14:40"));
    expect(minutes).toBe(10);
    expect(isWithinNorm(minutes, 20)).toBe(true);
  });

  it("runs over the evening: 18:20 to 09:15 next morning is 25 minutes, over the norm", () => {
    const minutes = workingMinutesBetween(calendar, PROVIDER_HOURS, at("2026-11-24", "18:20"), at("2026-11-25", "09:15"));
    expect(minutes).toBe(25);
    expect(isWithinNorm(minutes, 20)).toBe(false);
  });

  it("skips a holiday: the State Corporation's 17:55 on the 15th to 09:10 on the 17th is 15 minutes", () => {
    const minutes = workingMinutesBetween(calendar, STATE_CORP_HOURS, at("2026-12-15", "17:55"), at("2026-12-17", "09:10"));
    expect(minutes).toBe(15);
  });

  it("is inclusive at the norm itself: exactly 20 minutes is within, 20.5 is not", () => {
    expect(isWithinNorm(20, 20)).toBe(true);
    expect(isWithinNorm(20.5, 20)).toBe(false);
  });
});

describe("percentiles", () => {
  it("interpolate between ranks as PostgreSQL's percentile_cont does", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([10, 20], 0.5)).toBe(15);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([30, 10, 20], 0.5)).toBe(20);
  });
});

describe("the key figures", () => {
  it("count the cohort received in the period, split into in progress, accepted and refused", () => {
    const figures = computeFigures(
      [
        record({ state: "UNDER_REVIEW" }),
        record({ state: "CORP_ACCEPTED" }),
        record({ state: "ACCEPTED" }),
        record({ state: "RESULT_ISSUED" }),
        record({ state: "REFUSED", refusalGroundCodes: ["INCOMPLETE_PACKAGE"] }),
        record({ state: "RESULT_ISSUED", refusalGroundCodes: ["INCOMPLETE_PACKAGE"] }),
        record({ state: "ACCEPTED", receivedAt: at("2026-11-20", "10:00") }), // before the period
        record({ state: "ACCEPTED", receivedAt: at("2026-11-30", "00:00") }), // the period's end is exclusive
      ],
      period,
      now,
    );
    expect([figures.received, figures.inProgress, figures.accepted, figures.refused]).toEqual([6, 2, 2, 2]);
  });

  it("give the share of each step within its norm, per step, against the application's own norm", () => {
    const figures = computeFigures(
      [
        record({ minutes: { OFFICE_REGISTRATION: 15, COMPLETENESS_CHECK: 10 } }),
        record({ minutes: { OFFICE_REGISTRATION: 25, COMPLETENESS_CHECK: 20 } }),
        record({ minutes: { OFFICE_REGISTRATION: 10 } }), // still being checked: no check time yet
        record({ minutes: { CORP_INTAKE: 12 }, norms: { ...NORMS, CORP_INTAKE: 10 } }), // a stricter version
        record({ minutes: { OFFICE_REGISTRATION: 40 }, receivedAt: at("2026-11-01", "10:00") }), // outside the period
      ],
      period,
      now,
    );
    expect(figures.steps.OFFICE_REGISTRATION).toEqual({ done: 3, withinNorm: 2, missed: 1, share: 2 / 3, median: 15, p90: 23 });
    expect(figures.steps.COMPLETENESS_CHECK).toMatchObject({ done: 2, withinNorm: 2, share: 1, median: 15 });
    expect(figures.steps.CORP_INTAKE).toMatchObject({ done: 1, withinNorm: 0, missed: 1, share: 0 });
    expect(missedNorm(figures)).toBe(2);
  });

  it("leave a share empty, not zero, when no step of that kind ended", () => {
    const figures = computeFigures([record()], period, now);
    expect(figures.steps.CORP_INTAKE).toEqual({ done: 0, withinNorm: 0, missed: 0, share: null, median: null, p90: null });
    expect(figures.resultDelivery.share).toBeNull();
  });

  it("give the share of State Corporation results delivered at least one day before the term", () => {
    const figures = computeFigures(
      [record({ isResultSentInTime: true }), record({ isResultSentInTime: true }), record({ isResultSentInTime: false }), record()],
      period,
      now,
    );
    expect(figures.resultDelivery).toEqual({ delivered: 3, inTime: 2, share: 2 / 3 });
  });

  it("count as overdue now every package past its current deadline, whenever it was received", () => {
    const figures = computeFigures(
      [
        record({ state: "REGISTERED", currentStepDeadline: at("2026-11-25", "11:00") }),
        record({ state: "REGISTERED", currentStepDeadline: at("2026-11-25", "12:30") }), // not yet
        record({ state: "IN_TRANSIT_TO_PROVIDER", currentStepDeadline: at("2026-11-10", "18:30"), receivedAt: at("2026-11-02", "10:00") }),
        record({ state: "RESULT_ISSUED" }),
      ],
      period,
      now,
    );
    expect(figures.overdueNow).toBe(2);
  });
});
