import type { Figures } from "@/lib/dashboard/figures";
import { NORMED_STEPS } from "@/lib/dashboard/figures";
import { formatFigure } from "@/lib/dashboard/format";
import { getTranslator } from "@/lib/i18n/server";
import { Caption, Table, TableHead, Td, Th, Tr } from "@/components/ui/table";

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
      <Table density="roomy" note={<p className="px-4 py-2 text-xs text-slate-500">{t("dashboard.figures.cohortNote")}</p>}>
        <Caption variant="title">{t("dashboard.figures.stepTimes")}</Caption>
        <TableHead>
          <Th>{t("dashboard.figures.step")}</Th>
          <Th isNumeric>{t("dashboard.figures.done")}</Th>
          <Th isNumeric>{t("dashboard.figures.missed")}</Th>
          <Th isNumeric>{t("dashboard.figures.withinNormShort")}</Th>
          <Th isNumeric>{t("dashboard.figures.median")}</Th>
          <Th isNumeric>{t("dashboard.figures.p90")}</Th>
        </TableHead>
        <tbody>
          {NORMED_STEPS.map((step) => {
            const s = figures.steps[step];
            return (
              <Tr key={step}>
                <Th scope="row">{t(`dashboard.steps.${step}`)}</Th>
                <Td isNumeric>{count(s.done)}</Td>
                <Td isNumeric>{count(s.missed)}</Td>
                <Td isNumeric>{share(s.share)}</Td>
                <Td isNumeric>{minutes(s.median)}</Td>
                <Td isNumeric>{minutes(s.p90)}</Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
