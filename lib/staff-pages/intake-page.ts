// What the intake form needs (clerk's walk-in and State Corporation operator's): the version in
// force's norm, categories and checklist, and for the State Corporation the providers to route to.
import type { Db } from "../db/client";
import { documentSecret } from "../documents/signed-token";
import { stampIntakeStart } from "../workflow/intake-clock";
import type { Locale } from "../i18n/locales";
import { localizedName } from "../i18n/localized-name";
import { regulationInForce } from "../regulation/in-force";

export interface IntakeOptions {
  isCorp: boolean;
  workspacePath: string;
  /** when the form was opened (its clock shows the minutes since) */
  intakeStartedAt: string;
  /** the same instant, signed for the staff member: the form's hidden field, from which the server takes the start */
  intakeStamp: string;
  normMinutes: number;
  categories: { code: string; name: string }[];
  checklist: { code: string; name: string; isConditional: boolean; isReturned: boolean }[];
  providers: { id: string; name: string; districtName: string }[];
}

/** The form's options, or null when no regulation version is in force (nothing can be registered). */
export async function loadIntakeOptions(
  db: Db,
  { isCorp, locale, now, userId }: { isCorp: boolean; locale: Locale; now: Date; userId: string },
): Promise<IntakeOptions | null> {
  const [version, providers] = await Promise.all([
    regulationInForce(db, now),
    isCorp
      ? db.organization.findMany({
          // the regional department is a provider too (PROVIDER_KINDS), but a counter routes packages
          // to the organizations and district departments only
          where: { kind: { in: ["PRESCHOOL", "SCHOOL", "COLLEGE", "DISTRICT_DEPARTMENT"] } },
          orderBy: [{ parentId: "asc" }, { code: "asc" }],
          select: { id: true, nameKk: true, nameRu: true, nameEn: true, parent: { select: { nameKk: true, nameRu: true, nameEn: true } } },
        })
      : [],
  ]);
  if (!version) return null;
  const { rules } = version;
  return {
    isCorp,
    workspacePath: isCorp ? "/corp" : "/clerk",
    intakeStartedAt: now.toISOString(),
    intakeStamp: stampIntakeStart(userId, now, documentSecret()),
    normMinutes: isCorp ? rules.stepNormMinutes.CORP_INTAKE : rules.stepNormMinutes.OFFICE_REGISTRATION,
    categories: rules.categories.map((c) => ({ code: c.code, name: c.name[locale] })),
    checklist: rules.checklist.map((item) => ({
      code: item.code,
      name: item.name[locale],
      isConditional: item.requirement === "WHEN_CATEGORY_HELD",
      isReturned: item.isReturnedToApplicant,
    })),
    providers: providers.map((p) => ({ id: p.id, name: localizedName(p, locale), districtName: p.parent ? localizedName(p.parent, locale) : "" })),
  };
}
