// Everything a package page shows, as plain data: for staff of the package's organization,
// the regional department (read-only), and the applicant themself. Scoped by the actor.
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { normState, openStep, signedWorkingMinutes, type NormState } from "../domain/deadlines";
import { maskIin } from "../domain/identity";
import { contactsOfPackage } from "../domain/package-contacts";
import { collectionPlace, keptUntil, readyAtOf, type CollectionPlace } from "../domain/result-collection";
import type { ResultRecipient } from "../domain/result-handover";
import { availableActions, isCounterChannel, nextActorRoles, type Action, type ApplicationState, type Channel, type Role, type Step } from "../domain/lifecycle";
import { can, type Actor } from "../domain/permissions";
import type { AppealBody, LocalizedText, RegulationRules } from "../domain/regulation-version";
import type { WorkingCalendar } from "../domain/working-calendar";
import type { Locale } from "../i18n/locales";
import { loadWorkingCalendar } from "../regulation/working-calendar";
import { rulesOf } from "../regulation/in-force";
import { localizedName, localizedOptional } from "../i18n/localized-name";
import { applicationsVisibleTo } from "./scope";

export interface TimelineEntry {
  action: string;
  fromState: ApplicationState | null;
  toState: ApplicationState | null;
  at: string;
  actorName: string | null;
  actorRole: Role | null;
  organizationName: string | null;
  reason: string | null;
}

/** One way of appeal, as a refusal tells it (the version's appealRoute), in the reader's language. */
export interface AppealLine {
  body: AppealBody;
  name: string;
  termWorkingDays: number | null;
  text: string;
}

export interface DocumentLine {
  code: string;
  name: string;
  mark: "PRESENT" | "MISSING" | "UNREADABLE";
  isReturnedToApplicant: boolean;
}

export interface ApplicationDetail {
  id: string;
  registrationNumber: string;
  /** for those who hand out or hold its receipt (`documents.download`), where it is printed; else null */
  accessCode: string | null;
  state: ApplicationState;
  channel: Channel;
  version: number;
  purpose: "ASSIGN" | "CONFIRM";
  categorySought: string;
  categorySoughtName: string;
  categoryHeld: string | null;
  categoryHeldName: string | null;
  regulationVersionId: string;
  regulationVersionCode: string;
  /** the service's name as the package's version gives it, printed on every paper */
  serviceName: string;
  providerId: string;
  applicant: { fullName: string; iin: string; phone: string | null; email: string | null; locale: string };
  providerName: string;
  corpCentreName: string | null;
  receivedAt: string;
  serviceDeadline: string | null;
  resultToCorpDeadline: string | null;
  openStep: { step: Step; deadline: string; normState: NormState; minutesLeft: number; nextRoles: Role[] } | null;
  documents: DocumentLine[];
  refusal: { grounds: { code: string; text: string; clause: string }[]; missing: DocumentLine[]; note: string | null; appealRoute: AppealLine[] } | null;
  assignedExecutorId: string | null;
  assignedExecutorName: string | null;
  previousApplicationId: string | null;
  nextApplicationId: string | null;
  timeline: TimelineEntry[];
  /** where the result waits to be collected, what to bring being the same everywhere; null when it waits nowhere */
  collection: ResultCollection | null;
  /** who received the result, once handed over */
  handover: ResultHandoverRecord | null;
  /** what the viewing actor may do now, from the transition table */
  actions: Action[];
}

export interface ResultCollection {
  place: CollectionPlace;
  organizationName: string;
  address: string | null;
  receptionHours: string | null;
  /** the last day (Aktau's local date, YYYY-MM-DD) the place keeps it; null: no term */
  keptUntil: string | null;
  /** whether the term is confirmed by the version's texts (`unclaimedResult`) */
  isTermConfirmed: boolean;
  /** after the term it goes to the provider, named here; null when it stays where it is */
  thenPassedTo: string | null;
}

export interface ResultHandoverRecord {
  issuedAt: string;
  recipient: ResultRecipient;
  representativeName: string | null;
  powerOfAttorneyNumber: string | null;
  isIdentityChecked: boolean;
}

const text = (value: LocalizedText, locale: Locale) => value[locale];

/**
 * Loads a package the actor may see, or null ("not found" for everything else). IINs are
 * shown in full only to staff and the applicant; the regional department sees them masked.
 */
export async function getApplicationDetail(
  db: Db,
  actor: Actor,
  applicationId: string,
  locale: Locale,
  now: Date = new Date(),
): Promise<ApplicationDetail | null> {
  const [detail] = await loadDetails(db, { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] }, () => actor, locale, now, 1);
  return detail ?? null;
}

/** The packages an actor may see, newest first, each in full: two statements however many there are. */
export async function listApplicationDetails(
  db: Db,
  actor: Actor,
  locale: Locale,
  { limit = 50, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<ApplicationDetail[]> {
  return loadDetails(db, applicationsVisibleTo(actor), () => actor, locale, now, Math.min(limit, 200));
}

/**
 * The package a registration number, its applicant's IIN and its access code all match, read as
 * that applicant would read it, or null for every miss alike (the public status lookup).
 */
export async function getApplicationDetailByNumber(
  db: Db,
  match: { registrationNumber: string; iin: string; accessCode: string },
  locale: Locale,
  now: Date = new Date(),
): Promise<ApplicationDetail | null> {
  const where = { registrationNumber: match.registrationNumber, accessCode: match.accessCode, applicant: { iin: match.iin } };
  const [detail] = await loadDetails(db, where, asOwner, locale, now, 1);
  return detail ?? null;
}

/** A package already matched by other means (a signed status link), read as its applicant would. */
export async function getApplicationDetailForOwner(db: Db, applicationId: string, locale: Locale, now: Date = new Date()): Promise<ApplicationDetail | null> {
  const [detail] = await loadDetails(db, { id: applicationId }, asOwner, locale, now, 1);
  return detail ?? null;
}

const asOwner = (app: { applicantId: string }): Actor => ({
  userId: "public-status-lookup",
  role: "APPLICANT",
  name: "",
  organizationId: null,
  applicantId: app.applicantId,
});

type OptionalTexts = { kk: string | null; ru: string | null; en: string | null };

/** What the package page shows of its related rows, read in one statement once the package is found. */
interface RelatedRow {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  iin: string;
  phone: string | null;
  email: string | null;
  locale: string;
  providerKk: string;
  providerRu: string;
  providerEn: string;
  corpKk: string | null;
  corpRu: string | null;
  corpEn: string | null;
  /** where and when each receives a teacher: the collection point's details */
  providerAddress: OptionalTexts;
  providerHours: OptionalTexts;
  corpAddress: OptionalTexts;
  corpHours: OptionalTexts;
  versionCode: string;
  nextApplicationId: string | null;
  assignedExecutorName: string | null;
  events: {
    action: string;
    fromState: ApplicationState | null;
    toState: ApplicationState | null;
    /** timestamp(3) without time zone, holding UTC, as json text */
    at: string;
    actorRole: Role | null;
    actorName: string | null;
    reason: string | null;
    orgKk: string | null;
    orgRu: string | null;
    orgEn: string | null;
  }[];
}

const matchSelect = {
  id: true,
  registrationNumber: true,
  accessCode: true,
  state: true,
  channel: true,
  version: true,
  purpose: true,
  categorySought: true,
  categoryHeld: true,
  documents: true,
  refusalGroundCodes: true,
  missingDocumentCodes: true,
  decisionNote: true,
  receivedAt: true,
  intakeStartedAt: true,
  registeredAt: true,
  decidedAt: true,
  serviceDeadline: true,
  resultToCorpDeadline: true,
  resultSentAt: true,
  issuedAt: true,
  resultRecipient: true,
  resultRepresentativeName: true,
  resultPowerOfAttorneyNumber: true,
  isRecipientIdentityChecked: true,
  assignedExecutorId: true,
  applicantId: true,
  providerId: true,
  previousApplicationId: true,
  regulationVersionId: true,
  contactPhone: true,
  contactEmail: true,
  contactLocale: true,
} satisfies Prisma.ApplicationSelect;

type MatchedApplication = Prisma.ApplicationGetPayload<{ select: typeof matchSelect }>;

// Two round trips however many packages: the scoped match (Prisma, through the one scope filter)
// and their related rows (applicant, organizations, version, reapplication, timeline with names).
async function loadDetails(
  db: Db,
  where: Prisma.ApplicationWhereInput,
  actorOf: (app: { applicantId: string }) => Actor,
  locale: Locale,
  now: Date,
  take: number,
): Promise<ApplicationDetail[]> {
  const apps = await db.application.findMany({
    where,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take,
    select: matchSelect,
  });
  if (apps.length === 0) return [];
  const versionIds = [...new Set(apps.map((app) => app.regulationVersionId))];
  const [relatedRows, versionRules, calendar] = await Promise.all([
    db.$queryRaw<RelatedRow[]>`
      SELECT a.id, p."lastName", p."firstName", p."middleName", p.iin, p.phone, p.email, p.locale,
             prov."nameKk" AS "providerKk", prov."nameRu" AS "providerRu", prov."nameEn" AS "providerEn",
             corp."nameKk" AS "corpKk", corp."nameRu" AS "corpRu", corp."nameEn" AS "corpEn",
             json_build_object('kk', prov."addressKk", 'ru', prov."addressRu", 'en', prov."addressEn") AS "providerAddress",
             json_build_object('kk', prov."receptionHoursKk", 'ru', prov."receptionHoursRu", 'en', prov."receptionHoursEn") AS "providerHours",
             json_build_object('kk', corp."addressKk", 'ru', corp."addressRu", 'en', corp."addressEn") AS "corpAddress",
             json_build_object('kk', corp."receptionHoursKk", 'ru', corp."receptionHoursRu", 'en', corp."receptionHoursEn") AS "corpHours",
             v.code AS "versionCode", nxt.id AS "nextApplicationId", ex."fullName" AS "assignedExecutorName",
             COALESCE((
               SELECT json_agg(json_build_object(
                        'action', e.action, 'fromState', e."fromState", 'toState', e."toState", 'at', e.at,
                        'actorRole', e."actorRole", 'actorName', u."fullName", 'reason', e.reason,
                        'orgKk', o."nameKk", 'orgRu', o."nameRu", 'orgEn', o."nameEn") ORDER BY e.id)
               FROM "AuditEvent" e
               LEFT JOIN "User" u ON u.id = e."actorId"
               LEFT JOIN "Organization" o ON o.id = e."organizationId"
               WHERE e."applicationId" = a.id), '[]'::json) AS events
      FROM "Application" a
      JOIN "Applicant" p ON p.id = a."applicantId"
      JOIN "Organization" prov ON prov.id = a."providerId"
      LEFT JOIN "Organization" corp ON corp.id = a."corpCentreId"
      JOIN "RegulationVersion" v ON v.id = a."regulationVersionId"
      LEFT JOIN "Application" nxt ON nxt."previousApplicationId" = a.id
      LEFT JOIN "User" ex ON ex.id = a."assignedExecutorId"
      WHERE a.id = ANY(${apps.map((app) => app.id)})`,
    // published rules never change in place: parsed once per version, not per page view
    Promise.all(versionIds.map((id) => rulesOf(db, { regulationVersionId: id }))),
    loadWorkingCalendar(db),
  ]);
  const relatedOf = new Map(relatedRows.map((row) => [row.id, row]));
  const rulesOfVersion = new Map(versionIds.map((id, i) => [id, versionRules[i]!]));
  return apps.flatMap((app) => {
    const related = relatedOf.get(app.id);
    return related ? [toDetail(app, related, rulesOfVersion.get(app.regulationVersionId)!, calendar, actorOf(app), locale, now)] : [];
  });
}

function toDetail(
  app: MatchedApplication,
  related: RelatedRow,
  rules: RegulationRules,
  calendar: WorkingCalendar,
  actor: Actor,
  locale: Locale,
  now: Date,
): ApplicationDetail {
  const names = (kk: string | null, ru: string | null, en: string | null) =>
    kk !== null && ru !== null && en !== null ? localizedName({ nameKk: kk, nameRu: ru, nameEn: en }, locale) : null;

  const marks = (app.documents ?? {}) as Record<string, DocumentLine["mark"]>;
  const line = (code: string): DocumentLine => {
    const item = rules.checklist.find((i) => i.code === code);
    return { code, name: item ? text(item.name, locale) : code, mark: marks[code] ?? "MISSING", isReturnedToApplicant: item?.isReturnedToApplicant ?? false };
  };
  const categoryName = (code: string | null) => {
    if (!code) return null;
    const category = rules.categories.find((c) => c.code === code);
    return category ? text(category.name, locale) : code;
  };
  const step = openStep(calendar, rules, app);
  const isRefused = app.refusalGroundCodes.length > 0;
  const mayReadContacts = can(actor, "applicants.readContacts");
  const contacts = contactsOfPackage(app, related);

  return {
    id: app.id,
    registrationNumber: app.registrationNumber,
    accessCode: can(actor, "documents.download") ? app.accessCode : null,
    state: app.state,
    channel: app.channel,
    version: app.version,
    purpose: app.purpose,
    categorySought: app.categorySought,
    categorySoughtName: categoryName(app.categorySought)!,
    categoryHeld: app.categoryHeld,
    categoryHeldName: categoryName(app.categoryHeld),
    regulationVersionId: app.regulationVersionId,
    regulationVersionCode: related.versionCode,
    serviceName: text(rules.serviceName.name, locale),
    providerId: app.providerId,
    applicant: {
      fullName: [related.lastName, related.firstName, related.middleName].filter(Boolean).join(" "),
      iin: mayReadContacts ? related.iin : maskIin(related.iin),
      // the package's own contacts (its intake's), not whatever the teacher's record holds now
      phone: mayReadContacts ? contacts.phone : null,
      email: mayReadContacts ? contacts.email : null,
      locale: contacts.locale,
    },
    providerName: localizedName({ nameKk: related.providerKk, nameRu: related.providerRu, nameEn: related.providerEn }, locale),
    corpCentreName: names(related.corpKk, related.corpRu, related.corpEn),
    receivedAt: app.receivedAt.toISOString(),
    serviceDeadline: app.serviceDeadline?.toISOString() ?? null,
    resultToCorpDeadline: app.resultToCorpDeadline?.toISOString() ?? null,
    openStep: step
      ? {
          step: step.step,
          deadline: step.deadline.toISOString(),
          normState: normState(calendar, step, now, rules.dueSoonShare),
          minutesLeft: signedWorkingMinutes(calendar, step.hours, now, step.deadline),
          nextRoles: nextActorRoles(app.state, app.channel, rules),
        }
      : null,
    // in the checklist's order, which is the order of the paper package
    documents: rules.checklist.filter((item) => item.code in marks).map((item) => line(item.code)),
    refusal: isRefused
      ? {
          grounds: app.refusalGroundCodes.map((code) => {
            const ground = rules.refusalGrounds.find((g) => g.code === code);
            return { code, text: ground ? text(ground.text, locale) : code, clause: ground ? text(ground.clause, locale) : "" };
          }),
          missing: app.missingDocumentCodes.map(line),
          note: app.decisionNote,
          // how to appeal, from the rules of the version the package was decided under
          appealRoute: rules.appealRoute.map((step) => ({ body: step.body, name: text(step.name, locale), termWorkingDays: step.termWorkingDays, text: text(step.text, locale) })),
        }
      : null,
    assignedExecutorId: app.assignedExecutorId,
    assignedExecutorName: related.assignedExecutorName,
    previousApplicationId: app.previousApplicationId,
    nextApplicationId: related.nextApplicationId,
    timeline: related.events.map((e) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      at: new Date(`${e.at}Z`).toISOString(),
      actorName: e.actorName,
      actorRole: e.actorRole,
      organizationName: names(e.orgKk, e.orgRu, e.orgEn),
      reason: e.reason,
    })),
    collection: collectionOf(app, related, rules, locale),
    handover:
      app.issuedAt && app.resultRecipient
        ? {
            issuedAt: app.issuedAt.toISOString(),
            recipient: app.resultRecipient,
            representativeName: app.resultRepresentativeName,
            powerOfAttorneyNumber: app.resultPowerOfAttorneyNumber,
            isIdentityChecked: app.isRecipientIdentityChecked === true,
          }
        : null,
    actions: availableActions(app.state, app.channel, actor.role, rules),
  };
}

/** Where the package's result waits, its address and hours, and until when it is kept there. */
function collectionOf(app: MatchedApplication, related: RelatedRow, rules: RegulationRules, locale: Locale): ResultCollection | null {
  const place = collectionPlace(app.state, app.channel);
  // an online package's result is its decision, read in the account: it waits nowhere
  if (!place || !isCounterChannel(app.channel)) return null;
  const readyAt = readyAtOf(place, app);
  const rule = rules.unclaimedResult[app.channel];
  const providerName = localizedName({ nameKk: related.providerKk, nameRu: related.providerRu, nameEn: related.providerEn }, locale);
  const isCentre = place === "CORP_CENTRE" && related.corpKk !== null;
  return {
    place,
    organizationName: isCentre ? localizedName({ nameKk: related.corpKk!, nameRu: related.corpRu!, nameEn: related.corpEn! }, locale) : providerName,
    address: localizedOptional(isCentre ? related.corpAddress : related.providerAddress, locale),
    receptionHours: localizedOptional(isCentre ? related.corpHours : related.providerHours, locale),
    keptUntil: readyAt ? keptUntil(readyAt, rule) : null,
    isTermConfirmed: rule.isConfirmed,
    thenPassedTo: rule.thenPassedToProvider && rule.keptForMonths !== null ? providerName : null,
  };
}
