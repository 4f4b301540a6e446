// What a change of the working calendar (a day off added or removed, a weekend day made working)
// does to the packages still under way: their deadlines are computed in working time, so a new
// day off moves every deadline whose working time runs across it. The administrator sees this
// before applying the change (issue 15, item 8), and applying it recomputes exactly these.
import { openStep, serviceDeadlines, type ApplicationTiming } from "./deadlines";
import { APPLICATION_STATES, FINAL_STATES, type ApplicationState } from "./lifecycle";
import type { RegulationRules } from "./regulation-version";
import type { WorkingCalendar } from "./working-calendar";

/**
 * A package is open while its service is not over: every state but the final ones (the result
 * handed over). A decided package waiting to be handed over or sent back still has its terms running.
 */
export const OPEN_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter((state) => !FINAL_STATES.includes(state));

export const DEADLINE_FIELDS = ["serviceDeadline", "resultToCorpDeadline", "currentStepDeadline"] as const;
export type DeadlineField = (typeof DEADLINE_FIELDS)[number];
export type Deadlines = Record<DeadlineField, Date | null>;

export interface OpenPackage extends ApplicationTiming {
  id: string;
  registrationNumber: string;
  receivedAt: Date;
  /** State Corporation packages: its centre stands in the provider's district (3 working days, not 7) */
  isSameLocality: boolean;
  currentStepDeadline: Date | null;
}

/** The deadlines a package has under `calendar`, from the moments it already has. */
export function deadlinesUnder(calendar: WorkingCalendar, rules: RegulationRules, app: OpenPackage): Deadlines {
  const term = serviceDeadlines(calendar, rules, app.channel, { intakeStartedAt: app.intakeStartedAt, receivedAt: app.receivedAt, isSameLocality: app.isSameLocality });
  // once the result has gone back to the State Corporation its deadline was met or missed, and
  // `isResultSentInTime` says which: that judgement is history, not moved by a later calendar
  const resultToCorpDeadline = app.state === "RESULT_SENT_TO_CORP" ? app.resultToCorpDeadline : term.resultToCorpDeadline;
  const timing: ApplicationTiming = { ...app, serviceDeadline: term.serviceDeadline, resultToCorpDeadline };
  return {
    serviceDeadline: term.serviceDeadline,
    resultToCorpDeadline,
    currentStepDeadline: openStep(calendar, rules, timing)?.deadline ?? null,
  };
}

export interface DeadlineMove {
  field: DeadlineField;
  from: Date | null;
  to: Date | null;
}

export interface MovedPackage {
  id: string;
  registrationNumber: string;
  moves: DeadlineMove[];
  /** all three deadlines as they will be stored */
  after: Deadlines;
}

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * The open packages whose deadlines the change from `before` to `after` moves, each deadline from
 * what is stored to what the new calendar gives. Only what the change itself moves: a deadline
 * the two calendars agree on is left as stored.
 */
export function movedByCalendarChange(
  before: WorkingCalendar,
  after: WorkingCalendar,
  packages: readonly { app: OpenPackage; rules: RegulationRules }[],
): MovedPackage[] {
  const moved: MovedPackage[] = [];
  for (const { app, rules } of packages) {
    if (!OPEN_STATES.includes(app.state)) continue;
    const was = deadlinesUnder(before, rules, app);
    const will = deadlinesUnder(after, rules, app);
    const changed = DEADLINE_FIELDS.filter((field) => !same(was[field], will[field]));
    if (changed.length === 0) continue;
    const stored: Deadlines = { serviceDeadline: app.serviceDeadline, resultToCorpDeadline: app.resultToCorpDeadline, currentStepDeadline: app.currentStepDeadline };
    const next: Deadlines = { ...stored, ...Object.fromEntries(changed.map((field) => [field, will[field]])) };
    const moves = changed.filter((field) => !same(stored[field], will[field])).map((field) => ({ field, from: stored[field], to: will[field] }));
    if (moves.length) moved.push({ id: app.id, registrationNumber: app.registrationNumber, moves, after: next });
  }
  return moved.sort((a, b) => a.registrationNumber.localeCompare(b.registrationNumber));
}
