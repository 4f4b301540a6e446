// A staff workspace's queue page as plain data: the view asked for, the organization's name and
// the categories the filters offer (from every published version: old packages keep theirs).
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import type { Locale } from "../i18n/locales";
import { localizedName } from "../i18n/localized-name";
import type { StaffRole } from "../applications/queue-views";
import { loadQueue, readQueueQuery, type QueuePage, type QueueQuery } from "../applications/staff-queue";
import { dateFilterNotices, type FilterNotice } from "../domain/date-filter";
import { rulesOf } from "../regulation/in-force";

export interface StaffQueuePageData {
  role: StaffRole;
  query: QueueQuery;
  page: QueuePage;
  organizationName: string | null;
  categories: { code: string; name: string }[];
  /** what the page left out of the address (a date filter or a cursor it could not apply) */
  notices: FilterNotice[];
}

export async function loadStaffQueuePage(
  db: Db,
  actor: Actor & { role: StaffRole },
  searchParams: Record<string, string | string[] | undefined>,
  locale: Locale,
  now: Date = new Date(),
): Promise<StaffQueuePageData> {
  const { query, rejected } = readQueueQuery(searchParams, now);
  const [page, organization, versions] = await Promise.all([
    loadQueue(db, actor, query, locale, now),
    actor.organizationId
      ? db.organization.findUnique({ where: { id: actor.organizationId }, select: { nameKk: true, nameRu: true, nameEn: true } })
      : null,
    // ids only: the rules of a published version are parsed once per process (rulesOf)
    db.regulationVersion.findMany({ where: { status: "PUBLISHED" }, select: { id: true } }),
  ]);
  const versionRules = await Promise.all(versions.map((v) => rulesOf(db, { regulationVersionId: v.id })));
  const categories = [
    ...new Map(versionRules.flatMap((rules) => rules.categories).map((c) => [c.code, { code: c.code, name: c.name[locale] }])).values(),
  ];
  return {
    role: actor.role,
    query,
    page,
    organizationName: organization ? localizedName(organization, locale) : null,
    categories,
    notices: dateFilterNotices(rejected, now),
  };
}
