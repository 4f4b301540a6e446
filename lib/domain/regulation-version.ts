// A regulation version is data, not code: the legal texts behind this service changed several
// times (2015 Standard, 2018 Mangystau regulation, 2020 rules). Each application keeps the
// version in force when it was received.
import { z } from "zod";
import { CHECKER_ROLES, type Step } from "./lifecycle";

const localizedText = z.object({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedText>;

export const checklistItemSchema = z.object({
  code: z.string().regex(/^[A-Z_]+$/),
  name: localizedText,
  /** CONFIRMING_OR_HELD: only when the applicant already holds a category (confirm or raise) */
  requirement: z.enum(["REQUIRED", "WHEN_CATEGORY_HELD"]),
  /** the identity document is shown for identification and handed back */
  isReturnedToApplicant: z.boolean().default(false),
  /** where the item comes from, when the version's list was not read from the act itself */
  source: localizedText.optional(),
  /** false: the item is best knowledge, not checked against the act (the pages say so) */
  isConfirmed: z.boolean().optional(),
});

/**
 * A text in each language that was once one string: a draft saved before the text had languages
 * holds one string, read as all three until an administrator edits it.
 */
const localizedOrLegacy = z.preprocess((value) => (typeof value === "string" ? { kk: value, ru: value, en: value } : value), localizedText);

export const refusalGroundSchema = z.object({
  code: z.string().regex(/^[A-Z_]+$/),
  // in each language: a Kazakh refusal must not cite "(Standard No. 632, par. 10)" in English
  clause: localizedOrLegacy,
  text: localizedText,
  /** a refusal on this ground must name the missing documents */
  requiresMissingItems: z.boolean(),
});

/**
 * What happens at the counter to a package that is not complete: refused there, with a receipt of
 * refusal to accept documents («құжаттарды қабылдаудан бас тарту туралы қолхат»), or registered and
 * passed on to be checked (and refused, if so, with a reasoned answer). A fact with its source.
 */
export const counterRuleSchema = z.object({
  outcome: z.enum(["REGISTER", "REFUSE"]),
  // shown to staff on the intake form and on the versions page, in their language
  source: localizedOrLegacy,
  isConfirmed: z.boolean(),
});
export type CounterRule = z.infer<typeof counterRuleSchema>;

/**
 * How long a result nobody has collected is kept where it waits, per channel, and whether it then
 * goes back to the provider (null months: no term, kept until collected). A fact with its source.
 */
export const unclaimedResultRuleSchema = z.object({
  keptForMonths: z.number().int().min(1).max(36).nullable(),
  thenPassedToProvider: z.boolean(),
  source: localizedOrLegacy,
  isConfirmed: z.boolean(),
});
export type UnclaimedResultRule = z.infer<typeof unclaimedResultRuleSchema>;


export const categorySchema = z.object({
  code: z.string().regex(/^[A-Z_]+$/),
  name: localizedText,
  rank: z.number().int(),
  source: localizedText.optional(),
  /** false: not confirmed that this service assigns it (педагог-тағылымдамашы in a 2022 text of order No. 83) */
  isConfirmed: z.boolean().optional(),
});

/** The kinds of organization a version may name as the service's provider (its `providers` rule). */
export const PROVIDER_KINDS = ["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT", "PRESCHOOL", "SCHOOL", "COLLEGE"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/**
 * Who provides the service: the 2018 regulation names the education organizations and the
 * education departments; the 2020 rules (egov.kz) only the local executive bodies, the
 * regional, city and district education departments.
 */
export const providersRuleSchema = z.object({
  kinds: z.array(z.enum(PROVIDER_KINDS)).min(1),
  source: localizedText,
  isConfirmed: z.boolean(),
});

/**
 * The channels the law gives the service. The office and the State Corporation are always served;
 * the e-government portal's is served where the version says so (`isServedHere`; the 2020 rules
 * may, the 2018 regulation's paper service does not have it): the teacher then applies online.
 */
export const LAW_CHANNELS = ["OFFICE", "STATE_CORP", "E_GOV_PORTAL"] as const;
export type LawChannel = (typeof LAW_CHANNELS)[number];

export const lawChannelSchema = z.object({
  code: z.enum(LAW_CHANNELS),
  /** whether this portal takes packages in on it (for the e-government portal's: the teacher applies online here) */
  isServedHere: z.boolean(),
  /**
   * the service term on this channel when the law gives one apart from the step norms: the 2020
   * rules' 20 minutes at the provider (the office's deadline), and 1 working day on the portal
   */
  termMinutes: z.number().int().positive().optional(),
  termWorkingDays: z.number().int().positive().optional(),
  source: localizedText,
  isConfirmed: z.boolean(),
});
export type LawChannelRule = z.infer<typeof lawChannelSchema>;

const lawChannelsSchema = z
  .array(lawChannelSchema)
  .min(1)
  .superRefine((channels, context) => {
    const codes = channels.map((c) => c.code);
    if (new Set(codes).size !== codes.length) context.addIssue({ code: "custom", message: "errors.invalidInput" });
    // the two paper channels are always there and served
    for (const served of ["OFFICE", "STATE_CORP"] as const) {
      if (!channels.some((c) => c.code === served && c.isServedHere)) context.addIssue({ code: "custom", message: "errors.invalidInput" });
    }
    // a served portal channel needs its term: the online package's deadline is counted from it
    if (channels.some((c) => c.code === "E_GOV_PORTAL" && c.isServedHere && !c.termWorkingDays)) {
      context.addIssue({ code: "custom", message: "errors.portalChannelNeedsTerm" });
    }
  });

/**
 * The service's name as its act gives it, printed on every paper: the 2018 regulation's p.1 names
 * it in full («…педагог қызметкерлері мен оларға теңестірілген тұлғаларға…»), and a shortened name
 * (without the equated persons or the levels of education) is not the service's name.
 */
const serviceNameSchema = z.object({ name: localizedText, source: localizedText, isConfirmed: z.boolean() });

/**
 * Where a refusal, or any act of the provider, may be appealed, and in what term: the Law «О
 * государственных услугах» (No. 88-V of 15.04.2013, art. 25) names the provider's head, the
 * authorized body for assessing and controlling the quality of public services, and a court. Each
 * body with its term in working days from the complaint's registration (none for a court: its own
 * procedure), the sentence a refusal prints, and where the fact comes from.
 */
export const APPEAL_BODIES = ["PROVIDER", "QUALITY_AUTHORITY", "COURT"] as const;
export type AppealBody = (typeof APPEAL_BODIES)[number];

export const appealStepSchema = z.object({
  body: z.enum(APPEAL_BODIES),
  name: localizedText,
  termWorkingDays: z.number().int().positive().max(60).nullable(),
  /** what the refusal and the teacher's pages say of this way, in each language */
  text: localizedText,
  source: localizedText,
  isConfirmed: z.boolean(),
});
export type AppealStep = z.infer<typeof appealStepSchema>;

/** The ways, in the order a refusal lists them; the provider's own (the one the portal takes) must be one of them, with a term. */
export const appealRouteSchema = z
  .array(appealStepSchema)
  .min(1)
  .refine((steps) => new Set(steps.map((step) => step.body)).size === steps.length, { message: "each body once" })
  .refine((steps) => steps.some((step) => step.body === "PROVIDER" && step.termWorkingDays !== null), {
    message: "the provider's head, with a term: the portal files complaints to it",
  });
export type AppealRoute = z.infer<typeof appealRouteSchema>;


export const regulationRulesSchema = z.object({
  serviceName: serviceNameSchema,
  stepNormMinutes: z.object({
    CORP_INTAKE: z.number().int().positive(),
    OFFICE_REGISTRATION: z.number().int().positive(),
    COMPLETENESS_CHECK: z.number().int().positive(),
  }),
  /** share of a norm after which an open step shows as "due soon" */
  dueSoonShare: z.number().min(0).max(1),
  serviceTermWorkingDays: z.object({
    stateCorpSameLocality: z.number().int().positive(),
    stateCorpOtherLocality: z.number().int().positive(),
  }),
  /**
   * the provider returns the result to the State Corporation this many hours before the term
   * ends: the 2018 regulation's p.10 says «бір тәуліктен кешіктірмей», one day of 24 hours, not a
   * working day (computed as one, it took Fri 18:30 for a term ending Tue 18:00)
   */
  resultToCorpLeadHours: z.number().int().min(0).max(240),
  /**
   * who checks that a package is complete, per channel: the 2018 regulation's p.5.2 gives the
   * office route to the responsible executor, its p.10 the State Corporation route to the
   * provider's office clerk («кеңсе қызметкері құжаттардың толықтығын тексеріп…»)
   */
  completenessCheckedBy: z.object({
    OFFICE: z.enum(CHECKER_ROLES),
    STATE_CORP: z.enum(CHECKER_ROLES),
    // an online package arrives at the provider itself, as at the office: its executor checks it
    // unless the version says otherwise (versions stored before the channel was served say nothing)
    E_GOV_PORTAL: z.enum(CHECKER_ROLES).default("EXECUTOR"),
  }),
  /** per channel: an incomplete package is refused at the counter, or registered and passed on */
  incompleteAtCounter: z.object({ OFFICE: counterRuleSchema, STATE_CORP: counterRuleSchema }),
  /** which kinds of organization may be the provider a package goes to */
  providers: providersRuleSchema,
  /** the channels of the law, with their terms and sources */
  channels: lawChannelsSchema,
  /** per channel: how long a result waits for its applicant where it is to be collected */
  unclaimedResult: z.object({ OFFICE: unclaimedResultRuleSchema, STATE_CORP: unclaimedResultRuleSchema }),
  checklist: z.array(checklistItemSchema).min(1),
  refusalGrounds: z.array(refusalGroundSchema).min(1),
  categories: z.array(categorySchema).min(1),
  appealRoute: appealRouteSchema,
});

export type RegulationRules = z.infer<typeof regulationRulesSchema>;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A legal act behind a version, or one that changed or ended it. What could not be checked
 * against the act's published text is `isConfirmed: false`, and the versions page says so.
 */
export const legalActSchema = z.object({
  role: z.enum(["ADOPTED_BY", "AMENDS", "ENDED_BY", "STANDARD", "BASED_ON"]),
  title: localizedText,
  number: z.string().min(1),
  /** the day the act was signed */
  date: localDate,
  registrationNumber: z.string().min(1).optional(),
  /** where the fact comes from (the text itself, a register, a note of research), in each language */
  source: localizedText,
  isConfirmed: z.boolean(),
});

/** The period the law gives a version, as far as it is known, with each fact's source. */
export const legalRecordSchema = z.object({
  inForceFrom: z.object({ date: localDate.nullable(), source: localizedText, isConfirmed: z.boolean() }),
  inForceTo: z.object({ date: localDate.nullable(), source: localizedText, isConfirmed: z.boolean() }),
  acts: z.array(legalActSchema).min(1),
});

export type LegalAct = z.infer<typeof legalActSchema>;
export type LegalRecord = z.infer<typeof legalRecordSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type RefusalGround = z.infer<typeof refusalGroundSchema>;
export type NormedStep = keyof RegulationRules["stepNormMinutes"];

/** The provider's own way of appeal: the one a complaint filed in the portal takes, and its term. */
export function providerAppeal(rules: Pick<RegulationRules, "appealRoute">): AppealStep & { termWorkingDays: number } {
  const step = rules.appealRoute.find((s) => s.body === "PROVIDER");
  // the schema holds that it is there, with a term
  if (!step || step.termWorkingDays === null) throw new Error("The version's appeal route has no provider step with a term");
  return { ...step, termWorkingDays: step.termWorkingDays };
}

export function stepNormMinutes(rules: RegulationRules, step: Step): number | null {
  return step === "RESULT_DELIVERY" ? null : rules.stepNormMinutes[step];
}

/** Whether an organization of this kind may be the provider of a package under these rules. */
export function isProviderKind(rules: RegulationRules, kind: string): kind is ProviderKind {
  return (rules.providers.kinds as readonly string[]).includes(kind);
}

/**
 * The term at the provider's office: the version's own when its law gives one (the 2020 rules' 20
 * minutes), otherwise the registration's and the check's norms together (the 2018 regulation).
 */
export function officeTermMinutes(rules: RegulationRules): number {
  return (
    rules.channels.find((c) => c.code === "OFFICE")?.termMinutes ??
    rules.stepNormMinutes.OFFICE_REGISTRATION + rules.stepNormMinutes.COMPLETENESS_CHECK
  );
}

/** The e-government portal's channel when this version serves it here (the teacher applies online), else null. */
export function servedPortalChannel(rules: Pick<RegulationRules, "channels">): (LawChannelRule & { termWorkingDays: number }) | null {
  const channel = rules.channels.find((c) => c.code === "E_GOV_PORTAL");
  // the schema holds that a served portal channel has its term
  return channel?.isServedHere && channel.termWorkingDays ? { ...channel, termWorkingDays: channel.termWorkingDays } : null;
}

export function isServedOnPortal(rules: Pick<RegulationRules, "channels">): boolean {
  return servedPortalChannel(rules) !== null;
}

/** The documents the applicant must bring, for what they ask. */
export function requiredChecklist(rules: RegulationRules, hasCategoryHeld: boolean): ChecklistItem[] {
  return rules.checklist.filter((item) => item.requirement === "REQUIRED" || hasCategoryHeld);
}

export interface VersionRef {
  id: string;
  effectiveFrom: Date;
  /** the first day it no longer governs new packages, when its end is set */
  effectiveTo?: Date | null;
}

/** The version in force at `instant`: the latest published one that took effect on or before it and has not ended. */
export function versionInForce<V extends VersionRef>(versions: readonly V[], instant: Date): V | undefined {
  return [...versions]
    .filter((v) => v.effectiveFrom.getTime() <= instant.getTime() && (!v.effectiveTo || instant.getTime() < v.effectiveTo.getTime()))
    .sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime())[0];
}
