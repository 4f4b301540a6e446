// The clerk registers a walk-in package (par. 5), or the State Corporation operator accepts one
// (par. 9): both create the application, allocate its number and give a receipt. An incomplete
// package is refused at the counter instead when the version's `incompleteAtCounter` says so for
// the channel: nothing is registered, the refusal is recorded with its audit event, and the
// applicant gets a receipt of refusal to accept documents.
import { randomUUID } from "node:crypto";
import { AppError } from "../errors";
import { generateAccessCode } from "../applications/access-code";
import { serviceDeadlines } from "../domain/deadlines";
import { intakeTransitionOf, isCounterChannel } from "../domain/lifecycle";
import { timingOnTransition } from "../domain/step-timing";
import type { Actor } from "../domain/permissions";
import { requiredChecklist } from "../domain/regulation-version";
import { counterOutcome } from "../domain/completeness";
import { toLocalDate } from "../domain/working-calendar";
import { parseOrRefuse } from "../zod-issues";
import { intakeSchema, type Intake, type IntakeInput } from "../domain/intake-schema";
import { stateChangeMessages } from "../notifications/enqueue";
import { linkPreRegistration } from "../preregistration/pre-registration";
import { normalizePreRegistrationCode } from "../preregistration/code";
import { loadWorkingCalendar } from "../regulation/working-calendar";
import type { Tx, WorkflowContext } from "../db/context";
import { contactsAtIntake, differingNameParts, type Contacts } from "../domain/package-contacts";
import { plausibleIntakeStart } from "./intake-clock";
import { recordChange } from "./record-change";
import { assignRegistrationNumber } from "./registration-number";
import { categoryChoiceProblem, type CategoryChoiceProblem } from "../domain/category-choice";
import { regulationInForce } from "../regulation/in-force";
import { recordActorEvent } from "../audit/actor-event";
import { ensureTeacherAccount, issueActivationCode } from "../auth/sign-in-codes";

const CATEGORY_PROBLEM_KEYS = {
  UNKNOWN: "errors.unknownCategory",
  CONFIRM_NEEDS_HELD: "errors.confirmNeedsHeldCategory",
  NOT_HIGHER_THAN_HELD: "errors.assignNotHigher",
  NOT_THE_HELD: "errors.confirmOtherCategory",
} as const satisfies Record<CategoryChoiceProblem["problem"], string>;

export interface RegisteredPackage {
  applicationId: string;
  registrationNumber: string;
  /** asked with the number by the public lookup; on the receipt and in the registration notice */
  accessCode: string;
}

export type IntakeResult = ({ kind: "registered" } & RegisteredPackage) | { kind: "refusedAtCounter"; counterRefusalId: string; missingCodes: string[] };

/**
 * Registers a package that the counter takes in; one the version's rule refuses at the counter is
 * refused here, before anything is written (takeInPackage records that refusal).
 */
export async function registerPackage(ctx: WorkflowContext, actor: Actor, rawInput: IntakeInput): Promise<RegisteredPackage> {
  const result = await takeInPackage(ctx, actor, rawInput, { mayRefuse: false });
  if (result.kind !== "registered") throw new AppError("CONFLICT", "errors.refusedAtCounter");
  return result;
}

/** What the counter does with a package handed over: registers it, or refuses an incomplete one (the version's rule). */
export async function takeInPackage(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: IntakeInput,
  { mayRefuse = true }: { mayRefuse?: boolean } = {},
): Promise<IntakeResult> {
  // the office clerk registers at the office, the State Corporation's operator accepts at its centre
  const transition = intakeTransitionOf(actor.role);
  if (!transition || !actor.organizationId) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  const { action } = transition;
  const channel = transition.channels[0]!;
  // a teacher's own online application is lib/online/submit-online-application.ts, not a counter's intake
  if (!isCounterChannel(channel)) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");

  const input = parseOrRefuse(intakeSchema, rawInput);
  const at = ctx.now();

  const version = await regulationInForce(ctx.db, at);
  if (!version) throw new AppError("CONFLICT", "errors.noRegulationInForce");
  const rules = version.rules;

  // who may provide the service is the version's rule: the 2020 rules name the education
  // departments only, so a school's office registers nothing under them
  const providerId = channel === "STATE_CORP" ? input.providerId : actor.organizationId;
  const provider = providerId
    ? await ctx.db.organization.findFirst({
        where: { id: providerId, kind: { in: [...rules.providers.kinds] } },
        select: { id: true, localityCode: true },
      })
    : null;
  if (!provider) {
    if (channel === "OFFICE") throw new AppError("FORBIDDEN", "errors.notAProviderUnderVersion", { version: version.code });
    throw new AppError("INVALID_INPUT", "errors.unknownProvider", {}, { providerId: "errors.unknownProvider" });
  }

  const categoryProblem = categoryChoiceProblem(input, rules.categories);
  if (categoryProblem) {
    const key = CATEGORY_PROBLEM_KEYS[categoryProblem.problem];
    throw new AppError("INVALID_INPUT", key, {}, { [categoryProblem.field]: key });
  }
  const knownCodes = new Set(rules.checklist.map((item) => item.code));
  const unknown = Object.keys(input.documents).filter((code) => !knownCodes.has(code));
  if (unknown.length) throw new AppError("INVALID_INPUT", "errors.unknownDocument", { codes: unknown.join(", ") });
  // every item the applicant must bring is recorded, present or not: the receipt lists them all
  const documents = Object.fromEntries(
    requiredChecklist(rules, Boolean(input.categoryHeld)).map((item) => [item.code, input.documents[item.code] ?? "MISSING"]),
  );
  // p.4: the service starts when the provider receives the application and the documents; with
  // nothing handed over there is nothing to register, and no receipt to give
  if (!Object.values(documents).some((mark) => mark !== "MISSING")) throw new AppError("INVALID_INPUT", "errors.nothingHandedOver");

  const outcome = counterOutcome(rules, channel, Boolean(input.categoryHeld), documents);
  if (outcome.kind === "refuse") {
    if (!mayRefuse) throw new AppError("CONFLICT", "errors.refusedAtCounter");
    // refused on the same terms as a registration: a teacher on file under her own name, a usable code
    // (read only: a refusal writes nothing to the teacher's record), and contacts the intake may use
    const onFile = await ctx.db.applicant.findUnique({
      where: { iin: input.iin },
      select: { lastName: true, firstName: true, middleName: true, phone: true, email: true, locale: true },
    });
    const renamed = onFile ? differingNameParts(onFile, input) : [];
    if (renamed.length > 0) {
      throw new AppError("INVALID_INPUT", "staff.intake.nameNotOnFile", {}, Object.fromEntries(renamed.map((part) => [part, "staff.intake.nameNotOnFile" as const])));
    }
    const given: Contacts = { phone: input.phone ?? null, email: input.email ?? null, locale: input.locale };
    if (onFile ? !contactsAtIntake(input.contacts, given, onFile) : input.contacts === "onFile") throw noContactsOnFile();
    if (input.preRegistrationCode) {
      const code = normalizePreRegistrationCode(input.preRegistrationCode);
      const usable = code ? await ctx.db.preRegistration.findFirst({ where: { code, applicationId: null }, select: { id: true } }) : null;
      if (!usable) throw new AppError("INVALID_INPUT", "staff.intake.codeNotFound", {}, { preRegistrationCode: "staff.intake.codeNotFound" });
    }
    const refusal = await ctx.db.$transaction(async (tx) => {
      const created = await tx.counterRefusal.create({
        data: {
          channel,
          organizationId: actor.organizationId!,
          providerId: provider.id,
          regulationVersionId: version.id,
          actorId: actor.userId,
          actorName: actor.name,
          actorRole: actor.role,
          iin: input.iin,
          lastName: input.lastName,
          firstName: input.firstName,
          middleName: input.middleName ?? null,
          locale: input.locale,
          purpose: input.purpose,
          categorySought: input.categorySought,
          documents,
          missingDocumentCodes: outcome.missingCodes,
          at,
        },
        select: { id: true },
      });
      await recordActorEvent(tx, actor, "REFUSE_AT_COUNTER", { counterRefusalId: created.id, missingCodes: outcome.missingCodes, source: rules.incompleteAtCounter[channel].source }, at);
      return created;
    });
    return { kind: "refusedAtCounter", counterRefusalId: refusal.id, missingCodes: outcome.missingCodes };
  }

  if (input.previousApplicationId) {
    const previous = await ctx.db.application.findFirst({
      where: {
        id: input.previousApplicationId,
        applicant: { iin: input.iin },
        refusalGroundCodes: { isEmpty: false },
        nextApplication: null,
      },
      select: { id: true },
    });
    if (!previous) throw new AppError("INVALID_INPUT", "errors.previousNotRefused");
  }

  const intakeStartedAt = plausibleIntakeStart(input.intakeStartedAt, at);
  // at the office the provider is the clerk's own organization, already read
  const actorOrganization =
    actor.organizationId === provider.id
      ? provider
      : await ctx.db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { localityCode: true } });
  const calendar = await loadWorkingCalendar(ctx.db);
  const deadlines = serviceDeadlines(calendar, rules, channel, {
    intakeStartedAt,
    receivedAt: at,
    isSameLocality: actorOrganization.localityCode === provider.localityCode,
  });
  const timing = timingOnTransition(calendar, rules, action, {
    state: transition.to,
    channel,
    intakeStartedAt,
    registeredAt: channel === "OFFICE" ? at : null,
    decidedAt: null,
    ...deadlines,
  }, at);
  const year = Number(toLocalDate(at).slice(0, 4));
  const accessCode = generateAccessCode();

  return ctx.db.$transaction(async (tx) => {
    const { applicant, contacts, applicantRecord } = await applicantOfIntake(tx, input);
    const application = await tx.application.create({
      data: {
        // replaced by the real number before commit (see below); never visible outside this transaction
        registrationNumber: `pending:${randomUUID()}`,
        accessCode,
        channel,
        state: transition.to,
        applicantId: applicant.id,
        providerId: provider.id,
        corpCentreId: channel === "STATE_CORP" ? actor.organizationId : null,
        regulationVersionId: version.id,
        purpose: input.purpose,
        categorySought: input.categorySought,
        categoryHeld: input.categoryHeld ?? null,
        documents,
        contactPhone: contacts.phone,
        contactEmail: contacts.email,
        contactLocale: contacts.locale,
        previousApplicationId: input.previousApplicationId ?? null,
        receivedAt: at,
        intakeStartedAt,
        corpAcceptedAt: channel === "STATE_CORP" ? at : null,
        registeredAt: channel === "OFFICE" ? at : null,
        ...deadlines,
        ...timing,
      },
      select: { id: true },
    });
    if (input.preRegistrationCode && !(await linkPreRegistration(tx, input.preRegistrationCode, application.id))) {
      // a code already used (or unknown) must not be consumed twice: nothing of this intake is kept
      throw new AppError("INVALID_INPUT", "staff.intake.codeNotFound", {}, { preRegistrationCode: "staff.intake.codeNotFound" });
    }
    // The number last: the year's counter row stays locked from here to the commit, so concurrent
    // registrations queue only for this, the audit event with its outbox rows (their text carries
    // the number; one statement) and the commit, not for the whole intake. Gap-free still: a
    // rollback gives the number back.
    // her account from this receipt on: a teacher who never signed in gets an activation code on it
    const fullName = [applicant.lastName, applicant.firstName, applicant.middleName].filter(Boolean).join(" ");
    const account = await ensureTeacherAccount(tx, actor, { id: applicant.id, iin: input.iin, fullName, locale: contacts.locale }, at);
    const activation = account.hasSignedIn ? null : await issueActivationCode(tx, account.userId, application.id, at);
    const registrationNumber = await assignRegistrationNumber(tx, application.id, year);
    const messages =
      ctx.notifications === "skip"
        ? []
        : stateChangeMessages({
            applicationId: application.id,
            registrationNumber,
            accessCode,
            activation,
            serviceDeadline: deadlines.serviceDeadline,
            applicant: { ...applicant, ...contacts },
            toState: transition.to,
          });
    await recordChange(
      tx,
      {
        applicationId: application.id,
        actorId: actor.userId,
        actorRole: actor.role,
        organizationId: actor.organizationId,
        action,
        fromState: null,
        toState: transition.to,
        reason: null,
        data: {
          intakeStartedAt: intakeStartedAt.toISOString(),
          preRegistrationCode: input.preRegistrationCode ?? null,
          // where this package's notifications go, and what the teacher's record gained (never a rewrite)
          contacts: { source: input.contacts, ...contacts },
          applicantRecord,
        },
        at,
      },
      messages,
    );
    return { kind: "registered" as const, applicationId: application.id, registrationNumber, accessCode };
  }, REGISTRATION_TRANSACTION);
}

type ApplicantRecordChange = "created" | "unchanged" | { filled: Record<string, { from: null; to: string }> };

/**
 * The teacher of an intake and the contacts its package keeps. A teacher not on file gets a record
 * made from the intake. One on file keeps her name (a different one is refused: an intake never
 * renames a person) and her contacts: the package keeps the given ones, or hers when the intake
 * says so, and her record only gains what it had none of.
 */
async function applicantOfIntake(
  tx: Tx,
  input: Intake,
): Promise<{ applicant: { id: string; lastName: string; firstName: string; middleName: string | null }; contacts: Contacts; applicantRecord: ApplicantRecordChange }> {
  const given: Contacts = { phone: input.phone ?? null, email: input.email ?? null, locale: input.locale };
  const names = { lastName: true, firstName: true, middleName: true } as const;
  const onFile = await tx.applicant.findUnique({ where: { iin: input.iin }, select: { id: true, ...names, phone: true, email: true, locale: true } });
  if (!onFile) {
    if (input.contacts === "onFile") throw noContactsOnFile();
    // upsert, not create: a registration of the same new teacher at another desk may commit first
    const applicant = await tx.applicant.upsert({
      where: { iin: input.iin },
      create: { iin: input.iin, lastName: input.lastName, firstName: input.firstName, middleName: input.middleName ?? null, ...given },
      update: {},
      select: { id: true, ...names },
    });
    return { applicant, contacts: given, applicantRecord: "created" };
  }
  const renamed = differingNameParts(onFile, input);
  if (renamed.length > 0) {
    // the name on file is not repeated here: the (audited, limited) lookup is where staff read it
    throw new AppError("INVALID_INPUT", "staff.intake.nameNotOnFile", {}, Object.fromEntries(renamed.map((part) => [part, "staff.intake.nameNotOnFile" as const])));
  }
  const decided = contactsAtIntake(input.contacts, given, onFile);
  if (!decided) throw noContactsOnFile();
  const filled = Object.entries(decided.recordFill);
  if (filled.length === 0) return { applicant: onFile, contacts: decided.package, applicantRecord: "unchanged" };
  await tx.applicant.update({ where: { id: onFile.id }, data: decided.recordFill, select: { id: true } });
  return {
    applicant: onFile,
    contacts: decided.package,
    applicantRecord: { filled: Object.fromEntries(filled.map(([field, value]) => [field, { from: null, to: value }])) },
  };
}

const noContactsOnFile = () => new AppError("INVALID_INPUT", "staff.intake.noContactsOnFile", {}, { contacts: "staff.intake.noContactsOnFile" });

// Gap-free numbers make registrations of a year wait for each other at the counter: in a burst
// (thirty desks at once) the last in line waits for everyone before it, which is queueing, not
// a fault, so the transaction is given longer than Prisma's default 5 s before it is abandoned.
const REGISTRATION_TRANSACTION = { timeout: 20_000 };
