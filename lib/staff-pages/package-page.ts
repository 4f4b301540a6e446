// Everything the staff's package page shows, as plain data: the package, the completeness check
// form when the viewer is the executor who took it, the scans and the delivery log.
import type { Db } from "../db/client";
import { getApplicationDetail, type ApplicationDetail } from "../applications/application-detail";
import { can, type Actor } from "../domain/permissions";
import type { DocumentMark } from "../domain/completeness";
import { findTransition } from "../domain/lifecycle";
import { requiredChecklist } from "../domain/regulation-version";
import { LOCALE_NAMES, toLocale, type Locale } from "../i18n/locales";
import { MESSAGES } from "../i18n/messages";
import type { RefusalTemplates } from "../applications/refusal-notice";
import { listNotificationsFor, type NotificationLogEntry } from "../notifications/notification-log";
import { findVersion } from "../regulation/in-force";
import { listScans } from "../scans/attach-scan";

export interface CheckItem {
  code: string;
  name: string;
  /** the same document's name in the applicant's language, for the refusal they will read */
  applicantName: string;
  isRequired: boolean;
  initialMark: DocumentMark;
}

export interface GroundOption {
  code: string;
  label: string;
  clause: string;
  applicantText: string;
  /** the clause in the teacher's language, for the refusal she is shown */
  applicantClause: string;
  requiresMissingItems: boolean;
}

export interface CheckFormData {
  applicationId: string;
  registrationNumber: string;
  version: number;
  items: CheckItem[];
  grounds: GroundOption[];
  applicantLocale: Locale;
  applicantLanguageName: string;
  refusalTemplates: RefusalTemplates;
}

export interface ScanLine {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  documentName: string | null;
  uploadedAt: string;
}

export interface StaffPackagePageData {
  detail: ApplicationDetail;
  /** the executor is checking it now; `check` is null when another executor took it */
  isCheckingNow: boolean;
  check: CheckFormData | null;
  /** null when the viewer may not read scans */
  scans: ScanLine[] | null;
  canAttachScans: boolean;
  notifications: NotificationLogEntry[] | null;
}

/** Null when the actor may not see the package: another organization's package is "not found". */
export async function loadStaffPackagePage(db: Db, actor: Actor, applicationId: string, locale: Locale): Promise<StaffPackagePageData | null> {
  const detail = await getApplicationDetail(db, actor, applicationId, locale);
  if (!detail) return null;
  // the actor may decide now: the check form (or who holds the package) instead of buttons
  const isCheckingNow = detail.actions.some((action) => findTransition(detail.state, action, detail.channel)?.input === "completenessCheck");
  const canReadScans = can(actor, "scans.read");
  const [check, scans, notifications] = await Promise.all([
    isCheckingNow && detail.assignedExecutorId === actor.userId ? checkFormData(db, detail, locale) : null,
    canReadScans ? listScans({ db, now: () => new Date() }, actor, detail.id) : [],
    listNotificationsFor(db, actor, detail.id),
  ]);
  const documentName = new Map(detail.documents.map((d) => [d.code, d.name]));
  return {
    detail,
    isCheckingNow,
    check,
    scans: canReadScans
      ? scans.map((scan) => ({
          id: scan.id,
          fileName: scan.fileName,
          contentType: scan.contentType,
          sizeBytes: scan.sizeBytes,
          documentName: scan.documentCode ? (documentName.get(scan.documentCode) ?? scan.documentCode) : null,
          uploadedAt: scan.uploadedAt.toISOString(),
        }))
      : null,
    canAttachScans: can(actor, "scans.attach"),
    notifications,
  };
}

/** The check form's data: the version's checklist and grounds, in the staff's and the applicant's languages. */
async function checkFormData(db: Db, detail: ApplicationDetail, locale: Locale): Promise<CheckFormData> {
  // the package's own version (parsed once per process), not the one in force now
  const version = await findVersion(db, detail.regulationVersionId);
  if (!version) throw new Error(`regulation version ${detail.regulationVersionId} does not exist`);
  const { rules } = version;
  const applicantLocale = toLocale(detail.applicant.locale);
  const required = new Set(requiredChecklist(rules, Boolean(detail.categoryHeld)).map((i) => i.code));
  const marks = Object.fromEntries(detail.documents.map((d) => [d.code, d.mark]));
  return {
    applicationId: detail.id,
    registrationNumber: detail.registrationNumber,
    version: detail.version,
    applicantLocale,
    applicantLanguageName: LOCALE_NAMES[applicantLocale],
    refusalTemplates: MESSAGES[applicantLocale].staff.refusalText,
    items: rules.checklist
      .filter((item) => required.has(item.code))
      .map((item) => ({
        code: item.code,
        name: item.name[locale],
        applicantName: item.name[applicantLocale],
        isRequired: true,
        initialMark: marks[item.code] ?? ("MISSING" as const),
      })),
    grounds: rules.refusalGrounds.map((ground) => ({
      code: ground.code,
      label: ground.text[locale],
      clause: ground.clause[locale],
      applicantText: ground.text[applicantLocale],
      applicantClause: ground.clause[applicantLocale],
      requiresMissingItems: ground.requiresMissingItems,
    })),
  };
}
