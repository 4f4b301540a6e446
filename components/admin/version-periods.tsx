import type { VersionSummary } from "@/lib/admin/versions";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { Tag } from "@/components/ui/tag";

/**
 * Two periods, never one: the days the portal applies a version to new packages, and the days
 * the law gave it, as far as they are known. They differ on purpose (the demo runs the 2018
 * regulation, which lost force in 2020), so the page says both plainly, with each fact's source.
 */
export function VersionPeriods({ version, locale, t, withActs = false }: { version: VersionSummary; locale: Locale; t: Translate; withActs?: boolean }) {
  const day = (date: string | null) => (date ? formatDate(date, locale) : t("dashboard.admin.periods.notEstablished"));
  const unconfirmed = <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag>;
  const legal = version.legal;
  return (
    <div className="space-y-2 text-sm" data-testid={`version-periods-${version.code}`}>
      <p>
        <span className="font-medium">{t("dashboard.admin.periods.portal")}</span>{" "}
        {t("dashboard.admin.periods.range", { from: day(version.effectiveFrom), to: version.effectiveTo ? day(version.effectiveTo) : t("dashboard.admin.periods.open") })}
      </p>
      {legal ? (
        <p>
          <span className="font-medium">{t("dashboard.admin.periods.law")}</span>{" "}
          {t("dashboard.admin.periods.range", { from: day(legal.inForceFrom.date), to: day(legal.inForceTo.date) })}{" "}
          {(!legal.inForceFrom.isConfirmed || !legal.inForceTo.isConfirmed) && unconfirmed}
        </p>
      ) : (
        <p className="text-slate-600">{t("dashboard.admin.periods.noRecord")}</p>
      )}
      {withActs && legal && (
        <>
          <ul className="list-disc space-y-1 pl-5 text-slate-600">
            <li>{t("dashboard.admin.periods.fromSource", { source: legal.inForceFrom.source[locale] })}</li>
            <li>{t("dashboard.admin.periods.toSource", { source: legal.inForceTo.source[locale] })}</li>
          </ul>
          <h3 className="pt-2 font-medium">{t("dashboard.admin.periods.acts")}</h3>
          <ul className="space-y-2">
            {legal.acts.map((act) => (
              <li key={`${act.role}-${act.number}`} className="rounded border border-slate-200 p-2">
                <p>
                  <span className="font-medium">{t(`dashboard.admin.periods.roles.${act.role}`)}:</span>{" "}
                  {t("dashboard.admin.periods.act", { title: act.title[locale], number: act.number, date: formatDate(act.date, locale) })}
                  {act.registrationNumber && <> {t("dashboard.admin.periods.registration", { number: act.registrationNumber })}</>}{" "}
                  {!act.isConfirmed && unconfirmed}
                </p>
                <p className="text-xs text-slate-500">{t("dashboard.admin.periods.source", { source: act.source[locale] })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
