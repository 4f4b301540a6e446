// What the screens and the paper show of complaints, as plain data, each read scoped to the actor:
// the head of a provider reads its own complaints, a teacher those of her own packages, the region
// (the paper only) any package's.
import type { Db } from "../db/client";
import { applicationsVisibleTo } from "../applications/scope";
import { compareForQueue, isComplaintOverdue, type ComplaintState } from "../domain/complaints";
import { can, type Actor } from "../domain/permissions";
import type { Locale } from "../i18n/locales";
import { localizedName } from "../i18n/localized-name";
import { rulesOf } from "../regulation/in-force";

export interface ComplaintView {
  id: string;
  applicationId: string;
  state: ComplaintState;
  filedAt: string;
  dueAt: string;
  isOverdue: boolean;
  text: string;
  answerText: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
}

export interface QueuedComplaint extends ComplaintView {
  registrationNumber: string;
  applicantName: string;
  /** what was refused and why, in the reader's language: what the head answers about */
  refusalGrounds: string[];
}

const VIEW_FIELDS = {
  id: true,
  applicationId: true,
  state: true,
  filedAt: true,
  dueAt: true,
  text: true,
  answerText: true,
  answeredAt: true,
  answeredByName: true,
} as const;

type ViewRow = { id: string; applicationId: string; state: ComplaintState; filedAt: Date; dueAt: Date; text: string; answerText: string | null; answeredAt: Date | null; answeredByName: string | null };

function toView(row: ViewRow, now: Date): ComplaintView {
  return {
    id: row.id,
    applicationId: row.applicationId,
    state: row.state,
    filedAt: row.filedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    isOverdue: isComplaintOverdue(row, now),
    text: row.text,
    answerText: row.answerText,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answeredByName: row.answeredByName,
  };
}

/** The head's queue: the complaints about her organization's packages, open ones first by due time (at most 200). */
export async function listProviderComplaints(db: Db, actor: Actor, locale: Locale, now: Date = new Date()): Promise<QueuedComplaint[]> {
  if (!can(actor, "complaints.answer") || !actor.organizationId) return [];
  const rows = await db.complaint.findMany({
    where: { providerId: actor.organizationId },
    // the index (providerId, state, dueAt) reads FILED before ANSWERED, each by due time
    orderBy: [{ state: "asc" }, { dueAt: "asc" }],
    take: 200,
    select: {
      ...VIEW_FIELDS,
      application: {
        select: { registrationNumber: true, regulationVersionId: true, refusalGroundCodes: true, applicant: { select: { lastName: true, firstName: true, middleName: true } } },
      },
    },
  });
  const versionIds = [...new Set(rows.map((row) => row.application.regulationVersionId))];
  const rulesByVersion = new Map(await Promise.all(versionIds.map(async (id) => [id, await rulesOf(db, { regulationVersionId: id })] as const)));
  return rows
    .map((row) => {
      const rules = rulesByVersion.get(row.application.regulationVersionId)!;
      const { applicant } = row.application;
      return {
        ...toView(row, now),
        registrationNumber: row.application.registrationNumber,
        applicantName: [applicant.lastName, applicant.firstName, applicant.middleName].filter(Boolean).join(" "),
        refusalGrounds: row.application.refusalGroundCodes.map((code) => rules.refusalGrounds.find((g) => g.code === code)?.text[locale] ?? code),
      };
    })
    .sort((a, b) => compareForQueue(asQueued(a), asQueued(b)));
}

const asQueued = (view: ComplaintView) => ({ state: view.state, dueAt: new Date(view.dueAt), answeredAt: view.answeredAt ? new Date(view.answeredAt) : null });

/** The complaints of the packages a teacher sees, newest first, by package. */
export async function complaintsByPackage(db: Db, actor: Actor, applicationIds: string[], now: Date = new Date()): Promise<Map<string, ComplaintView[]>> {
  const byPackage = new Map<string, ComplaintView[]>();
  if (!can(actor, "complaints.file") || applicationIds.length === 0) return byPackage;
  const rows = await db.complaint.findMany({
    where: { applicationId: { in: applicationIds }, application: applicationsVisibleTo(actor) },
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    select: VIEW_FIELDS,
  });
  for (const row of rows) byPackage.set(row.applicationId, [...(byPackage.get(row.applicationId) ?? []), toView(row, now)]);
  return byPackage;
}

/** An answered complaint's paper as its readers may have it (`complaints.read`, then the package's scope), or null. */
export async function loadAnsweredComplaint(db: Db, actor: Actor, complaintId: string, locale: Locale) {
  if (!can(actor, "complaints.read")) return null;
  const row = await db.complaint.findFirst({
    where: { id: complaintId, application: applicationsVisibleTo(actor) },
    select: {
      ...VIEW_FIELDS,
      answeredById: true,
      application: {
        select: {
          registrationNumber: true,
          regulationVersionId: true,
          contactLocale: true,
          applicant: { select: { lastName: true, firstName: true, middleName: true, locale: true } },
          provider: { select: { nameKk: true, nameRu: true, nameEn: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { application } = row;
  return {
    complaint: toView(row, new Date()),
    registrationNumber: application.registrationNumber,
    applicantName: [application.applicant.lastName, application.applicant.firstName, application.applicant.middleName].filter(Boolean).join(" "),
    /** the package's language: what its other papers are printed in */
    packageLocale: application.contactLocale ?? application.applicant.locale,
    provider: application.provider,
    providerName: localizedName(application.provider, locale),
    answeredByRole: row.answeredById ? (await db.user.findUnique({ where: { id: row.answeredById }, select: { role: true } }))?.role ?? null : null,
    rules: await rulesOf(db, application),
  };
}
export type AnsweredComplaint = NonNullable<Awaited<ReturnType<typeof loadAnsweredComplaint>>>;
