import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { CHANNELS } from "@/lib/domain/lifecycle";
import { PERIOD_PRESETS, PROVIDER_KINDS, dashboardQuery, presetPeriod, resolvePeriod, type DashboardFilter } from "@/lib/dashboard/filters";
import { getTranslator } from "@/lib/i18n/server";

export interface Option {
  value: string;
  label: string;
}

/**
 * A plain GET form: the view lives in the URL, so it can be shared and works before JavaScript
 * loads. Sort, level and trend ride along in hidden fields.
 */
export async function FilterForm({
  action,
  filter,
  now,
  districts,
  organizations,
  categories,
  versions,
  isOrganizationFixed = false,
}: {
  action: string;
  filter: DashboardFilter;
  now: Date;
  districts: Option[];
  organizations: Option[];
  categories: Option[];
  versions: Option[];
  isOrganizationFixed?: boolean;
}) {
  const { t } = await getTranslator();
  const period = resolvePeriod(filter, now);
  const select = (name: keyof DashboardFilter, label: string, options: Option[]) => (
    <label className="flex flex-col text-sm">
      <span className="mb-1 font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={(filter[name] as string | undefined) ?? ""} className="rounded border border-slate-300 bg-white px-2 py-1.5">
        <option value="">{t("dashboard.filters.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="filters-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="filters-title" className="sr-only">{t("dashboard.filters.legend")}</h2>
      <nav aria-label={t("dashboard.period.legend")} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-700">{t("dashboard.period.legend")}:</span>
        {PERIOD_PRESETS.map((preset) => {
          const range = presetPeriod(preset, now);
          const isCurrent = range.from === period.fromDate && range.to === period.toDate;
          return (
            <Link
              key={preset}
              href={`${action}${dashboardQuery(filter, range)}`}
              aria-current={isCurrent ? "true" : undefined}
              className={isCurrent ? "rounded bg-brand-600 px-2 py-1 text-white" : "rounded px-2 py-1 text-brand-700 hover:bg-brand-50"}
            >
              {t(`dashboard.period.${preset}`)}
            </Link>
          );
        })}
      </nav>
      {/* keyed by the view: a client-side navigation to another view resets the fields */}
      <form key={dashboardQuery(filter)} method="get" action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium text-slate-700">{t("dashboard.period.from")}</span>
          <input type="date" name="from" defaultValue={period.fromDate} className="rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium text-slate-700">{t("dashboard.period.to")}</span>
          <input type="date" name="to" defaultValue={period.toDate} className="rounded border border-slate-300 px-2 py-1.5" />
        </label>
        {!isOrganizationFixed && select("district", t("dashboard.filters.district"), districts)}
        {!isOrganizationFixed && select("organization", t("dashboard.filters.organization"), organizations)}
        {select("channel", t("dashboard.filters.channel"), CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) })))}
        {!isOrganizationFixed && select("kind", t("dashboard.filters.kind"), PROVIDER_KINDS.map((k) => ({ value: k, label: t(`dashboard.kinds.${k}`) })))}
        {select("category", t("dashboard.filters.category"), categories)}
        {select("version", t("dashboard.filters.version"), versions)}
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium text-slate-700">{t("dashboard.filters.trend")}</span>
          <select name="trend" defaultValue={filter.trend} className="rounded border border-slate-300 bg-white px-2 py-1.5">
            <option value="week">{t("dashboard.filters.trendWeek")}</option>
            <option value="day">{t("dashboard.filters.trendDay")}</option>
          </select>
        </label>
        {!isOrganizationFixed && (
          <label className="flex flex-col text-sm">
            <span className="mb-1 font-medium text-slate-700">{t("dashboard.filters.level")}</span>
            <select name="level" defaultValue={filter.level} className="rounded border border-slate-300 bg-white px-2 py-1.5">
              <option value="district">{t("dashboard.filters.levelDistrict")}</option>
              <option value="organization">{t("dashboard.filters.levelOrganization")}</option>
            </select>
          </label>
        )}
        <input type="hidden" name="sort" value={filter.sort} />
        <input type="hidden" name="dir" value={filter.dir} />
        <div className="flex items-end gap-2">
          <Button type="submit" size="sm">
            {t("dashboard.filters.apply")}
          </Button>
          <ButtonLink href={action} variant="quiet" size="sm">
            {t("dashboard.filters.reset")}
          </ButtonLink>
        </div>
      </form>
    </section>
  );
}
