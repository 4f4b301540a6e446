// What each figure of the regional dashboard means, as plain TypeScript over hand-made records.
// The dashboard computes the same figures in SQL (aggregate.ts); an integration test holds the
// two to the same answers, and the unit tests pin each definition.
//
// - A figure counts the applications *received in the period* (a cohort), except "overdue now",
//   which counts every open package past its current deadline, whenever it was received.
// - A step is within its norm when the working minutes it took (stored when the step ended, in
//   the working time of whoever acted: lunch, evenings, weekends and holidays do not count) are
//   at most the norm of the application's regulation version. The office-registration step is
//   timed at the office (the clerk), the completeness check from registration to the decision
//   (the executor), the State Corporation intake from the visitor to forwarding (the operator).
// - A State Corporation result is in time when the provider sent it no later than one working
//   day before the term (par. 10).
import type { ApplicationState } from "../domain/lifecycle";
import type { NormedStep } from "../domain/regulation-version";

export const NORMED_STEPS = ["OFFICE_REGISTRATION", "COMPLETENESS_CHECK", "CORP_INTAKE"] as const satisfies readonly NormedStep[];

export const OPEN_STATES: readonly ApplicationState[] = ["CORP_ACCEPTED", "IN_TRANSIT_TO_PROVIDER", "REGISTERED", "UNDER_REVIEW"];

export interface StepFigures {
  /** steps of this kind that ended */
  done: number;
  withinNorm: number;
  /** done − withinNorm */
  missed: number;
  /** withinNorm / done; null when nothing ended */
  share: number | null;
  /** working minutes */
  median: number | null;
  p90: number | null;
}

export interface Figures {
  received: number;
  inProgress: number;
  accepted: number;
  refused: number;
  steps: Record<NormedStep, StepFigures>;
  resultDelivery: { delivered: number; inTime: number; share: number | null };
  overdueNow: number;
}

/** One application as the figures see it. */
export interface FigureRecord {
  state: ApplicationState;
  refusalGroundCodes: readonly string[];
  receivedAt: Date;
  currentStepDeadline: Date | null;
  minutes: Record<NormedStep, number | null>;
  isResultSentInTime: boolean | null;
  norms: Record<NormedStep, number>;
}

export function isWithinNorm(workingMinutes: number, normMinutes: number): boolean {
  return workingMinutes <= normMinutes;
}

export function isRefused(record: Pick<FigureRecord, "refusalGroundCodes">): boolean {
  return record.refusalGroundCodes.length > 0;
}

export function isOpen(record: Pick<FigureRecord, "state">): boolean {
  return OPEN_STATES.includes(record.state);
}

export function isOverdueAt(record: Pick<FigureRecord, "currentStepDeadline">, now: Date): boolean {
  return record.currentStepDeadline !== null && record.currentStepDeadline.getTime() < now.getTime();
}

/** Linear interpolation between the closest ranks: PostgreSQL's `percentile_cont`. */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function stepFigures(done: number, withinNorm: number, median: number | null, p90: number | null): StepFigures {
  return { done, withinNorm, missed: done - withinNorm, share: share(withinNorm, done), median, p90 };
}

/** The reference definition of every figure, over records in memory. */
export function computeFigures(records: readonly FigureRecord[], period: { from: Date; to: Date }, now: Date): Figures {
  const cohort = records.filter((r) => r.receivedAt >= period.from && r.receivedAt < period.to);
  const steps = Object.fromEntries(
    NORMED_STEPS.map((step) => {
      const ended = cohort.filter((r) => r.minutes[step] !== null);
      const minutes = ended.map((r) => r.minutes[step]!);
      const within = ended.filter((r) => isWithinNorm(r.minutes[step]!, r.norms[step])).length;
      return [step, stepFigures(ended.length, within, percentile(minutes, 0.5), percentile(minutes, 0.9))];
    }),
  ) as Record<NormedStep, StepFigures>;
  const delivered = cohort.filter((r) => r.isResultSentInTime !== null);
  const inTime = delivered.filter((r) => r.isResultSentInTime).length;
  return {
    received: cohort.length,
    inProgress: cohort.filter(isOpen).length,
    accepted: cohort.filter((r) => !isOpen(r) && !isRefused(r)).length,
    refused: cohort.filter(isRefused).length,
    steps,
    resultDelivery: { delivered: delivered.length, inTime, share: share(inTime, delivered.length) },
    overdueNow: records.filter((r) => isOverdueAt(r, now)).length,
  };
}

/** Norm steps missed in total: what "missed the 20-minute norm" sorts by. */
export function missedNorm(figures: Figures): number {
  return NORMED_STEPS.reduce((sum, step) => sum + figures.steps[step].missed, 0);
}
