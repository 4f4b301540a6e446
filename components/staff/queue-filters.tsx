import { APPLICATION_STATES, CHANNELS } from "@/lib/domain/lifecycle";
import type { QueueQuery } from "@/lib/applications/staff-queue";
import type { Translate } from "@/lib/i18n/translate";
import { Button, ButtonAnchor } from "@/components/ui/button";

/** A plain GET form: filters live in the URL, so a view can be bookmarked or shared. */
export function QueueFilters({
  basePath,
  query,
  view,
  categories,
  t,
}: {
  basePath: string;
  query: QueueQuery;
  view: string;
  categories: { code: string; name: string }[];
  t: Translate;
}) {
  const field = "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action={basePath} role="search" aria-label={t("staff.queue.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <input type="hidden" name="view" value={view} />
      <label className="text-sm sm:col-span-2 lg:col-span-2">
        {t("staff.queue.search")}
        <input id="queue-search" type="search" name="q" defaultValue={query.q ?? ""} className={field} />
      </label>
      <label className="text-sm">
        {t("staff.queue.state")}
        <select name="state" defaultValue={query.state ?? ""} className={field}>
          <option value="">{t("staff.queue.any")}</option>
          {APPLICATION_STATES.map((state) => (
            <option key={state} value={state}>{t(`states.${state}`)}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("staff.queue.channel")}
        <select name="channel" defaultValue={query.channel ?? ""} className={field}>
          <option value="">{t("staff.queue.any")}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>{t(`channels.${channel}`)}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("staff.queue.category")}
        <select name="category" defaultValue={query.category ?? ""} className={field}>
          <option value="">{t("staff.queue.any")}</option>
          {categories.map((category) => (
            <option key={category.code} value={category.code}>{category.name}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("staff.queue.norm")}
        <select name="norm" defaultValue={query.norm ?? ""} className={field}>
          <option value="">{t("staff.queue.any")}</option>
          <option value="ON_TIME">{t("staff.queue.onTime")}</option>
          <option value="OVERDUE">{t("staff.queue.overdue")}</option>
        </select>
      </label>
      <div className="flex gap-2 text-sm sm:col-span-2 lg:col-span-2">
        <label className="flex-1">
          {t("staff.queue.from")}
          <input type="date" name="from" defaultValue={query.from ?? ""} className={field} />
        </label>
        <label className="flex-1">
          {t("staff.queue.to")}
          <input type="date" name="to" defaultValue={query.to ?? ""} className={field} />
        </label>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit" size="sm">
          {t("staff.queue.apply")}
        </Button>
        <ButtonAnchor href={`${basePath}?view=${view}`} variant="secondary" size="sm">
          {t("staff.queue.reset")}
        </ButtonAnchor>
      </div>
    </form>
  );
}
