import type { GroupCount } from "@/lib/dashboard/aggregate";
import type { DashboardView } from "@/lib/dashboard/dashboard-view";
import { NORMED_STEPS } from "@/lib/dashboard/figures";
import { formatFigure } from "@/lib/dashboard/format";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { BreakdownChart, TrendChart, type BreakdownRow } from "./charts";

/** Why packages are refused, how intake moves, and the splits by channel, type, category and version. */
export async function Breakdowns({ view, trendUnit }: { view: DashboardView; trendUnit: "day" | "week" }) {
  const { locale, t } = await getTranslator();
  const count = (value: number) => formatFigure(value, "count", locale);
  const receivedRows = (groups: GroupCount[], label: (key: string) => string): BreakdownRow[] =>
    groups.map((g) => ({ key: g.key, label: label(g.key), value: g.received, display: count(g.received) }));
  const tableOf = (chart: string) => t("dashboard.breakdowns.tableOf", { chart });
  const common = { labelHeader: t("dashboard.breakdowns.value"), valueHeader: t("dashboard.figures.received"), emptyText: t("dashboard.league.empty") };
  const normRows: BreakdownRow[] = NORMED_STEPS.map((step) => {
    const s = view.figures.steps[step];
    return { key: step, label: t(`dashboard.steps.${step}`), value: s.share ?? 0, display: formatFigure(s.share, "share", locale) };
  });
  const resultShare = view.figures.resultDelivery.share;
  normRows.push({ key: "RESULT_DELIVERY", label: t("dashboard.steps.RESULT_DELIVERY"), value: resultShare ?? 0, display: formatFigure(resultShare, "share", locale) });

  return (
    <section aria-labelledby="breakdowns-title" className="space-y-4">
      <h2 id="breakdowns-title" className="sr-only">{t("dashboard.breakdowns.trend")}</h2>
      <div className="grid gap-4">
        <BreakdownChart
          id="refusal-grounds"
          title={t("dashboard.breakdowns.refusalGrounds")}
          caption={tableOf(t("dashboard.breakdowns.refusalGrounds"))}
          labelHeader={t("dashboard.breakdowns.ground")}
          valueHeader={t("dashboard.breakdowns.count")}
          rows={view.refusalGrounds.map((g) => ({ key: g.code, label: g.label, value: g.count, display: count(g.count) }))}
          emptyText={t("dashboard.breakdowns.noRefusals")}
        />
        <BreakdownChart
          id="norm-shares"
          title={t("dashboard.breakdowns.norms")}
          caption={tableOf(t("dashboard.breakdowns.norms"))}
          labelHeader={t("dashboard.figures.step")}
          valueHeader={t("dashboard.breakdowns.share")}
          rows={normRows}
          isShare
          emptyText={t("dashboard.league.empty")}
        />
      </div>
      <TrendChart
        title={t("dashboard.breakdowns.trend")}
        caption={tableOf(t("dashboard.breakdowns.trend"))}
        bucketHeader={t("dashboard.breakdowns.bucket")}
        receivedLabel={t("dashboard.figures.received")}
        refusedLabel={t("dashboard.figures.refused")}
        rows={view.trend.map((g) => ({
          bucket: g.key,
          label: trendUnit === "week" ? `${formatDate(`${g.key}T12:00:00Z`, locale)} +` : formatDate(`${g.key}T12:00:00Z`, locale),
          received: g.received,
          refused: g.refused,
        }))}
        emptyText={t("dashboard.league.empty")}
      />
      <div className="grid gap-4">
        <BreakdownChart id="by-channel" title={t("dashboard.breakdowns.channel")} caption={tableOf(t("dashboard.breakdowns.channel"))} {...common}
          rows={receivedRows(view.byChannel, (key) => t(`channels.${key}` as MessageKey))} />
        <BreakdownChart id="by-kind" title={t("dashboard.breakdowns.kind")} caption={tableOf(t("dashboard.breakdowns.kind"))} {...common}
          rows={receivedRows(view.byKind, (key) => t(`dashboard.kinds.${key}` as MessageKey))} />
        <BreakdownChart id="by-category" title={t("dashboard.breakdowns.category")} caption={tableOf(t("dashboard.breakdowns.category"))} {...common}
          rows={receivedRows(view.byCategory, (key) => view.labels.category.get(key) ?? key)} />
        <BreakdownChart id="by-version" title={t("dashboard.breakdowns.version")} caption={tableOf(t("dashboard.breakdowns.version"))} {...common}
          rows={receivedRows(view.byVersion, (key) => view.labels.version.get(key) ?? key)} />
      </div>
    </section>
  );
}
