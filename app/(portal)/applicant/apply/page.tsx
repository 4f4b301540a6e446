import { OnlineApplicationForm } from "@/components/applicant/online-application-form";
import { PageHeading } from "@/components/layout/page-heading";
import { ButtonLink } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { servedPortalChannel } from "@/lib/domain/regulation-version";
import { localizedName } from "@/lib/i18n/localized-name";
import { getTranslator } from "@/lib/i18n/server";
import { regulationInForce } from "@/lib/regulation/in-force";
import { MAX_SCAN_BYTES } from "@/lib/scans/file-type";

/** Apply online, where the version in force serves the e-government portal's channel; elsewhere, "prepare online". */
export default async function ApplyOnlinePage() {
  const actor = await requirePermission("workspace.applicant", "/applicant/apply");
  const { locale, t } = await getTranslator();
  const version = await regulationInForce(db(), new Date());
  if (!version) return <p role="alert">{t("errors.noRegulationInForce")}</p>;
  const portal = servedPortalChannel(version.rules);
  if (!portal) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <PageHeading title={t("onlineApplication.title")} />
        <p className="rounded border border-slate-200 bg-white p-4">{t("onlineApplication.notServed")}</p>
        <ButtonLink href="/applicant/prepare">{t("applicant.account.prepareCta")}</ButtonLink>
      </div>
    );
  }
  const [applicant, providers] = await Promise.all([
    actor.applicantId
      ? db().applicant.findUnique({
          where: { id: actor.applicantId },
          select: { iin: true, lastName: true, firstName: true, middleName: true, phone: true, email: true, locale: true },
        })
      : null,
    // the providers the version in force names, as the use-case accepts
    db().organization.findMany({
      where: { kind: { in: [...version.rules.providers.kinds] } },
      orderBy: [{ localityCode: "asc" }, { code: "asc" }],
      select: { id: true, nameKk: true, nameRu: true, nameEn: true },
    }),
  ]);

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t("onlineApplication.title")} lead={t("onlineApplication.lead", { version: version.title[locale], days: portal.termWorkingDays })} />
      <OnlineApplicationForm
        maxMegabytes={MAX_SCAN_BYTES / 1024 / 1024}
        categories={version.rules.categories.map((c) => ({ code: c.code, name: c.name[locale] }))}
        checklist={version.rules.checklist.map((item) => ({
          code: item.code,
          name: item.name[locale],
          isOnlyWhenHeld: item.requirement === "WHEN_CATEGORY_HELD",
          isReturnedToApplicant: item.isReturnedToApplicant,
        }))}
        providers={providers.map((p) => ({ id: p.id, name: localizedName(p, locale) }))}
        defaults={{
          iin: applicant?.iin ?? "",
          lastName: applicant?.lastName ?? "",
          firstName: applicant?.firstName ?? "",
          middleName: applicant?.middleName ?? "",
          phone: applicant?.phone ?? "",
          email: applicant?.email ?? "",
          locale: applicant?.locale ?? locale,
        }}
      />
    </div>
  );
}
