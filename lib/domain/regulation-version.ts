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
});

export const refusalGroundSchema = z.object({
  code: z.string().regex(/^[A-Z_]+$/),
  // in each language: a Kazakh refusal must not cite "(Standard No. 632, par. 10)" in English. A
  // draft saved before clauses had languages holds one string, read as all three until edited.
  clause: z.preprocess((value) => (typeof value === "string" ? { kk: value, ru: value, en: value } : value), localizedText),
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
  source: z.string().min(1),
  isConfirmed: z.boolean(),
});
export type CounterRule = z.infer<typeof counterRuleSchema>;

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

export const categorySchema = z.object({ code: z.string().regex(/^[A-Z_]+$/), name: localizedText, rank: z.number().int() });

export const regulationRulesSchema = z.object({
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
  completenessCheckedBy: z.object({ OFFICE: z.enum(CHECKER_ROLES), STATE_CORP: z.enum(CHECKER_ROLES) }),
  /** per channel: an incomplete package is refused at the counter, or registered and passed on */
  incompleteAtCounter: z.object({ OFFICE: counterRuleSchema, STATE_CORP: counterRuleSchema }),
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
