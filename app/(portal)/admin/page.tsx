import Link from "next/link";
import { z } from "zod";
import { AdminForm } from "@/components/admin/admin-form";
import { VersionPeriods } from "@/components/admin/version-periods";
import { CheckboxField, SelectField, TextField } from "@/components/admin/fields";
import { PageHeading } from "@/components/layout/page-heading";
import { Button } from "@/components/ui/button";
import { CALENDAR_DAY_KINDS, lastRemovedDay, listHolidays } from "@/lib/admin/holidays";
import { ORGANIZATION_KINDS, findOrganizationIds, listOrganizationTree, type OrganizationNode } from "@/lib/admin/organizations";
import { STAFF_ACCOUNT_ROLES, adminSearchSchema, listStaffAccounts } from "@/lib/admin/users";
import { listVersions } from "@/lib/admin/versions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import {
  cloneVersionAction,
  createOrganizationAction,
  createUserAction,
  resetPasswordAction,
  updateOrganizationAction,
  updateUserAction,
} from "../../../lib/server-actions/admin";

const TABS = ["organizations", "users", "versions", "holidays"] as const;
const tabSchema = z.enum(TABS).catch("organizations");
// after a calendar change is applied: how many packages' deadlines it moved
const movedSchema = z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined);
// after a day is removed: which one, to offer putting it back
const removedSchema = z.string().max(10).optional().catch(undefined);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const orgName = (o: { nameKk: string; nameRu: string; nameEn: string }, locale: Locale) => (locale === "ru" ? o.nameRu : locale === "en" ? o.nameEn : o.nameKk);

export default async function AdminWorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.admin", "/admin");
  const { locale, t } = await getTranslator();
  const query = await searchParams;
  const tab = tabSchema.parse(first(query.tab));
  // the search box of the users' and the organizations' tabs: in the URL, so it works without JavaScript and can be shared
  const q = adminSearchSchema.parse(first(query.q) ?? "");
  const organizations = await listOrganizationTree(db(), actor);
  const foundOrganizations = tab === "organizations" && q ? await findOrganizationIds(db(), actor, q) : null;
  const shownOrganizations = foundOrganizations ? organizations.filter((o) => foundOrganizations.has(o.id)) : organizations;
  const organizationOptions = organizations.map((o) => ({ value: o.id, label: `${"· ".repeat(o.depth)}${o.code} — ${orgName(o, locale)}` }));
  const nameOf = new Map(organizations.map((o) => [o.id, orgName(o, locale)]));

  const organizationFields = (o?: OrganizationNode) => (
    <>
      <TextField label={t("dashboard.admin.code")} name="code" defaultValue={o?.code} required />
      <SelectField label={t("dashboard.admin.kind")} name="kind" defaultValue={o?.kind ?? "SCHOOL"} options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`dashboard.kinds.${k}`) }))} />
      <TextField label={t("dashboard.admin.nameKk")} name="nameKk" defaultValue={o?.nameKk} required wide />
      <TextField label={t("dashboard.admin.nameRu")} name="nameRu" defaultValue={o?.nameRu} required wide />
      <TextField label={t("dashboard.admin.nameEn")} name="nameEn" defaultValue={o?.nameEn} required wide />
      <SelectField
        label={t("dashboard.admin.parent")}
        name="parentId"
        defaultValue={o?.parentId ?? ""}
        options={[{ value: "", label: t("dashboard.admin.noParent") }, ...organizationOptions.filter((option) => option.value !== o?.id)]}
      />
      <TextField label={t("dashboard.admin.locality")} name="localityCode" defaultValue={o?.localityCode} required />
      {/* where and when it receives teachers: the status page and the notices say it of a result waiting there */}
      <TextField label={t("resultHandover.admin.addressKk")} name="addressKk" defaultValue={o?.addressKk ?? ""} wide />
      <TextField label={t("resultHandover.admin.addressRu")} name="addressRu" defaultValue={o?.addressRu ?? ""} wide />
      <TextField label={t("resultHandover.admin.addressEn")} name="addressEn" defaultValue={o?.addressEn ?? ""} wide />
      <TextField label={t("resultHandover.admin.hoursKk")} name="receptionHoursKk" defaultValue={o?.receptionHoursKk ?? ""} wide />
      <TextField label={t("resultHandover.admin.hoursRu")} name="receptionHoursRu" defaultValue={o?.receptionHoursRu ?? ""} wide />
      <TextField label={t("resultHandover.admin.hoursEn")} name="receptionHoursEn" defaultValue={o?.receptionHoursEn ?? ""} wide />
    </>
  );

  return (
    <div className="space-y-6">
      <PageHeading title={t("workspaces.admin.title")} lead={t("workspaces.admin.lead")} />
      <nav aria-label={t("dashboard.admin.title")} className="flex flex-wrap gap-6 border-b border-slate-200 text-sm">
        {TABS.map((key) => (
          <Link
            key={key}
            href={`/admin?tab=${key}`}
            aria-current={tab === key ? "page" : undefined}
            className={tab === key ? "border-b-2 border-brand-600 px-1 pb-1 font-semibold text-brand-900" : "px-1 pb-1 text-brand-700 hover:underline"}
          >
            {t(`dashboard.admin.tabs.${key}`)}
          </Link>
        ))}
        <Link href="/admin/mailbox" className="px-1 pb-1 text-brand-700 hover:underline">
          {t("applicant.mailbox.title")}
        </Link>
      </nav>

      {tab === "organizations" && (
        <section aria-labelledby="organizations-title" className="space-y-4">
          <h2 id="organizations-title" className="text-lg font-semibold">{t("dashboard.admin.tabs.organizations")}</h2>
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-brand-700">{t("dashboard.admin.newOrganization")}</summary>
            <div className="mt-3">
              <AdminForm action={createOrganizationAction} submitLabel={t("dashboard.admin.create")}>{organizationFields()}</AdminForm>
            </div>
          </details>
          <SearchForm tab="organizations" q={q} label={t("dashboard.admin.search.organizations")} found={foundOrganizations ? shownOrganizations.length : undefined} t={t} />
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="organization-tree">
            {shownOrganizations.map((o) => (
              // a search shows the organizations found, each at the top level: their parents may not be among them
              <li key={o.id} className="px-4 py-2" style={{ paddingLeft: `${1 + (foundOrganizations ? 0 : o.depth) * 1.5}rem` }}>
                <details>
                  <summary className="cursor-pointer text-sm">
                    <span className="font-mono text-xs text-slate-500">{o.code}</span> <span className="font-medium">{orgName(o, locale)}</span>{" "}
                    <span className="text-xs text-slate-500">· {t(`dashboard.kinds.${o.kind}`)} · {t("dashboard.admin.users", { count: o.users })}</span>
                  </summary>
                  <div className="mt-3">
                    <AdminForm action={updateOrganizationAction} submitLabel={t("dashboard.admin.save")}>
                      <input type="hidden" name="id" value={o.id} />
                      {organizationFields(o)}
                    </AdminForm>
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}

      {tab === "users" && <UsersTab organizationOptions={organizationOptions} nameOf={nameOf} q={q} />}
      {tab === "versions" && <VersionsTab />}
      {tab === "holidays" && <HolidaysTab moved={movedSchema.parse(first(query.moved))} removed={removedSchema.parse(first(query.removed))} />}
    </div>
  );
}

/** A search over the tab's list: a GET form, the query in the URL, filtered on the server. */
function SearchForm({ tab, q, label, found, t }: { tab: string; q: string; label: string; found: number | undefined; t: Awaited<ReturnType<typeof getTranslator>>["t"] }) {
  return (
    <div className="space-y-2">
      <form method="get" action="/admin" role="search" aria-label={label} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="tab" value={tab} />
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm">
          <span className="font-medium">{label}</span>
          <input type="search" name="q" defaultValue={q} maxLength={100} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <Button type="submit" size="sm">{t("dashboard.admin.search.submit")}</Button>
        {q && <Link href={`/admin?tab=${tab}`} className="text-sm text-brand-700 hover:underline">{t("dashboard.admin.search.clear")}</Link>}
      </form>
      {found !== undefined && (
        <p role="status" className="text-sm text-slate-700">{t("dashboard.admin.search.found", { query: q, count: found })}</p>
      )}
    </div>
  );
}

async function UsersTab({ organizationOptions, nameOf, q }: { organizationOptions: { value: string; label: string }[]; nameOf: Map<string, string>; q: string }) {
  const actor = await requirePermission("workspace.admin", "/admin?tab=users");
  const { t } = await getTranslator();
  const users = await listStaffAccounts(db(), actor, q);
  const roleOptions = STAFF_ACCOUNT_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <h2 id="users-title" className="text-lg font-semibold">{t("dashboard.admin.users", { count: users.length })}</h2>
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-medium text-brand-700">{t("dashboard.admin.newUser")}</summary>
        <div className="mt-3">
          <AdminForm action={createUserAction} submitLabel={t("dashboard.admin.create")}>
            <TextField label={t("dashboard.admin.login")} name="login" required />
            <TextField label={t("dashboard.admin.fullName")} name="fullName" required />
            <TextField label={t("dashboard.admin.iin")} name="iin" inputMode="numeric" autoComplete="off" hint={t("dashboard.admin.iinHint")} />
            <SelectField label={t("dashboard.admin.role")} name="role" defaultValue="CLERK" options={roleOptions} />
            <SelectField label={t("dashboard.admin.organization")} name="organizationId" options={organizationOptions} />
            <TextField label={t("dashboard.admin.password")} name="password" type="password" autoComplete="new-password" required />
          </AdminForm>
        </div>
      </details>
      <SearchForm tab="users" q={q} label={t("dashboard.admin.search.users")} found={q ? users.length : undefined} t={t} />
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="staff-list">
        {users.map((u) => (
          <li key={u.id} className="px-4 py-2">
            <details>
              <summary className="cursor-pointer text-sm">
                <span className="font-mono">{u.login}</span> · {u.fullName} · {t(`roles.${u.role}`)} · {u.organizationId ? nameOf.get(u.organizationId) : "—"} ·{" "}
                <span className={u.isActive ? "text-emerald-700" : "font-semibold text-red-700"}>{t(u.isActive ? "dashboard.admin.active" : "dashboard.admin.inactive")}</span>
              </summary>
              <div className="mt-3">
                <AdminForm action={updateUserAction} submitLabel={t("dashboard.admin.save")}>
                  <input type="hidden" name="id" value={u.id} />
                  <TextField label={t("dashboard.admin.fullName")} name="fullName" defaultValue={u.fullName} required />
                  <TextField label={t("dashboard.admin.iin")} name="iin" defaultValue={u.iin ?? ""} inputMode="numeric" autoComplete="off" hint={t("dashboard.admin.iinHint")} />
                  <SelectField label={t("dashboard.admin.role")} name="role" defaultValue={u.role} options={roleOptions} />
                  <SelectField label={t("dashboard.admin.organization")} name="organizationId" defaultValue={u.organizationId ?? ""} options={organizationOptions} />
                  <TextField label={t("dashboard.admin.password")} name="password" type="password" autoComplete="new-password" hint={t("dashboard.admin.passwordHint")} />
                  <CheckboxField label={t("dashboard.admin.isActive")} name="isActive" defaultChecked={u.isActive} />
                </AdminForm>
                {/* a one-time password made on the server: the owner must replace it at first sign-in */}
                <div className="mt-3 border-t border-slate-100 pt-3">
                  <p className="mb-2 text-xs text-slate-600">{t("dashboard.admin.passwordReset.hint")}</p>
                  <AdminForm action={resetPasswordAction} submitLabel={t("dashboard.admin.passwordReset.submit")} tone="danger" className="flex flex-wrap items-center gap-3">
                    <input type="hidden" name="id" value={u.id} />
                  </AdminForm>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function VersionsTab() {
  const actor = await requirePermission("workspace.admin", "/admin?tab=versions");
  const { locale, t } = await getTranslator();
  const versions = await listVersions(db(), actor);
  return (
    <section aria-labelledby="versions-title" className="space-y-4">
      <h2 id="versions-title" className="text-lg font-semibold">{t("dashboard.admin.tabs.versions")}</h2>
      <ul className="space-y-3" data-testid="version-list">
        {versions.map((v) => (
          <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p>
              <Link href={`/admin/versions/${v.id}`} className="font-mono font-semibold text-brand-700 hover:underline">{v.code}</Link> ·{" "}
              <span className={v.status === "DRAFT" ? "text-amber-700" : "text-emerald-700"}>{t(`dashboard.admin.statuses.${v.status}`)}</span> ·{" "}
              {t("dashboard.admin.applications", { count: v.applications })}
            </p>
            <p className="text-sm text-slate-600">{v.title[locale]}</p>
            <VersionPeriods version={v} locale={locale} t={t} />
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700">{t("dashboard.admin.cloneAsDraft")}</summary>
              <div className="mt-2">
                <AdminForm action={cloneVersionAction} submitLabel={t("dashboard.admin.cloneAsDraft")}>
                  <input type="hidden" name="id" value={v.id} />
                  <TextField label={t("dashboard.admin.newCode")} name="code" defaultValue={`${v.code}-DRAFT`} required />
                </AdminForm>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function HolidaysTab({ moved, removed }: { moved: number | undefined; removed: string | undefined }) {
  const actor = await requirePermission("workspace.admin", "/admin?tab=holidays");
  const { locale, t } = await getTranslator();
  const holidays = await listHolidays(db(), actor);
  // right after a removal: the day as it was, to put back (none once it is back in the calendar)
  const undo = removed ? await lastRemovedDay(db(), actor, removed) : null;
  return (
    <section aria-labelledby="holidays-title" className="space-y-4">
      <h2 id="holidays-title" className="text-lg font-semibold">{t("dashboard.admin.holidays", { count: holidays.length })}</h2>
      {moved !== undefined && !undo && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          {t("dashboard.admin.calendarChange.applied", { count: moved })}
        </p>
      )}
      {undo && (
        <div className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="holiday-removed">
          <p role="status">{t("dashboard.admin.calendarChange.removed", { date: formatDate(undo.date, locale), count: moved ?? 0 })}</p>
          {/* putting it back is a calendar change too: previewed, then applied */}
          <form method="get" action="/admin/calendar-change" className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="op" value="add" />
            {Object.entries(undo).map(([field, value]) => <input key={field} type="hidden" name={field} value={value} />)}
            <Button type="submit" size="sm" variant="secondary">{t("dashboard.admin.calendarChange.undo")}</Button>
            <span className="text-xs text-emerald-800">{t("dashboard.admin.calendarChange.undoHint", { source: undo.source })}</span>
          </form>
        </div>
      )}
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-medium text-brand-700">{t("dashboard.admin.newHoliday")}</summary>
        <div className="mt-3">
          {/* a change moves open packages' deadlines: it is previewed first, then applied there */}
          <form method="get" action="/admin/calendar-change" className="grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="op" value="add" />
            <TextField label={t("dashboard.admin.date")} name="date" type="date" required />
            <SelectField label={t("dashboard.admin.dayKind")} name="kind" defaultValue="DAY_OFF" options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`dashboard.admin.dayKinds.${k}`) }))} />
            <TextField label={t("dashboard.admin.nameKk")} name="nameKk" required />
            <TextField label={t("dashboard.admin.nameRu")} name="nameRu" required />
            <TextField label={t("dashboard.admin.nameEn")} name="nameEn" required />
            <TextField label={t("dashboard.admin.daySource")} name="source" required wide />
            <div className="sm:col-span-2">
              <Button type="submit" size="sm">{t("dashboard.admin.calendarChange.previewAdd")}</Button>
            </div>
          </form>
        </div>
      </details>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="holiday-list">
        {holidays.map((h) => (
          <li key={h.date} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
            <span>
              <time dateTime={h.date} className="font-mono">{h.date}</time> · {orgName(h, locale)}
              {h.kind === "WORKING_DAY" && <> · <strong>{t("dashboard.admin.dayKinds.WORKING_DAY")}</strong></>}
              {/* the act as the administrator cited it, in the act's own language: marked as a quotation */}
              <span className="block text-xs text-slate-500">
                {t("dashboard.admin.dayCited")} <q lang={languageOfCitation(h.source)}>{h.source}</q>
              </span>
            </span>
            <details className="text-sm">
              <summary className="cursor-pointer text-red-700">{t("dashboard.admin.delete")}</summary>
              <form method="get" action="/admin/calendar-change" className="mt-2 flex max-w-md flex-wrap items-end gap-2">
                <p className="w-full text-xs text-slate-600">{t("dashboard.admin.calendarChange.removeConfirm")}</p>
                <input type="hidden" name="op" value="remove" />
                <input type="hidden" name="date" value={h.date} />
                <TextField label={t("dashboard.admin.calendarChange.removalSource")} name="source" required />
                <Button type="submit" size="sm" variant="danger">{t("dashboard.admin.calendarChange.previewRemove")}</Button>
              </form>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The language a citation is written in, for its `lang`: Kazakh letters, other Cyrillic, or Latin. */
function languageOfCitation(text: string): Locale {
  if (/[әғқңөұүһі]/i.test(text)) return "kk";
  return /[а-яё]/i.test(text) ? "ru" : "en";
}
