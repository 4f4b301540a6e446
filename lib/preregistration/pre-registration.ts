// Prepare online: the teacher fills the application data at home and gets a short code; the
// clerk or State Corporation operator enters (or scans) it and finds the intake form filled.
import { z } from "zod";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { can, type Actor } from "../domain/permissions";
import { requiredChecklist, type RegulationRules } from "../domain/regulation-version";
import { findVersion, regulationInForce } from "../regulation/in-force";
import type { Locale } from "../i18n/locales";
import { parseOrRefuse } from "../zod-issues";
import { intakeSchema, type IntakeInput } from "../domain/intake-schema";
import type { Tx } from "../db/context";
import { generatePreRegistrationCode, normalizePreRegistrationCode } from "./code";
import { categoryChoiceProblem, type CategoryChoiceProblem } from "../domain/category-choice";

// the teacher's own words for the counter's rules (lib/domain/category-choice.ts)
const CATEGORY_PROBLEM_KEYS = {
  UNKNOWN: "applicant.prepare.unknownCategory",
  CONFIRM_NEEDS_HELD: "applicant.prepare.confirmNeedsHeld",
  NOT_HIGHER_THAN_HELD: "errors.assignNotHigher",
  NOT_THE_HELD: "errors.confirmOtherCategory",
} as const satisfies Record<CategoryChoiceProblem["problem"], string>;

/** How long a code stays usable: a teacher gathers the paper documents within a month. */
export const PRE_REGISTRATION_VALID_DAYS = 30;

/** The teacher's form: the applicant and request fields of the intake, without the documents. */
export const preRegistrationSchema = intakeSchema
  .pick({ iin: true, lastName: true, firstName: true, middleName: true, phone: true, email: true, locale: true, purpose: true, categorySought: true, categoryHeld: true })
  .extend({ providerId: z.string().trim().min(1, "applicant.prepare.unknownProvider").max(40) });
export type PreRegistrationInput = z.input<typeof preRegistrationSchema>;
export type PreRegistration = z.output<typeof preRegistrationSchema>;

export interface PreparedApplication {
  code: string;
  createdAt: string;
  expiresAt: string;
  registrationNumber: string | null;
  isExpired: boolean;
}

async function ownIin(db: Db, actor: Actor): Promise<string> {
  if (!can(actor, "applications.prepare") || !actor.applicantId) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  const applicant = await db.applicant.findUnique({ where: { id: actor.applicantId }, select: { iin: true } });
  if (!applicant) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  return applicant.iin;
}

/**
 * What a teacher asks, judged under a version's rules: a category of its list (the one held too)
 * in the pairing lib/domain/category-choice.ts allows, and a provider it names. One place for these rules: the pre-registration
 * and the online application (lib/online/) both call it. Returns the provider.
 */
export async function checkTeachersRequest(
  db: Db | Tx,
  rules: RegulationRules,
  input: Pick<PreRegistration, "purpose" | "categorySought" | "categoryHeld" | "providerId">,
): Promise<{ id: string; localityCode: string }> {
  const categoryProblem = categoryChoiceProblem(input, rules.categories);
  if (categoryProblem) {
    const key = CATEGORY_PROBLEM_KEYS[categoryProblem.problem];
    throw new AppError("INVALID_INPUT", key, {}, { [categoryProblem.field]: key });
  }
  const provider = await db.organization.findFirst({
    where: { id: input.providerId, kind: { in: [...rules.providers.kinds] } },
    select: { id: true, localityCode: true },
  });
  if (!provider) throw new AppError("INVALID_INPUT", "applicant.prepare.unknownProvider", {}, { providerId: "applicant.prepare.unknownProvider" });
  return provider;
}

/** Saves what the teacher prepared and returns the code to bring. A teacher prepares only for themself. */
export async function createPreRegistration(db: Db, actor: Actor, raw: PreRegistrationInput | Record<string, unknown>, now: Date = new Date()): Promise<{ code: string }> {
  const iin = await ownIin(db, actor);
  const input = parseOrRefuse(preRegistrationSchema, raw, "applicant.prepare.invalid");
  if (input.iin !== iin) throw new AppError("INVALID_INPUT", "applicant.prepare.notOwnIin", {}, { iin: "applicant.prepare.notOwnIin" });

  const version = await regulationInForce(db, now);
  if (!version) throw new AppError("CONFLICT", "errors.noRegulationInForce");
  const provider = await checkTeachersRequest(db, version.rules, input);

  const expiresAt = new Date(now.getTime() + PRE_REGISTRATION_VALID_DAYS * 24 * 60 * 60_000);
  // a collision of random codes is rare; the unique index decides, and we draw again
  for (let attempt = 0; ; attempt++) {
    const code = generatePreRegistrationCode();
    try {
      await db.preRegistration.create({
        data: {
          code,
          iin,
          lastName: input.lastName,
          firstName: input.firstName,
          middleName: input.middleName ?? null,
          phone: input.phone ?? null,
          email: input.email ?? null,
          locale: input.locale,
          purpose: input.purpose,
          categorySought: input.categorySought,
          categoryHeld: input.categoryHeld ?? null,
          providerId: provider.id,
          regulationVersionId: version.id,
          createdAt: now,
          expiresAt,
        },
        select: { id: true },
      });
      return { code };
    } catch (error) {
      const isCodeTaken = (error as { code?: string }).code === "P2002";
      if (!isCodeTaken || attempt >= 4) throw error;
    }
  }
}

export interface IntakePrefill extends IntakeInput {
  /** the code entered, to pass to linkPreRegistration when the package is registered */
  preRegistrationCode: string;
  /** the regulation version the teacher prepared under (registration uses the one in force) */
  regulationVersionId: string;
  /** every checklist item the applicant was told to bring, all still unticked */
  documents: Record<string, "MISSING">;
}

/**
 * For the clerk's or operator's intake form: the data a teacher prepared under `code`, shaped as
 * the intake form's input, or null when no such code is waiting (unknown, expired or already
 * registered). The documents are listed unticked: the staff member checks the paper.
 */
export async function findPreRegistrationForIntake(db: Db, rawCode: string, now: Date = new Date()): Promise<IntakePrefill | null> {
  const code = normalizePreRegistrationCode(rawCode);
  if (!code) return null;
  const found = await db.preRegistration.findFirst({
    where: { code, applicationId: null, expiresAt: { gt: now } },
    select: {
      code: true,
      iin: true,
      lastName: true,
      firstName: true,
      middleName: true,
      phone: true,
      email: true,
      locale: true,
      purpose: true,
      categorySought: true,
      categoryHeld: true,
      providerId: true,
      regulationVersionId: true,
    },
  });
  if (!found) return null;
  const rules = (await findVersion(db, found.regulationVersionId))?.rules ?? null;
  const checklist = rules ? requiredChecklist(rules, Boolean(found.categoryHeld)) : [];
  return {
    preRegistrationCode: found.code,
    regulationVersionId: found.regulationVersionId,
    iin: found.iin,
    lastName: found.lastName,
    firstName: found.firstName,
    middleName: found.middleName ?? undefined,
    phone: found.phone ?? undefined,
    email: found.email ?? undefined,
    locale: found.locale as Locale,
    purpose: found.purpose,
    categorySought: found.categorySought,
    categoryHeld: found.categoryHeld ?? undefined,
    providerId: found.providerId ?? undefined,
    documents: Object.fromEntries(checklist.map((item) => [item.code, "MISSING" as const])),
  };
}

/**
 * Marks the code used by the application just registered; call it inside the registering
 * transaction. False when the code is unknown or was used meanwhile: registerPackage then rolls
 * the registration back, so one prepared package never becomes two applications.
 */
export async function linkPreRegistration(tx: Tx, rawCode: string, applicationId: string): Promise<boolean> {
  const code = normalizePreRegistrationCode(rawCode);
  if (!code) return false;
  const { count } = await tx.preRegistration.updateMany({ where: { code, applicationId: null }, data: { applicationId } });
  return count === 1;
}

/** The teacher's own prepared applications, newest first. */
export async function listPreRegistrations(db: Db, actor: Actor, now: Date = new Date()): Promise<PreparedApplication[]> {
  if (!can(actor, "applications.prepare") || !actor.applicantId) return [];
  const iin = await ownIin(db, actor);
  const rows = await db.preRegistration.findMany({
    where: { iin },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { code: true, createdAt: true, expiresAt: true, application: { select: { registrationNumber: true } } },
  });
  return rows.map((row) => ({
    code: row.code,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    registrationNumber: row.application?.registrationNumber ?? null,
    isExpired: row.expiresAt.getTime() <= now.getTime(),
  }));
}

export interface PreparedDetail extends PreparedApplication {
  fullName: string;
  purpose: "ASSIGN" | "CONFIRM";
  categorySoughtName: string;
  versionCode: string;
  checklist: { code: string; name: string; isReturnedToApplicant: boolean }[];
}

/** One of the teacher's own codes with the checklist to bring; null for anyone else's. */
export async function getPreRegistrationForApplicant(db: Db, actor: Actor, rawCode: string, locale: Locale, now: Date = new Date()): Promise<PreparedDetail | null> {
  const code = normalizePreRegistrationCode(rawCode);
  if (!code || !can(actor, "applications.prepare") || !actor.applicantId) return null;
  const iin = await ownIin(db, actor);
  const row = await db.preRegistration.findFirst({
    where: { code, iin },
    select: {
      code: true,
      createdAt: true,
      expiresAt: true,
      lastName: true,
      firstName: true,
      middleName: true,
      purpose: true,
      categorySought: true,
      categoryHeld: true,
      application: { select: { registrationNumber: true } },
      // PreRegistration has no relation to RegulationVersion; read it by id below
      regulationVersionId: true,
    },
  });
  if (!row) return null;
  const version = await findVersion(db, row.regulationVersionId);
  const rules = version?.rules ?? null;
  return {
    code: row.code,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    registrationNumber: row.application?.registrationNumber ?? null,
    isExpired: row.expiresAt.getTime() <= now.getTime(),
    fullName: [row.lastName, row.firstName, row.middleName].filter(Boolean).join(" "),
    purpose: row.purpose,
    categorySoughtName: rules?.categories.find((c) => c.code === row.categorySought)?.name[locale] ?? row.categorySought,
    versionCode: version?.code ?? "",
    checklist: rules
      ? requiredChecklist(rules, Boolean(row.categoryHeld)).map((item) => ({
          code: item.code,
          name: item.name[locale],
          isReturnedToApplicant: item.isReturnedToApplicant,
        }))
      : [],
  };
}
