import { PageHeading } from "@/components/layout/page-heading";
import { localizedName } from "@/lib/applications/list-applications";
import { db } from "@/lib/db/prisma";
import { regulationRulesSchema, versionInForce } from "@/lib/domain/regulation-version";
import { getTranslator } from "@/lib/i18n/server";
import { IntakeForm } from "./intake-form";

/** The intake form of the clerk (walk-in) and of the State Corporation operator. */
export async function IntakePage({ isCorp }: { isCorp: boolean }) {
  const { locale, t } = await getTranslator();
  const now = new Date();
  const [versions, providers] = await Promise.all([
    db().regulationVersion.findMany({ where: { status: "PUBLISHED" }, select: { id: true, effectiveFrom: true, rules: true } }),
    isCorp
      ? db().organization.findMany({
          where: { kind: { in: ["PRESCHOOL", "SCHOOL", "COLLEGE", "DISTRICT_DEPARTMENT"] } },
          orderBy: [{ parentId: "asc" }, { code: "asc" }],
          select: { id: true, nameKk: true, nameRu: true, nameEn: true, parent: { select: { nameKk: true, nameRu: true, nameEn: true } } },
        })
      : [],
  ]);
  const version = versionInForce(versions, now);
  if (!version) return <p role="alert">{t("errors.noRegulationInForce")}</p>;
  const rules = regulationRulesSchema.parse(version.rules);
  return (
    <div>
      <PageHeading title={t(isCorp ? "staff.intake.titleCorp" : "staff.intake.titleOffice")} lead={t("staff.intake.lead")} />
      <IntakeForm
        options={{
          isCorp,
          workspacePath: isCorp ? "/corp" : "/clerk",
          intakeStartedAt: now.toISOString(),
          normMinutes: isCorp ? rules.stepNormMinutes.CORP_INTAKE : rules.stepNormMinutes.OFFICE_REGISTRATION,
          categories: rules.categories.map((c) => ({ code: c.code, name: c.name[locale] })),
          checklist: rules.checklist.map((item) => ({
            code: item.code,
            name: item.name[locale],
            isConditional: item.requirement === "WHEN_CATEGORY_HELD",
            isReturned: item.isReturnedToApplicant,
          })),
          providers: providers.map((p) => ({ id: p.id, name: localizedName(p, locale), districtName: p.parent ? localizedName(p.parent, locale) : "" })),
        }}
      />
    </div>
  );
}
