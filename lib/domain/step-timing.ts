// What a transition records about time: how long the step it ends took (in the working time of
// whoever acted) and the deadline of the step that comes next. Stored on the application so
// the dashboard's norm figures are plain SQL over indexed columns.
import { openStep, type ApplicationTiming } from "./deadlines";
import type { Action } from "./lifecycle";
import type { RegulationRules } from "./regulation-version";
import { PROVIDER_HOURS, STATE_CORP_HOURS, workingMinutesBetween, type WorkingCalendar } from "./working-calendar";

export interface StepTimingFields {
  corpIntakeMinutes?: number;
  registrationMinutes?: number;
  checkMinutes?: number;
  isResultSentInTime?: boolean;
  currentStepDeadline: Date | null;
}

/**
 * `after` is the application as it stands once the transition is applied (new state and the
 * timestamps the transition sets).
 */
export function timingOnTransition(
  calendar: WorkingCalendar,
  rules: RegulationRules,
  action: Action,
  after: ApplicationTiming,
  at: Date,
): StepTimingFields {
  const fields: StepTimingFields = { currentStepDeadline: openStep(calendar, rules, after)?.deadline ?? null };
  switch (action) {
    case "REGISTER_AT_OFFICE":
      fields.registrationMinutes = workingMinutesBetween(calendar, PROVIDER_HOURS, after.intakeStartedAt, at);
      break;
    case "FORWARD_TO_PROVIDER":
      fields.corpIntakeMinutes = workingMinutesBetween(calendar, STATE_CORP_HOURS, after.intakeStartedAt, at);
      break;
    case "ACCEPT_DOCUMENTS":
    case "REFUSE_DOCUMENTS":
      if (after.registeredAt) fields.checkMinutes = workingMinutesBetween(calendar, PROVIDER_HOURS, after.registeredAt, at);
      break;
    case "SEND_RESULT_TO_CORP":
      if (after.resultToCorpDeadline) fields.isResultSentInTime = at.getTime() <= after.resultToCorpDeadline.getTime();
      break;
    default:
      break;
  }
  return fields;
}
