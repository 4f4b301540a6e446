import type { Figures } from "@/lib/dashboard/figures";
import { NORMED_STEPS } from "@/lib/dashboard/figures";
import { formatFigure } from "@/lib/dashboard/format";
import { getTranslator } from "@/lib/i18n/server";

function Card({ label, value, detail, testId, tone = "plain" }: { label: string; value: string; detail?: string; testId: string; tone?: "plain" | "alert" }) {
  return (
    <div className={`rounded-lg border bg-white p-4 ${tone === "alert" ? "border-red-300" : "border-slate-200"}`}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`mt-1 text-3xl font-bold ${tone === "alert" ? "text-red-700" : ""}`} data-testid={testId}>{value}</dd>
      {detail && <dd className="mt-1 text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

/** The key figures of a view, then the time each step took: the dashboard's first screen. */
export async function KeyFigures({ figures }: { figures: Figures }) {
  const { locale, t } = await getTranslator();
  const count = (value: number) => formatFigure(value, "count", locale);
  const share = (value: number | null) => formatFigure(value, "share", locale);
  const minutes = (value: number | null) => formatFigure(value, "minutes", locale);
  return (
    <section aria-labelledby="figures-title" className="space-y-4">
      <h2 id="figures-title" className="text-lg font-semibold">{t("dashboard.figures.title")}</h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Card label={t("dashboard.figures.received")} value={count(figures.received)} testId="figure-received" />
        <Card label={t("dashboard.figures.inProgress")} value={count(figures.inProgress)} testId="figure-in-progress" />
        <Card label={t("dashboard.figures.accepted")} value={count(figures.accepted)} testId="figure-accepted" />
        <Card label={t("dashboard.figures.refused")} value={count(figures.refused)} testId="figure-refused" />
        <Card label={t("dashboard.figures.overdueNow")} value={count(figures.overdueNow)} testId="figure-overdue" tone={figures.overdueNow > 0 ? "alert" : "plain"} />
      </dl>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {NORMED_STEPS.map((step) => (
          <Card
            key={step}
            label={t("dashboard.figures.withinNorm", { step: t(`dashboard.steps.${step}`) })}
            value={share(figures.steps[step].share)}
            detail={t("dashboard.figures.ofTotal", { part: count(figures.steps[step].withinNorm), whole: count(figures.steps[step].done) })}
            testId={`figure-norm-${step}`}
          />
        ))}
        <Card
          label={t("dashboard.figures.resultInTime")}
          value={share(figures.resultDelivery.share)}
          detail={t("dashboard.figures.ofTotal", { part: count(figures.resultDelivery.inTime), whole: count(figures.resultDelivery.delivered) })}
          testId="figure-result-in-time"
        />
      </dl>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="px-4 py-2 text-left font-medium">{t("dashboard.figures.stepTimes")}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-4 py-2">{t("dashboard.figures.step")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("dashboard.figures.done")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("dashboard.figures.missed")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("dashboard.figures.withinNormShort")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("dashboard.figures.median")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("dashboard.figures.p90")}</th>
            </tr>
          </thead>
          <tbody>
            {NORMED_STEPS.map((step) => {
              const s = figures.steps[step];
              return (
                <tr key={step} className="border-t border-slate-100">
                  <th scope="row" className="px-4 py-2 text-left font-medium">{t(`dashboard.steps.${step}`)}</th>
                  <td className="px-4 py-2 text-right">{count(s.done)}</td>
                  <td className="px-4 py-2 text-right">{count(s.missed)}</td>
                  <td className="px-4 py-2 text-right">{share(s.share)}</td>
                  <td className="px-4 py-2 text-right">{minutes(s.median)}</td>
                  <td className="px-4 py-2 text-right">{minutes(s.p90)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="px-4 py-2 text-xs text-slate-500">{t("dashboard.figures.cohortNote")}</p>
      </div>
    </section>
  );
}
