import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AdminForm } from "@/components/admin/admin-form";
import { VersionPeriods } from "@/components/admin/version-periods";
import { SelectField, TextAreaField, TextField } from "@/components/admin/fields";
import { CHANNELS, CHECKER_ROLES, COUNTER_CHANNELS } from "@/lib/domain/lifecycle";
import { Tag } from "@/components/ui/tag";
import { PageHeading } from "@/components/layout/page-heading";
import { getVersion } from "@/lib/admin/versions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { getTranslator } from "@/lib/i18n/server";
import { channelTerm } from "@/components/regulation/channel-term";
import { cloneVersionAction, publishVersionAction, updateDraftAction } from "../../../../../lib/server-actions/admin";

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{8,40}$/i) });

/** One regulation version: read-only when published (clone it), an editor when a draft. */
export default async function AdminVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = await params;
  const actor = await requirePermission("workspace.admin", `/admin/versions/${encodeURIComponent(raw.id)}`);
  const parsed = paramsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { locale, t } = await getTranslator();
  const version = await getVersion(db(), actor, parsed.data.id);
  if (!version) notFound();
  const rules = version.rules;
  const isDraft = version.status === "DRAFT";
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const textarea = (name: string, label: string, value: unknown) => <TextAreaField label={label} name={name} defaultValue={json(value)} readOnly={!isDraft} wide />;
  return (
    <div className="space-y-6">
      <PageHeading title={`${version.code} · ${t(`dashboard.admin.statuses.${version.status}`)}`} lead={version.title[locale]}>
        <Link href="/admin?tab=versions" className="text-sm text-brand-700 hover:underline">← {t("dashboard.admin.tabs.versions")}</Link>
      </PageHeading>
      {!isDraft && <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="note">{t("dashboard.admin.publishedReadOnly")}</p>}
      {version.rulesError && <p role="alert" className="text-sm text-red-700">{t("dashboard.admin.rulesInvalid", { detail: version.rulesError })}</p>}

      {isDraft ? (
        <AdminForm action={updateDraftAction} submitLabel={t("dashboard.admin.save")}>
          <input type="hidden" name="id" value={version.id} />
          <TextField label={t("dashboard.admin.title_kk")} name="titleKk" defaultValue={version.title.kk} required wide />
          <TextField label={t("dashboard.admin.title_ru")} name="titleRu" defaultValue={version.title.ru} required wide />
          <TextField label={t("dashboard.admin.title_en")} name="titleEn" defaultValue={version.title.en} required wide />
          <TextField label={t("dashboard.admin.legalBasis")} name="legalBasis" defaultValue={version.legalBasis} required wide />
          <TextField label={t("dashboard.admin.effectiveFrom")} name="effectiveFrom" type="date" defaultValue={version.effectiveFrom} required />
          <fieldset className="grid gap-3 rounded border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-3">
            <legend className="px-1 text-sm font-medium">{t("dashboard.admin.norms")}</legend>
            {(["OFFICE_REGISTRATION", "COMPLETENESS_CHECK", "CORP_INTAKE"] as const).map((step) => (
              <TextField key={step} label={t(`dashboard.steps.${step}`)} name={`norm.${step}`} type="number" defaultValue={rules?.stepNormMinutes[step] ?? 20} required />
            ))}
          </fieldset>
          <TextField label={t("dashboard.admin.dueSoonShare")} name="dueSoonShare" type="number" step="0.05" defaultValue={rules?.dueSoonShare ?? 0.75} required />
          <TextField label={t("dashboard.admin.leadHours")} name="leadHours" type="number" defaultValue={rules?.resultToCorpLeadHours ?? 24} required />
          <TextField label={t("dashboard.admin.termSame")} name="termSame" type="number" defaultValue={rules?.serviceTermWorkingDays.stateCorpSameLocality ?? 3} required />
          <TextField label={t("dashboard.admin.termOther")} name="termOther" type="number" defaultValue={rules?.serviceTermWorkingDays.stateCorpOtherLocality ?? 5} required />
          <fieldset className="grid gap-3 rounded border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-2">
            <legend className="px-1 text-sm font-medium">{t("dashboard.admin.checkedBy")}</legend>
            {CHANNELS.map((channel) => (
              <SelectField
                key={channel}
                label={t(`channels.${channel}`)}
                name={`checkedBy.${channel}`}
                defaultValue={rules?.completenessCheckedBy[channel] ?? "EXECUTOR"}
                options={CHECKER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              />
            ))}
          </fieldset>
          {textarea("serviceName", t("dashboard.admin.serviceName"), rules?.serviceName ?? {})}
          {textarea("incompleteAtCounter", t("dashboard.admin.incompleteAtCounter"), rules?.incompleteAtCounter ?? {})}
          {textarea("providers", t("dashboard.admin.providers"), rules?.providers ?? {})}
          {textarea("channels", t("dashboard.admin.lawChannels"), rules?.channels ?? [])}
          {textarea("unclaimedResult", t("resultHandover.admin.unclaimedResult"), rules?.unclaimedResult ?? {})}
          {textarea("checklist", t("dashboard.admin.checklist"), rules?.checklist ?? [])}
          {textarea("refusalGrounds", t("dashboard.admin.refusalGrounds"), rules?.refusalGrounds ?? [])}
          {textarea("categories", t("dashboard.admin.categories"), rules?.categories ?? [])}
          {textarea("appealRoute", t("complaints.appeal.json"), rules?.appealRoute ?? [])}
        </AdminForm>
      ) : (
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-600">{t("dashboard.admin.periods.acts")}</dt>
          <dd><VersionPeriods version={version} locale={locale} t={t} withActs /></dd>
          {rules && (
            <>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.serviceNameShort")}</dt>
              <dd data-testid="service-name">
                «{rules.serviceName.name[locale]}»{" "}
                {!rules.serviceName.isConfirmed && <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>}
                <span className="block text-xs text-slate-600">{rules.serviceName.source[locale]}</span>
              </dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.norms")}</dt>
              <dd data-testid="published-norms">
                {(["OFFICE_REGISTRATION", "COMPLETENESS_CHECK", "CORP_INTAKE"] as const).map((step) => `${t(`dashboard.steps.${step}`)}: ${rules.stepNormMinutes[step]}`).join(" · ")}
              </dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.checkedBy")}</dt>
              <dd>{CHANNELS.map((channel) => `${t(`channels.${channel}`)}: ${t(`roles.${rules.completenessCheckedBy[channel]}`)}`).join(" · ")}</dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.incompleteAtCounterShort")}</dt>
              <dd data-testid="incomplete-at-counter">
                <ul className="list-disc pl-5">
                  {COUNTER_CHANNELS.map((channel) => {
                    const rule = rules.incompleteAtCounter[channel];
                    return (
                      <li key={channel}>
                        {t(`channels.${channel}`)}: {t(`dashboard.admin.counterOutcomes.${rule.outcome}`)}{" "}
                        {!rule.isConfirmed && <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>}
                        <span className="block text-xs text-slate-600">{rule.source[locale]}</span>
                      </li>
                    );
                  })}
                </ul>
              </dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.providersShort")}</dt>
              <dd data-testid="version-providers">
                {rules.providers.kinds.map((kind) => t(`dashboard.kinds.${kind}`)).join(", ")}{" "}
                {!rules.providers.isConfirmed && <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>}
                <span className="block text-xs text-slate-600">{rules.providers.source[locale]}</span>
              </dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.lawChannelsShort")}</dt>
              <dd data-testid="version-channels">
                <ul className="list-disc pl-5">
                  {rules.channels.map((channel) => (
                    <li key={channel.code}>
                      {t(`dashboard.admin.lawChannelNames.${channel.code}`)}: {channelTerm(rules, channel, t)}{" "}
                      {!channel.isServedHere && <Tag tone="slate">{t("dashboard.admin.notServedHere")}</Tag>}{" "}
                      {!channel.isConfirmed && <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>}
                      <span className="block text-xs text-slate-600">{channel.source[locale]}</span>
                    </li>
                  ))}
                </ul>
              </dd>
              <dt className="font-medium text-slate-600">{t("resultHandover.admin.unclaimedShort")}</dt>
              <dd data-testid="unclaimed-result">
                <ul className="list-disc pl-5">
                  {COUNTER_CHANNELS.map((channel) => {
                    const rule = rules.unclaimedResult[channel];
                    const months = { months: rule.keptForMonths ?? 0 };
                    return (
                      <li key={channel}>
                        {t(`channels.${channel}`)}:{" "}
                        {rule.keptForMonths === null
                          ? t("resultHandover.admin.keptNoTerm")
                          : t(rule.thenPassedToProvider ? "resultHandover.admin.keptMonthsPassed" : "resultHandover.admin.keptMonths", months)}{" "}
                        {!rule.isConfirmed && <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>}
                        <span className="block text-xs text-slate-600">{rule.source[locale]}</span>
                      </li>
                    );
                  })}
                </ul>
              </dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.checklistShort")}</dt>
              <dd data-testid="version-checklist">
                <ul className="list-disc pl-5">
                  {rules.checklist.map((c) => (
                    <li key={c.code}>
                      {c.name[locale]} {c.isConfirmed === false && <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>}
                    </li>
                  ))}
                </ul>
                {/* the items share one source when they have one: said once under the list */}
                {[...new Set(rules.checklist.flatMap((c) => (c.source ? [c.source[locale]] : [])))].map((source) => (
                  <span key={source} className="block text-xs text-slate-600">{source}</span>
                ))}
              </dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.refusalGroundsShort")}</dt>
              <dd><ul className="list-disc pl-5">{rules.refusalGrounds.map((g) => <li key={g.code}>{g.text[locale]} ({g.clause[locale]})</li>)}</ul></dd>
              <dt className="font-medium text-slate-600">{t("dashboard.admin.categoriesShort")}</dt>
              <dd data-testid="version-categories">
                <ul className="list-disc pl-5">
                  {rules.categories.map((c) => (
                    <li key={c.code}>
                      {c.name[locale]} {c.isConfirmed === false && <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>}
                      {c.isConfirmed === false && c.source && <span className="block text-xs text-slate-600">{c.source[locale]}</span>}
                    </li>
                  ))}
                </ul>
              </dd>
              <dt className="font-medium text-slate-600">{t("complaints.appeal.title")}</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {rules.appealRoute.map((step) => (
                    <li key={step.body}>
                      {step.name[locale]}
                      {step.termWorkingDays !== null && <> ({t("complaints.appeal.term", { days: step.termWorkingDays })})</>}: {step.source[locale]}
                      {!step.isConfirmed && <> <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag></>}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}

      {isDraft ? (
        <section aria-labelledby="publish-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="publish-title" className="mb-3 font-semibold">{t("dashboard.admin.publish")}</h2>
          <AdminForm action={publishVersionAction} submitLabel={t("dashboard.admin.publish")}>
            <input type="hidden" name="id" value={version.id} />
            <TextField label={t("dashboard.admin.effectiveFrom")} name="effectiveFrom" type="date" defaultValue={version.effectiveFrom} required />
          </AdminForm>
        </section>
      ) : (
        <section aria-labelledby="clone-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="clone-title" className="mb-3 font-semibold">{t("dashboard.admin.cloneAsDraft")}</h2>
          <AdminForm action={cloneVersionAction} submitLabel={t("dashboard.admin.cloneAsDraft")}>
            <input type="hidden" name="id" value={version.id} />
            <TextField label={t("dashboard.admin.newCode")} name="code" defaultValue={`${version.code}-DRAFT`} required />
          </AdminForm>
        </section>
      )}
    </div>
  );
}
