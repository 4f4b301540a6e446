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
  categories: { code: string; name: string; rank: number }[];
  checklist: { code: string; name: string; isConditional: boolean; isReturned: boolean }[];
  providers: { id: string; name: string; districtName: string }[];
  /** the version's rule for this counter's channel: is an incomplete package refused here */
  incompleteAtCounter: { outcome: "REGISTER" | "REFUSE"; isConfirmed: boolean; source: string };
}

/** The form's options, or null when no regulation version is in force (nothing can be registered). */
export async function loadIntakeOptions(
  db: Db,
  { isCorp, locale, now, userId }: { isCorp: boolean; locale: Locale; now: Date; userId: string },
): Promise<IntakeOptions | null> {
  const version = await regulationInForce(db, now);
  if (!version) return null;
  const { rules } = version;
  // the providers the version in force names (its `providers` rule), the same the registration accepts
  const providers = isCorp
    ? await db.organization.findMany({
        where: { kind: { in: [...rules.providers.kinds] } },
        orderBy: [{ parentId: "asc" }, { code: "asc" }],
        select: { id: true, nameKk: true, nameRu: true, nameEn: true, parent: { select: { nameKk: true, nameRu: true, nameEn: true } } },
      })
    : [];
  return {
    isCorp,
    workspacePath: isCorp ? "/corp" : "/clerk",
    intakeStartedAt: now.toISOString(),
    intakeStamp: stampIntakeStart(userId, now, documentSecret()),
    normMinutes: isCorp ? rules.stepNormMinutes.CORP_INTAKE : rules.stepNormMinutes.OFFICE_REGISTRATION,
    categories: rules.categories.map((c) => ({ code: c.code, name: c.name[locale], rank: c.rank })),
    checklist: rules.checklist.map((item) => ({
      code: item.code,
      name: item.name[locale],
      isConditional: item.requirement === "WHEN_CATEGORY_HELD",
      isReturned: item.isReturnedToApplicant,
    })),
    incompleteAtCounter: (({ outcome, isConfirmed, source }) => ({ outcome, isConfirmed, source: source[locale] }))(rules.incompleteAtCounter[isCorp ? "STATE_CORP" : "OFFICE"]),
    providers: providers.map((p) => ({ id: p.id, name: localizedName(p, locale), districtName: p.parent ? localizedName(p.parent, locale) : "" })),
  };
}
