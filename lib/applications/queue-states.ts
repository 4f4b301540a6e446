import type { ApplicationState, Role } from "../domain/lifecycle";

/** What each role's default queue holds: the states in which that role has work to do or watch. */
export const QUEUE_STATES: Record<Role, ApplicationState[] | undefined> = {
  APPLICANT: undefined,
  CLERK: ["IN_TRANSIT_TO_PROVIDER", "REGISTERED", "ACCEPTED", "REFUSED"],
  EXECUTOR: ["REGISTERED", "UNDER_REVIEW"],
  CORP_OPERATOR: ["CORP_ACCEPTED", "IN_TRANSIT_TO_PROVIDER", "RESULT_SENT_TO_CORP"],
  REGION_ADMIN: undefined,
  SYSTEM_ADMIN: [],
};
