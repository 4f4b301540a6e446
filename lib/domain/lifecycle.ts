// The life of an application, as one table. Every state change in the portal goes through
// `findTransition`; the process page, the state diagram (docs/state-diagram.md) and the
// regional process map are drawn from the same table.
//
// Regulation (Mangystau akimat No. 121 of 2018, appendix 17):
//   par. 5, 8 — at the provider: the office clerk registers and gives a receipt (20 min),
//               the responsible executor accepts and checks completeness (20 min);
//   par. 9, 10 — through the State Corporation: its operator accepts, registers, gives a
//               receipt and forwards (20 min); the provider's office checks completeness and
//               delivers the result back no later than one day before the term ends.
// Who checks completeness is the version's rule, per channel (`completenessCheckedBy`): the rows
// of that step list every role that may hold it, and `rolesFor` narrows them by the rule.

export const APPLICATION_STATES = [
  "CORP_ACCEPTED",
  "IN_TRANSIT_TO_PROVIDER",
  "REGISTERED",
  "UNDER_REVIEW",
  "ACCEPTED",
  "REFUSED",
  "RESULT_SENT_TO_CORP",
  "RESULT_ISSUED",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const ROLES = ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN", "SYSTEM_ADMIN", "PROVIDER_HEAD"] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ["CLERK", "EXECUTOR", "CORP_OPERATOR"] as const satisfies readonly Role[];

/**
 * How a package enters: at the provider's office, through the State Corporation, or (where the
 * version in force serves it: `isServedOnPortal`) filled in online by the teacher herself.
 */
export const CHANNELS = ["OFFICE", "STATE_CORP", "E_GOV_PORTAL"] as const;
export type Channel = (typeof CHANNELS)[number];
/** The channels of paper handed over at a counter: what is done with an incomplete one, and where a result waits, are kept per these. */
export const COUNTER_CHANNELS = ["OFFICE", "STATE_CORP"] as const satisfies readonly Channel[];
export type CounterChannel = (typeof COUNTER_CHANNELS)[number];

export function isCounterChannel(channel: Channel): channel is CounterChannel {
  return (COUNTER_CHANNELS as readonly Channel[]).includes(channel);
}

/** The roles a regulation version may give the completeness check to. */
export const CHECKER_ROLES = ["EXECUTOR", "CLERK"] as const satisfies readonly Role[];
export type CheckerRole = (typeof CHECKER_ROLES)[number];

/** The part of a version's rules the table needs: who checks completeness on each channel. */
export interface RoleRules {
  completenessCheckedBy: Record<Channel, CheckerRole>;
}

export const ACTIONS = [
  "REGISTER_AT_OFFICE",
  "ACCEPT_AT_CORP",
  "SUBMIT_ONLINE",
  "FORWARD_TO_PROVIDER",
  "REGISTER_ARRIVAL",
  "TAKE_FOR_REVIEW",
  "ACCEPT_DOCUMENTS",
  "REFUSE_DOCUMENTS",
  "SEND_RESULT_TO_CORP",
  "ISSUE_RESULT",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Audit events also record things that are not steps of the life cycle (a scan attached). */
export function isLifecycleAction(action: string): action is Action {
  return (ACTIONS as readonly string[]).includes(action);
}

/** The step of the regulation that an action completes; norms are kept per step. */
export type Step = "CORP_INTAKE" | "OFFICE_REGISTRATION" | "COMPLETENESS_CHECK" | "RESULT_DELIVERY";

/**
 * What the actor fills in to take a step: nothing but a button, the intake form (the package is
 * created; `onlineForm`: the teacher's own online application, confirmed), the completeness check (the decision), or the hand-over of the result (who received
 * it, the identity document checked: lib/domain/result-handover.ts).
 */
export type ActionInput = "button" | "intakeForm" | "onlineForm" | "completenessCheck" | "handoverForm";

export interface Transition {
  /** null: the action creates the application */
  from: ApplicationState | null;
  action: Action;
  to: ApplicationState;
  roles: readonly Role[];
  channels: readonly Channel[];
  step: Step;
  input: ActionInput;
  /** the roles are the version's: `roles` lists every role the rule may name */
  rolesBy?: "completenessCheckedBy";
}

const CHECK = { roles: CHECKER_ROLES, channels: CHANNELS, step: "COMPLETENESS_CHECK", rolesBy: "completenessCheckedBy" } as const;

export const TRANSITIONS: readonly Transition[] = [
  { from: null, action: "REGISTER_AT_OFFICE", to: "REGISTERED", roles: ["CLERK"], channels: ["OFFICE"], step: "OFFICE_REGISTRATION", input: "intakeForm" },
  { from: null, action: "ACCEPT_AT_CORP", to: "CORP_ACCEPTED", roles: ["CORP_OPERATOR"], channels: ["STATE_CORP"], step: "CORP_INTAKE", input: "intakeForm" },
  // the teacher's own online application: registered at the provider on receipt; its result is
  // the decision itself, read in her account (no paper to hand over on this channel)
  { from: null, action: "SUBMIT_ONLINE", to: "REGISTERED", roles: ["APPLICANT"], channels: ["E_GOV_PORTAL"], step: "OFFICE_REGISTRATION", input: "onlineForm" },
  { from: "CORP_ACCEPTED", action: "FORWARD_TO_PROVIDER", to: "IN_TRANSIT_TO_PROVIDER", roles: ["CORP_OPERATOR"], channels: ["STATE_CORP"], step: "CORP_INTAKE", input: "button" },
  { from: "IN_TRANSIT_TO_PROVIDER", action: "REGISTER_ARRIVAL", to: "REGISTERED", roles: ["CLERK"], channels: ["STATE_CORP"], step: "OFFICE_REGISTRATION", input: "button" },
  { from: "REGISTERED", action: "TAKE_FOR_REVIEW", to: "UNDER_REVIEW", ...CHECK, input: "button" },
  { from: "UNDER_REVIEW", action: "ACCEPT_DOCUMENTS", to: "ACCEPTED", ...CHECK, input: "completenessCheck" },
  { from: "UNDER_REVIEW", action: "REFUSE_DOCUMENTS", to: "REFUSED", ...CHECK, input: "completenessCheck" },
  { from: "ACCEPTED", action: "SEND_RESULT_TO_CORP", to: "RESULT_SENT_TO_CORP", roles: ["CLERK"], channels: ["STATE_CORP"], step: "RESULT_DELIVERY", input: "button" },
  { from: "REFUSED", action: "SEND_RESULT_TO_CORP", to: "RESULT_SENT_TO_CORP", roles: ["CLERK"], channels: ["STATE_CORP"], step: "RESULT_DELIVERY", input: "button" },
  { from: "ACCEPTED", action: "ISSUE_RESULT", to: "RESULT_ISSUED", roles: ["CLERK"], channels: ["OFFICE"], step: "RESULT_DELIVERY", input: "handoverForm" },
  { from: "REFUSED", action: "ISSUE_RESULT", to: "RESULT_ISSUED", roles: ["CLERK"], channels: ["OFFICE"], step: "RESULT_DELIVERY", input: "handoverForm" },
  { from: "RESULT_SENT_TO_CORP", action: "ISSUE_RESULT", to: "RESULT_ISSUED", roles: ["CORP_OPERATOR"], channels: ["STATE_CORP"], step: "RESULT_DELIVERY", input: "handoverForm" },
];

/** States with no way out: the service is over. */
export const FINAL_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter((state) => !TRANSITIONS.some((t) => t.from === state));

/**
 * States in which the decision is made: what the completeness check leads to, and every state
 * after it. A refused application may be followed by a new one.
 */
export const DECIDED_STATES: readonly ApplicationState[] = statesFrom(TRANSITIONS.filter((t) => t.input === "completenessCheck").map((t) => t.to));

/**
 * Whether a package in this state on this channel still waits for someone: on the portal's
 * channel the decision ends the service (the result is in her account), elsewhere the hand-over.
 */
export function isOpenOn(state: ApplicationState, channel: Channel): boolean {
  return TRANSITIONS.some((t) => t.from === state && t.channels.includes(channel));
}

export function isDecided(state: ApplicationState): boolean {
  return DECIDED_STATES.includes(state);
}

function statesFrom(start: readonly ApplicationState[]): ApplicationState[] {
  const reached = new Set(start);
  for (const state of reached) for (const t of TRANSITIONS) if (t.from === state) reached.add(t.to);
  return APPLICATION_STATES.filter((state) => reached.has(state));
}

/**
 * Where a package in each state stands, as its badge tells staff and applicants alike: with the
 * State Corporation, waiting for the provider's executor, being checked, decided one way or the
 * other, on its way back to the State Corporation, handed over. The badge colours key on it; a
 * test holds it to FINAL_STATES and DECIDED_STATES.
 */
export const STATE_STANDINGS = {
  CORP_ACCEPTED: "withStateCorp",
  IN_TRANSIT_TO_PROVIDER: "withStateCorp",
  REGISTERED: "waiting",
  UNDER_REVIEW: "inCheck",
  ACCEPTED: "accepted",
  REFUSED: "refused",
  RESULT_SENT_TO_CORP: "returning",
  RESULT_ISSUED: "handedOver",
} as const satisfies Record<ApplicationState, string>;
export type Standing = (typeof STATE_STANDINGS)[ApplicationState];

/** The steps a staff member takes with one button: no form to fill in. */
export const BUTTON_ACTIONS: readonly Action[] = ACTIONS.filter((action) => TRANSITIONS.some((t) => t.action === action && t.input === "button"));

export function isButtonAction(action: Action): boolean {
  return BUTTON_ACTIONS.includes(action);
}

/** The roles that take this transition on this channel under a version's rules. */
export function rolesFor(transition: Transition, channel: Channel, rules: RoleRules): readonly Role[] {
  if (!transition.channels.includes(channel)) return [];
  return transition.rolesBy === "completenessCheckedBy" ? [rules.completenessCheckedBy[channel]] : transition.roles;
}

/** Whether this role checks completeness on this channel under a version's rules. */
export function checksCompleteness(role: Role, channel: Channel, rules: RoleRules): boolean {
  return rules.completenessCheckedBy[channel] === role;
}

/** The roles that may take this action in some state and channel under some version (the union over its rows). */
export function rolesTaking(action: Action): Role[] {
  return [...new Set(TRANSITIONS.filter((t) => t.action === action).flatMap((t) => t.roles))];
}

/** How a role takes a package in, if it does: the creating transition it may make (one per role). */
export function intakeTransitionOf(role: Role): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === null && t.roles.includes(role));
}

export function findTransition(
  from: ApplicationState | null,
  action: Action,
  channel: Channel,
): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action && t.channels.includes(channel));
}

export function availableActions(state: ApplicationState, channel: Channel, role: Role, rules: RoleRules): Action[] {
  return TRANSITIONS.filter((t) => t.from === state && rolesFor(t, channel, rules).includes(role)).map((t) => t.action);
}

/** Who acts next on an application in this state: what the applicant's timeline says. */
export function nextActorRoles(state: ApplicationState, channel: Channel, rules: RoleRules): Role[] {
  const roles = TRANSITIONS.filter((t) => t.from === state).flatMap((t) => rolesFor(t, channel, rules));
  return [...new Set(roles)];
}
