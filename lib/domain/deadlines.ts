// Norms and deadlines of the regulation, counted in the working time of whoever acts:
// the 20-minute step norms (par. 5, 8, 9), the service term in working days for the State
// Corporation channel (the day it accepts the package is not counted), and the provider's
// deadline to return the result to the State Corporation "no later than one day" — 24 hours of
// the clock, not a working day — before the term ends (par. 10).
import type { ApplicationState, Channel, Step } from "./lifecycle";
import { officeTermMinutes, servedPortalChannel, type RegulationRules } from "./regulation-version";
import {
  PROVIDER_HOURS,
  STATE_CORP_HOURS,
  addWorkingDays,
  addWorkingMinutes,
  workingMinutesBetween,
  type WorkingCalendar,
  type WorkingHours,
} from "./working-calendar";

const MS_PER_HOUR = 3_600_000;

export type NormState = "ON_TIME" | "DUE_SOON" | "OVERDUE" | "ESCALATED";

export interface ServiceDeadlines {
  serviceDeadline: Date;
  /** State Corporation channel only */
  resultToCorpDeadline: Date | null;
}

export function serviceDeadlines(
  calendar: WorkingCalendar,
  rules: RegulationRules,
  channel: Channel,
  intake: { intakeStartedAt: Date; receivedAt: Date; isSameLocality: boolean },
): ServiceDeadlines {
  if (channel === "OFFICE") {
    // at the office the result is the receipt of acceptance or the refusal, the same visit
    const minutes = officeTermMinutes(rules);
    return { serviceDeadline: addWorkingMinutes(calendar, PROVIDER_HOURS, intake.intakeStartedAt, minutes), resultToCorpDeadline: null };
  }
  if (channel === "E_GOV_PORTAL") {
    // the law's term on the portal (1 working day in the 2020 rules), in the provider's working
    // time from receipt; the version's own number, never one written here
    const portal = servedPortalChannel(rules);
    if (!portal) throw new Error("The version does not serve the e-government portal's channel");
    return { serviceDeadline: addWorkingDays(calendar, PROVIDER_HOURS, intake.receivedAt, portal.termWorkingDays), resultToCorpDeadline: null };
  }
  const days = intake.isSameLocality
    ? rules.serviceTermWorkingDays.stateCorpSameLocality
    : rules.serviceTermWorkingDays.stateCorpOtherLocality;
  const serviceDeadline = addWorkingDays(calendar, STATE_CORP_HOURS, intake.receivedAt, days);
  const resultToCorpDeadline = new Date(serviceDeadline.getTime() - rules.resultToCorpLeadHours * MS_PER_HOUR);
  return { serviceDeadline, resultToCorpDeadline };
}

export interface ApplicationTiming {
  state: ApplicationState;
  channel: Channel;
  intakeStartedAt: Date;
  registeredAt: Date | null;
  decidedAt: Date | null;
  serviceDeadline: Date | null;
  resultToCorpDeadline: Date | null;
}

export interface OpenStep {
  step: Step;
  /** when the clock of this step started */
  since: Date;
  deadline: Date;
  /** false while nobody has picked the step up: overdue then means escalation */
  hasStarted: boolean;
  hours: WorkingHours;
}

/** The step an application is waiting on, with its deadline; null when nothing is due from staff. */
export function openStep(calendar: WorkingCalendar, rules: RegulationRules, app: ApplicationTiming): OpenStep | null {
  const norm = (step: "CORP_INTAKE" | "COMPLETENESS_CHECK", since: Date, hours: WorkingHours) =>
    addWorkingMinutes(calendar, hours, since, rules.stepNormMinutes[step]);
  switch (app.state) {
    case "CORP_ACCEPTED":
      return {
        step: "CORP_INTAKE",
        since: app.intakeStartedAt,
        deadline: norm("CORP_INTAKE", app.intakeStartedAt, STATE_CORP_HOURS),
        hasStarted: true,
        hours: STATE_CORP_HOURS,
      };
    case "IN_TRANSIT_TO_PROVIDER":
      // the clerk's 20 minutes start on arrival; until then the provider's whole share is at stake
      return app.resultToCorpDeadline
        ? { step: "OFFICE_REGISTRATION", since: app.intakeStartedAt, deadline: app.resultToCorpDeadline, hasStarted: false, hours: PROVIDER_HOURS }
        : null;
    case "REGISTERED":
    case "UNDER_REVIEW": {
      // par. 6: registration's result starts the executor's step
      const since = app.registeredAt ?? app.intakeStartedAt;
      return {
        step: "COMPLETENESS_CHECK",
        since,
        deadline: norm("COMPLETENESS_CHECK", since, PROVIDER_HOURS),
        hasStarted: app.state === "UNDER_REVIEW",
        hours: PROVIDER_HOURS,
      };
    }
    case "ACCEPTED":
    case "REFUSED":
      return app.channel === "STATE_CORP" && app.resultToCorpDeadline
        ? { step: "RESULT_DELIVERY", since: app.decidedAt ?? app.intakeStartedAt, deadline: app.resultToCorpDeadline, hasStarted: false, hours: PROVIDER_HOURS }
        : null; // at the office the applicant collects the result; nothing is due from staff
    case "RESULT_SENT_TO_CORP":
    case "RESULT_ISSUED":
      return null;
  }
}

/**
 * On time, due soon (amber) once the share `dueSoonShare` of the step's working time is used,
 * overdue (red) past the deadline — or escalated when the step was not even started in time.
 */
export function normState(calendar: WorkingCalendar, step: OpenStep, now: Date, dueSoonShare: number): NormState {
  if (now.getTime() >= step.deadline.getTime()) return step.hasStarted ? "OVERDUE" : "ESCALATED";
  const total = workingMinutesBetween(calendar, step.hours, step.since, step.deadline);
  const used = workingMinutesBetween(calendar, step.hours, step.since, now);
  return total > 0 && used / total >= dueSoonShare ? "DUE_SOON" : "ON_TIME";
}

/** Working minutes a finished step took, for the norm statistics. */
export function stepWorkingMinutes(calendar: WorkingCalendar, hours: WorkingHours, from: Date, to: Date): number {
  return workingMinutesBetween(calendar, hours, from, to);
}

/** Working minutes from `now` to `deadline`: positive while time is left, negative once late. */
export function signedWorkingMinutes(calendar: WorkingCalendar, hours: WorkingHours, now: Date, deadline: Date): number {
  return now.getTime() <= deadline.getTime()
    ? Math.round(workingMinutesBetween(calendar, hours, now, deadline))
    : -Math.round(workingMinutesBetween(calendar, hours, deadline, now));
}
