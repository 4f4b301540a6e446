import { PrepareForm } from "@/components/applicant/prepare-form";
import { PageHeading } from "@/components/layout/page-heading";
import { localizedName } from "@/lib/i18n/localized-name";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { getTranslator } from "@/lib/i18n/server";
import { regulationInForce } from "@/lib/regulation/in-force";
import { prepareApplication } from "../../../../lib/server-actions/prepare";

export default async function PreparePage() {
  const actor = await requirePermission("workspace.applicant", "/applicant/prepare");
  const { locale, t } = await getTranslator();
  const version = await regulationInForce(db(), new Date());
  const [applicant, providers] = await Promise.all([
    actor.applicantId
      ? db().applicant.findUnique({
          where: { id: actor.applicantId },
          select: { iin: true, lastName: true, firstName: true, middleName: true, phone: true, email: true, locale: true },
        })
      : null,
    // the providers the version in force names, as the pre-registration accepts
    db().organization.findMany({
      where: { kind: { in: [...(version?.rules.providers.kinds ?? [])] } },
      orderBy: [{ localityCode: "asc" }, { code: "asc" }],
      select: { id: true, nameKk: true, nameRu: true, nameEn: true },
    }),
  ]);
  if (!version) return <p role="alert">{t("errors.noRegulationInForce")}</p>;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t("applicant.prepare.title")} lead={t("applicant.prepare.lead")} />
      <PrepareForm
        action={prepareApplication}
        versionTitle={version.title[locale]}
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
