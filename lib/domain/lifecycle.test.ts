import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  APPLICATION_STATES,
  BUTTON_ACTIONS,
  CHANNELS,
  COUNTER_CHANNELS,
  DECIDED_STATES,
  FINAL_STATES,
  ROLES,
  STATE_STANDINGS,
  TRANSITIONS,
  availableActions,
  checksCompleteness,
  findTransition,
  intakeTransitionOf,
  isDecided,
  nextActorRoles,
  rolesFor,
  rolesTaking,
  type ApplicationState,
  type Channel,
  type RoleRules,
} from "./lifecycle";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";

/** The seed regulation's rule: the executor checks at the office, the office clerk on the State Corporation route (p.10). */
const MANGYSTAU_2018: RoleRules = { completenessCheckedBy: { OFFICE: "EXECUTOR", STATE_CORP: "CLERK", E_GOV_PORTAL: "EXECUTOR" } };
const EXECUTOR_EVERYWHERE: RoleRules = { completenessCheckedBy: { OFFICE: "EXECUTOR", STATE_CORP: "EXECUTOR", E_GOV_PORTAL: "EXECUTOR" } };

function prismaEnum(name: string): string[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const block = schema.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))?.[1] ?? "";
  return block.split("\n").map((l) => l.trim()).filter(Boolean);
}

describe("the transition table", () => {
  it("uses exactly the states, roles and channels of the database enums", () => {
    expect(prismaEnum("ApplicationState")).toEqual([...APPLICATION_STATES]);
    expect(prismaEnum("Role")).toEqual([...ROLES]);
    expect(prismaEnum("Channel")).toEqual([...CHANNELS]);
  });

  it("reaches every state and leaves every state but the final one", () => {
    for (const state of APPLICATION_STATES) {
      expect(TRANSITIONS.some((t) => t.to === state), `${state} is reachable`).toBe(true);
      if (!FINAL_STATES.includes(state)) {
        expect(TRANSITIONS.some((t) => t.from === state), `${state} has a way out`).toBe(true);
      }
    }
    expect(TRANSITIONS.some((t) => t.from === "RESULT_ISSUED")).toBe(false);
  });

  it("uses every action", () => {
    for (const action of ACTIONS) expect(TRANSITIONS.some((t) => t.action === action), action).toBe(true);
  });

  it("is deterministic: one target per state, action and channel", () => {
    for (const channel of CHANNELS) {
      for (const from of [null, ...APPLICATION_STATES]) {
        for (const action of ACTIONS) {
          const matches = TRANSITIONS.filter((t) => t.from === from && t.action === action && t.channels.includes(channel));
          expect(matches.length, `${from} ${action} ${channel}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it("walks the office channel as paragraphs 5 and 8 describe", () => {
    expect(walk("OFFICE", ["REGISTER_AT_OFFICE", "TAKE_FOR_REVIEW", "ACCEPT_DOCUMENTS", "ISSUE_RESULT"])).toEqual([
      "REGISTERED",
      "UNDER_REVIEW",
      "ACCEPTED",
      "RESULT_ISSUED",
    ]);
    expect(findTransition("ACCEPTED", "SEND_RESULT_TO_CORP", "OFFICE")).toBeUndefined();
  });

  it("walks the State Corporation channel as paragraphs 9 and 10 describe", () => {
    expect(
      walk("STATE_CORP", [
        "ACCEPT_AT_CORP",
        "FORWARD_TO_PROVIDER",
        "REGISTER_ARRIVAL",
        "TAKE_FOR_REVIEW",
        "REFUSE_DOCUMENTS",
        "SEND_RESULT_TO_CORP",
        "ISSUE_RESULT",
      ]),
    ).toEqual(["CORP_ACCEPTED", "IN_TRANSIT_TO_PROVIDER", "REGISTERED", "UNDER_REVIEW", "REFUSED", "RESULT_SENT_TO_CORP", "RESULT_ISSUED"]);
    // the provider's clerk must not hand a State Corporation result over at its own office
    expect(findTransition("REFUSED", "ISSUE_RESULT", "STATE_CORP")).toBeUndefined();
  });

  it("lets only the roles of the regulation act at each step", () => {
    for (const role of ROLES) {
      for (const channel of CHANNELS) {
        for (const state of APPLICATION_STATES) {
          for (const rules of [MANGYSTAU_2018, EXECUTOR_EVERYWHERE]) {
            const actions = availableActions(state, channel, role, rules);
            if (role === "APPLICANT" || role === "REGION_ADMIN" || role === "SYSTEM_ADMIN") expect(actions).toEqual([]);
            for (const action of actions) expect(findTransition(state, action, channel)?.roles).toContain(role);
          }
        }
      }
    }
    expect(availableActions("REGISTERED", "OFFICE", "EXECUTOR", MANGYSTAU_2018)).toEqual(["TAKE_FOR_REVIEW"]);
    expect(availableActions("UNDER_REVIEW", "STATE_CORP", "EXECUTOR", EXECUTOR_EVERYWHERE)).toEqual(["ACCEPT_DOCUMENTS", "REFUSE_DOCUMENTS"]);
    expect(nextActorRoles("RESULT_SENT_TO_CORP", "STATE_CORP", MANGYSTAU_2018)).toEqual(["CORP_OPERATOR"]);
    expect(nextActorRoles("RESULT_ISSUED", "OFFICE", MANGYSTAU_2018)).toEqual([]);
  });
});

describe("who checks completeness: the version's rule, per channel (p.5.2 at the office, p.10 on the State Corporation route)", () => {
  it("gives the State Corporation route's check to the provider's office clerk in MANGYSTAU-2018, as the seed's p.10 says", () => {
    const seed = REGULATION_VERSIONS.find((v) => v.code === "MANGYSTAU-2018")!;
    expect(seed.rules.completenessCheckedBy).toEqual({ OFFICE: "EXECUTOR", STATE_CORP: "CLERK", E_GOV_PORTAL: "EXECUTOR" });
    expect(availableActions("REGISTERED", "STATE_CORP", "CLERK", seed.rules)).toEqual(["TAKE_FOR_REVIEW"]);
    expect(availableActions("UNDER_REVIEW", "STATE_CORP", "CLERK", seed.rules)).toEqual(["ACCEPT_DOCUMENTS", "REFUSE_DOCUMENTS"]);
    expect(availableActions("REGISTERED", "STATE_CORP", "EXECUTOR", seed.rules)).toEqual([]);
    expect(availableActions("UNDER_REVIEW", "STATE_CORP", "EXECUTOR", seed.rules)).toEqual([]);
    expect(nextActorRoles("REGISTERED", "STATE_CORP", seed.rules)).toEqual(["CLERK"]);
    // at the office the executor still checks, and the clerk only registers
    expect(availableActions("REGISTERED", "OFFICE", "CLERK", seed.rules)).toEqual([]);
    expect(nextActorRoles("REGISTERED", "OFFICE", seed.rules)).toEqual(["EXECUTOR"]);
  });

  it("hands each check step to exactly the role the rule names, for every role × channel × rule", () => {
    const checkSteps = TRANSITIONS.filter((t) => t.step === "COMPLETENESS_CHECK");
    expect(checkSteps.map((t) => t.action)).toEqual(["TAKE_FOR_REVIEW", "ACCEPT_DOCUMENTS", "REFUSE_DOCUMENTS"]);
    for (const office of ["EXECUTOR", "CLERK"] as const) {
      for (const stateCorp of ["EXECUTOR", "CLERK"] as const) {
        const rules: RoleRules = { completenessCheckedBy: { OFFICE: office, STATE_CORP: stateCorp, E_GOV_PORTAL: office } };
        for (const channel of CHANNELS) {
          for (const role of ROLES) {
            const isChecker = rules.completenessCheckedBy[channel] === role;
            expect(checksCompleteness(role, channel, rules), `${role} ${channel}`).toBe(isChecker);
            for (const t of checkSteps) expect(rolesFor(t, channel, rules).includes(role), `${t.action} ${channel} ${role}`).toBe(isChecker);
          }
        }
        // the rule moves no other step
        for (const t of TRANSITIONS.filter((t) => t.step !== "COMPLETENESS_CHECK")) {
          for (const channel of t.channels) expect(rolesFor(t, channel, rules)).toEqual(t.roles);
        }
      }
    }
  });
});

describe("what the table says about states and steps", () => {
  it("ends only in the result handed over, and decides at the completeness check", () => {
    expect(FINAL_STATES).toEqual(["RESULT_ISSUED"]);
    expect(DECIDED_STATES).toEqual(["ACCEPTED", "REFUSED", "RESULT_SENT_TO_CORP", "RESULT_ISSUED"]);
    expect(APPLICATION_STATES.filter(isDecided)).toEqual(DECIDED_STATES);
  });

  it("gives every state a standing that agrees with the table", () => {
    const decidedStandings = new Set(["accepted", "refused", "returning", "handedOver"]);
    for (const state of APPLICATION_STATES) {
      const standing = STATE_STANDINGS[state];
      expect(standing === "handedOver", `${state} is final`).toBe(FINAL_STATES.includes(state));
      expect(decidedStandings.has(standing), `${state} is decided`).toBe(isDecided(state));
    }
    // the two outcomes of the check stand apart
    expect(STATE_STANDINGS.ACCEPTED).not.toBe(STATE_STANDINGS.REFUSED);
  });

  it("asks for a form only to create a package, to decide on it or to hand its result over; every other step is a button", () => {
    for (const action of ACTIONS) {
      const inputs = new Set(TRANSITIONS.filter((t) => t.action === action).map((t) => t.input));
      expect(inputs.size, `${action} takes one kind of input`).toBe(1);
    }
    for (const t of TRANSITIONS) {
      // staff take a package in with the intake form; a teacher creates her own online
      expect(t.input === "intakeForm" || t.input === "onlineForm", `${t.action} creates`).toBe(t.from === null);
      expect(t.input === "onlineForm", `${t.action} is the teacher's own`).toBe(t.from === null && t.roles.includes("APPLICANT"));
      expect(t.input === "completenessCheck", `${t.action} decides`).toBe(t.from !== null && !isDecided(t.from) && isDecided(t.to));
      // the step that ends the service records who received the result (issue 15, item 9)
      expect(t.input === "handoverForm", `${t.action} hands the result over`).toBe(FINAL_STATES.includes(t.to));
    }
    expect(BUTTON_ACTIONS).toEqual(["FORWARD_TO_PROVIDER", "REGISTER_ARRIVAL", "TAKE_FOR_REVIEW", "SEND_RESULT_TO_CORP"]);
  });

  it("lets each role take packages in one way at most, on one channel", () => {
    for (const role of ROLES) {
      const creating = TRANSITIONS.filter((t) => t.from === null && t.roles.includes(role));
      expect(creating.length, role).toBeLessThanOrEqual(1);
      expect(intakeTransitionOf(role), role).toBe(creating[0]);
      if (creating[0]) expect(creating[0].channels, role).toHaveLength(1);
    }
    expect(intakeTransitionOf("CLERK")?.action).toBe("REGISTER_AT_OFFICE");
    expect(intakeTransitionOf("CORP_OPERATOR")?.action).toBe("ACCEPT_AT_CORP");
    expect(intakeTransitionOf("APPLICANT")).toMatchObject({ action: "SUBMIT_ONLINE", channels: ["E_GOV_PORTAL"], to: "REGISTERED" });
    // over every version: the rule may give the check to either
    expect(rolesTaking("TAKE_FOR_REVIEW")).toEqual(["EXECUTOR", "CLERK"]);
    expect(rolesTaking("ISSUE_RESULT")).toEqual(["CLERK", "CORP_OPERATOR"]);
  });
});

function walk(channel: Channel, actions: (typeof ACTIONS)[number][]): ApplicationState[] {
  const states: ApplicationState[] = [];
  let state: ApplicationState | null = null;
  for (const action of actions) {
    const transition = findTransition(state, action, channel);
    if (!transition) throw new Error(`no ${action} from ${state} in ${channel}`);
    state = transition.to;
    states.push(state);
  }
  return states;
}

describe("every role × state × action × channel, under MANGYSTAU-2018", () => {
  // its channels: the office and the State Corporation (it has no portal channel: paper only)
  // Written out by hand from the regulation, independently of TRANSITIONS.
  const ALLOWED = new Set([
    "-|REGISTER_AT_OFFICE|OFFICE|CLERK",
    "-|ACCEPT_AT_CORP|STATE_CORP|CORP_OPERATOR",
    "CORP_ACCEPTED|FORWARD_TO_PROVIDER|STATE_CORP|CORP_OPERATOR",
    "IN_TRANSIT_TO_PROVIDER|REGISTER_ARRIVAL|STATE_CORP|CLERK",
    "REGISTERED|TAKE_FOR_REVIEW|OFFICE|EXECUTOR",
    "REGISTERED|TAKE_FOR_REVIEW|STATE_CORP|CLERK",
    "UNDER_REVIEW|ACCEPT_DOCUMENTS|OFFICE|EXECUTOR",
    "UNDER_REVIEW|ACCEPT_DOCUMENTS|STATE_CORP|CLERK",
    "UNDER_REVIEW|REFUSE_DOCUMENTS|OFFICE|EXECUTOR",
    "UNDER_REVIEW|REFUSE_DOCUMENTS|STATE_CORP|CLERK",
    "ACCEPTED|ISSUE_RESULT|OFFICE|CLERK",
    "REFUSED|ISSUE_RESULT|OFFICE|CLERK",
    "ACCEPTED|SEND_RESULT_TO_CORP|STATE_CORP|CLERK",
    "REFUSED|SEND_RESULT_TO_CORP|STATE_CORP|CLERK",
    "RESULT_SENT_TO_CORP|ISSUE_RESULT|STATE_CORP|CORP_OPERATOR",
  ]);

  it(`allows exactly the ${ALLOWED.size} combinations of the regulation and nothing else`, () => {
    let checked = 0;
    for (const from of [null, ...APPLICATION_STATES]) {
      for (const action of ACTIONS) {
        for (const channel of COUNTER_CHANNELS) {
          for (const role of ROLES) {
            const transition = findTransition(from, action, channel);
            const isAllowed = Boolean(transition && rolesFor(transition, channel, MANGYSTAU_2018).includes(role));
            const key = `${from ?? "-"}|${action}|${channel}|${role}`;
            expect(isAllowed, key).toBe(ALLOWED.has(key));
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(9 * ACTIONS.length * COUNTER_CHANNELS.length * ROLES.length);
  });
});

describe("every role × state × action on the e-government portal's channel, in a version that serves it", () => {
  // Written out by hand: the teacher submits, the provider's executor checks and decides; the
  // decision is the result, read in her account, so nothing follows it on this channel.
  const ALLOWED = new Set([
    "-|SUBMIT_ONLINE|APPLICANT",
    "REGISTERED|TAKE_FOR_REVIEW|EXECUTOR",
    "UNDER_REVIEW|ACCEPT_DOCUMENTS|EXECUTOR",
    "UNDER_REVIEW|REFUSE_DOCUMENTS|EXECUTOR",
  ]);

  it(`allows exactly the ${ALLOWED.size} combinations and nothing else`, () => {
    for (const from of [null, ...APPLICATION_STATES]) {
      for (const action of ACTIONS) {
        for (const role of ROLES) {
          const transition = findTransition(from, action, "E_GOV_PORTAL");
          const isAllowed = Boolean(transition && rolesFor(transition, "E_GOV_PORTAL", EXECUTOR_EVERYWHERE).includes(role));
          const key = `${from ?? "-"}|${action}|${role}`;
          expect(isAllowed, key).toBe(ALLOWED.has(key));
        }
      }
    }
    expect(walk("E_GOV_PORTAL", ["SUBMIT_ONLINE", "TAKE_FOR_REVIEW", "REFUSE_DOCUMENTS"])).toEqual(["REGISTERED", "UNDER_REVIEW", "REFUSED"]);
    expect(nextActorRoles("ACCEPTED", "E_GOV_PORTAL", EXECUTOR_EVERYWHERE)).toEqual([]);
  });
});
