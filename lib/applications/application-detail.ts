// Everything a package page shows, as plain data: for staff of the package's organization,
// the regional department (read-only), and the applicant themself. Scoped by the actor.
import type { Db } from "../db/client";
import { normState, openStep, signedWorkingMinutes, type NormState } from "../domain/deadlines";
import { maskIin } from "../domain/identity";
import { availableActions, nextActorRoles, type Action, type ApplicationState, type Channel, type Role, type Step } from "../domain/lifecycle";
import type { Actor } from "../domain/permissions";
import type { LocalizedText } from "../domain/regulation-version";
import type { Locale } from "../i18n/locales";
import { loadWorkingCalendar } from "../workflow/calendar";
import { rulesOf } from "../workflow/regulation-rules";
import { localizedName } from "./list-applications";
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

export interface DocumentLine {
  code: string;
  name: string;
  mark: "PRESENT" | "MISSING" | "UNREADABLE";
  isReturnedToApplicant: boolean;
}

export interface ApplicationDetail {
  id: string;
  registrationNumber: string;
  state: ApplicationState;
  channel: Channel;
  version: number;
  purpose: "ASSIGN" | "CONFIRM";
  categorySought: string;
  categorySoughtName: string;
  categoryHeld: string | null;
  categoryHeldName: string | null;
  regulationVersionCode: string;
  providerId: string;
  applicant: { fullName: string; iin: string; phone: string | null; email: string | null; locale: string };
  providerName: string;
  corpCentreName: string | null;
  receivedAt: string;
  serviceDeadline: string | null;
  resultToCorpDeadline: string | null;
  openStep: { step: Step; deadline: string; normState: NormState; minutesLeft: number; nextRoles: Role[] } | null;
  documents: DocumentLine[];
  refusal: { grounds: { code: string; text: string; clause: string }[]; missing: DocumentLine[]; note: string | null } | null;
  assignedExecutorId: string | null;
  assignedExecutorName: string | null;
  previousApplicationId: string | null;
  nextApplicationId: string | null;
  timeline: TimelineEntry[];
  /** what the viewing actor may do now, from the transition table */
  actions: Action[];
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
  const app = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: {
      id: true,
      registrationNumber: true,
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
      assignedExecutorId: true,
      providerId: true,
      previousApplicationId: true,
      nextApplication: { select: { id: true } },
      applicant: { select: { lastName: true, firstName: true, middleName: true, iin: true, phone: true, email: true, locale: true } },
      provider: { select: { nameKk: true, nameRu: true, nameEn: true } },
      corpCentre: { select: { nameKk: true, nameRu: true, nameEn: true } },
      regulationVersionId: true,
      regulationVersion: { select: { code: true } },
      events: {
        orderBy: { id: "asc" },
        select: { action: true, fromState: true, toState: true, at: true, actorId: true, actorRole: true, organizationId: true, reason: true },
      },
    },
  });
  if (!app) return null;

  // published rules never change in place: parsed once per version, not per page view
  const rules = await rulesOf({ db, now: () => now }, app);
  const actorIds = [...new Set([...app.events.map((e) => e.actorId), app.assignedExecutorId].filter((id): id is string => Boolean(id)))];
  const organizationIds = [...new Set(app.events.map((e) => e.organizationId).filter((id): id is string => Boolean(id)))];
  const [users, organizations, calendar] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, fullName: true } }),
    db.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
    loadWorkingCalendar(db),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.fullName]));
  const organizationName = new Map(organizations.map((o) => [o.id, localizedName(o, locale)]));

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
  const isRegionReader = actor.role === "REGION_ADMIN";

  return {
    id: app.id,
    registrationNumber: app.registrationNumber,
    state: app.state,
    channel: app.channel,
    version: app.version,
    purpose: app.purpose,
    categorySought: app.categorySought,
    categorySoughtName: categoryName(app.categorySought)!,
    categoryHeld: app.categoryHeld,
    categoryHeldName: categoryName(app.categoryHeld),
    regulationVersionCode: app.regulationVersion.code,
    providerId: app.providerId,
    applicant: {
      fullName: [app.applicant.lastName, app.applicant.firstName, app.applicant.middleName].filter(Boolean).join(" "),
      iin: isRegionReader ? maskIin(app.applicant.iin) : app.applicant.iin,
      phone: isRegionReader ? null : app.applicant.phone,
      email: isRegionReader ? null : app.applicant.email,
      locale: app.applicant.locale,
    },
    providerName: localizedName(app.provider, locale),
    corpCentreName: app.corpCentre ? localizedName(app.corpCentre, locale) : null,
    receivedAt: app.receivedAt.toISOString(),
    serviceDeadline: app.serviceDeadline?.toISOString() ?? null,
    resultToCorpDeadline: app.resultToCorpDeadline?.toISOString() ?? null,
    openStep: step
      ? {
          step: step.step,
          deadline: step.deadline.toISOString(),
          normState: normState(calendar, step, now, rules.dueSoonShare),
          minutesLeft: signedWorkingMinutes(calendar, step.hours, now, step.deadline),
          nextRoles: nextActorRoles(app.state, app.channel),
        }
      : null,
    // in the checklist's order, which is the order of the paper package
    documents: rules.checklist.filter((item) => item.code in marks).map((item) => line(item.code)),
    refusal: isRefused
      ? {
          grounds: app.refusalGroundCodes.map((code) => {
            const ground = rules.refusalGrounds.find((g) => g.code === code);
            return { code, text: ground ? text(ground.text, locale) : code, clause: ground?.clause ?? "" };
          }),
          missing: app.missingDocumentCodes.map(line),
          note: app.decisionNote,
        }
      : null,
    assignedExecutorId: app.assignedExecutorId,
    assignedExecutorName: app.assignedExecutorId ? (userName.get(app.assignedExecutorId) ?? null) : null,
    previousApplicationId: app.previousApplicationId,
    nextApplicationId: app.nextApplication?.id ?? null,
    timeline: app.events.map((e) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      at: e.at.toISOString(),
      actorName: e.actorId ? (userName.get(e.actorId) ?? null) : null,
      actorRole: e.actorRole,
      organizationName: e.organizationId ? (organizationName.get(e.organizationId) ?? null) : null,
      reason: e.reason,
    })),
    actions: availableActions(app.state, app.channel, actor.role),
  };
}
