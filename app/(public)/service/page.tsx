import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/layout/page-heading";
import { ButtonLink } from "@/components/ui/button";
import { localizedName } from "@/lib/i18n/localized-name";
import { db } from "@/lib/db/prisma";
import { requiredChecklist } from "@/lib/domain/regulation-version";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { nextRegulation, regulationInForce } from "@/lib/regulation/in-force";
import { LawChannels } from "@/components/regulation/law-channels";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("applicant.service.title") };
}

const address = (org: { addressKk: string | null; addressRu: string | null }, locale: Locale) =>
  (locale === "kk" ? org.addressKk : org.addressRu) ?? org.addressKk ?? org.addressRu ?? "";

/** The service's public page: what, who, what to bring, where, the terms, the process reference. */
export default async function ServicePage() {
  const { locale, t } = await getTranslator();
  const now = new Date();
  const [version, next, offices] = await Promise.all([
    regulationInForce(db(), now),
    nextRegulation(db(), now),
    db().organization.findMany({
      where: { kind: { in: ["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT", "STATE_CORP_CENTRE"] } },
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      select: { code: true, kind: true, nameKk: true, nameRu: true, nameEn: true, addressKk: true, addressRu: true },
    }),
  ]);
  const departments = offices.filter((o) => o.kind !== "STATE_CORP_CENTRE");
  const centres = offices.filter((o) => o.kind === "STATE_CORP_CENTRE");
  const rules = version?.rules;
  const title = (text: string) => <h2 className="mb-2 text-xl font-semibold">{text}</h2>;
  const card = "rounded-lg border border-slate-200 bg-white p-4";

  return (
    <div className="space-y-8">
      <PageHeading title={t("applicant.service.title")} lead={t("applicant.service.lead")}>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/status">{t("applicant.service.statusCta")}</ButtonLink>
          <ButtonLink href="/applicant/prepare" variant="outline">
            {t("applicant.service.prepareCta")}
          </ButtonLink>
        </div>
      </PageHeading>

      <section>
        {title(t("applicant.service.whoTitle"))}
        <p>{t("applicant.service.who")}</p>
      </section>

      {rules && version && (
        <section aria-labelledby="bring">
          <h2 id="bring" className="mb-1 text-xl font-semibold">
            {t("applicant.service.bringTitle")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("applicant.service.bringLead", { version: version.code })}</p>
          <div className="grid gap-4 md:grid-cols-2">
            {([false, true] as const).map((isHeld) => (
              <div key={String(isHeld)} className={card}>
                <h3 className="font-semibold">{isHeld ? t("applicant.service.forConfirm") : t("applicant.service.forAssign")}</h3>
                <ol className="ml-5 mt-2 list-decimal space-y-1 text-sm" data-testid={isHeld ? "checklist-confirm" : "checklist-assign"}>
                  {requiredChecklist(rules, isHeld).map((item) => (
                    <li key={item.code}>
                      {item.name[locale]}
                      {item.isReturnedToApplicant && <span className="text-slate-600"> — {t("applicant.service.returned")}</span>}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
          <h3 className="mt-4 font-semibold">{t("applicant.service.categoriesTitle")}</h3>
          <p className="text-sm">{rules.categories.map((c) => c.name[locale]).join(" · ")}</p>
        </section>
      )}

      <section>
        {title(t("applicant.service.whereTitle"))}
        <p>{t("applicant.service.providers")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("applicant.service.providerHours")}</p>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <div className={card}>
            <h3 className="font-semibold">{t("applicant.service.corpTitle")}</h3>
            <p className="text-sm text-slate-600">{t("applicant.service.corpHours")}</p>
            <ul className="mt-2 space-y-2 text-sm">
              {centres.map((o) => (
                <li key={o.code}>
                  <span className="font-medium">{localizedName(o, locale)}</span>
                  <br />
                  {address(o, locale)}
                </li>
              ))}
            </ul>
          </div>
          <div className={card}>
            <h3 className="font-semibold">{t("applicant.service.departmentsTitle")}</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {departments.map((o) => (
                <li key={o.code}>
                  <span className="font-medium">{localizedName(o, locale)}</span>
                  <br />
                  {address(o, locale)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      {rules && (
        <section>
          {title(t("applicant.service.termsTitle"))}
          <ul className="ml-5 list-disc space-y-1">
            <li>{t("applicant.service.termOffice", { minutes: rules.stepNormMinutes.OFFICE_REGISTRATION, check: rules.stepNormMinutes.COMPLETENESS_CHECK })}</li>
            <li>
              {t("applicant.service.termCorp", {
                minutes: rules.stepNormMinutes.CORP_INTAKE,
                same: rules.serviceTermWorkingDays.stateCorpSameLocality,
                other: rules.serviceTermWorkingDays.stateCorpOtherLocality,
              })}
            </li>
            <li>{t("applicant.service.termResult", { hours: rules.resultToCorpLeadHours })}</li>
          </ul>
        </section>
      )}

      {rules && (
        <section aria-labelledby="channels" data-testid="service-channels">
          <h2 id="channels" className="mb-2 text-xl font-semibold">{t("applicant.service.channelsTitle")}</h2>
          <LawChannels rules={rules} locale={locale} t={t} />
          {next && (
            <div className={`${card} mt-4`} data-testid="service-channels-next">
              <h3 className="font-semibold">{t("applicant.service.nextRulesTitle", { date: formatDate(next.effectiveFrom, locale), title: next.title[locale] })}</h3>
              <LawChannels rules={next.rules} locale={locale} t={t} />
            </div>
          )}
        </section>
      )}

      <section>
        {title(t("applicant.service.resultTitle"))}
        <p>{t("applicant.service.result")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("home.free")}</p>
      </section>

      <section>
        {title(t("applicant.service.processTitle"))}
        <Link href="/process" className="text-brand-700 underline">
          {t("applicant.service.processLink")}
        </Link>
      </section>

      <p className="text-sm text-slate-600">{t("applicant.service.basis", { basis: t("footer.basis") })}</p>
    </div>
  );
}
