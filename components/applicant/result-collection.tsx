// Where the teacher collects her result, what she brings and until when: the public status page
// and her account show it while the result waits (issue 15, item 9). Server-rendered only.
import type { ResultCollection } from "@/lib/applications/application-detail";
import { localDateTime } from "@/lib/domain/working-calendar";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function ResultCollectionCard({ collection, headingLevel = 2 }: { collection: ResultCollection; headingLevel?: 2 | 3 }) {
  const { locale, t } = await getTranslator();
  const H = headingLevel === 2 ? "h2" : "h3";
  // a local date: noon in Aktau is that day in every rendering
  const until = collection.keptUntil ? formatDate(localDateTime(collection.keptUntil, "12:00"), locale) : null;
  const term = until
    ? collection.thenPassedTo
      ? t("resultHandover.collect.keptUntilPassed", { date: until, provider: collection.thenPassedTo })
      : t("resultHandover.collect.keptUntil", { date: until })
    : t("resultHandover.collect.keptNoTerm");
  const row = "grid gap-0.5 sm:grid-cols-[10rem_1fr] sm:gap-4";

  return (
    <section aria-label={t("resultHandover.collect.title")} className="rounded-lg border border-emerald-200 bg-emerald-50 p-4" data-testid="result-collection">
      <H className="font-semibold text-emerald-950">{t("resultHandover.collect.title")}</H>
      <dl className="mt-2 space-y-2 text-sm">
        <div className={row}>
          <dt className="text-slate-700">{t("resultHandover.collect.place")}</dt>
          <dd className="font-medium">
            {collection.organizationName}
            <span className="block font-normal text-slate-700">{t(`resultHandover.places.${collection.place}`)}</span>
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-700">{t("resultHandover.collect.address")}</dt>
          <dd className="font-medium" data-testid="collection-address">{collection.address ?? t("resultHandover.collect.unknown")}</dd>
        </div>
        <div className={row}>
          <dt className="text-slate-700">{t("resultHandover.collect.hours")}</dt>
          <dd data-testid="collection-hours">{collection.receptionHours ?? t("resultHandover.collect.unknown")}</dd>
        </div>
        <div className={row}>
          <dt className="text-slate-700">{t("resultHandover.collect.bring")}</dt>
          <dd>
            <p className="font-medium">{t("resultHandover.collect.bringIdentity")}</p>
            <p className="mt-0.5">{t("resultHandover.collect.bringRepresentative")}</p>
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-700">{t("resultHandover.collect.until")}</dt>
          <dd data-testid="collection-until">
            <p className={until ? "font-medium" : undefined}>{term}</p>
            {until && !collection.isTermConfirmed && <p className="mt-0.5 text-xs text-slate-600">{t("resultHandover.collect.unconfirmed")}</p>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
