import Link from "next/link";
import type { QueueView } from "@/lib/applications/queue-views";
import type { Translate } from "@/lib/i18n/translate";

/** Each view a link that keeps the filters, with its count; the current one is marked for screen readers. */
export function ViewTabs({
  basePath,
  views,
  current,
  counts,
  params,
  t,
}: {
  basePath: string;
  views: readonly QueueView[];
  current: QueueView;
  counts: Partial<Record<QueueView, number>>;
  params: URLSearchParams;
  t: Translate;
}) {
  return (
    <nav aria-label={t("staff.queue.viewsLabel")} className="mb-4 flex flex-wrap gap-2 print:hidden">
      {views.map((view) => {
        const next = new URLSearchParams(params);
        next.set("view", view);
        next.delete("after");
        const isCurrent = view === current;
        return (
          <Link
            key={view}
            href={`${basePath}?${next}`}
            aria-current={isCurrent ? "page" : undefined}
            className={
              isCurrent
                ? "rounded-full bg-brand-700 px-3 py-1.5 text-sm font-medium text-white"
                : "rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
            }
          >
            {t(`staff.views.${view}`)} <span className="ml-1 tabular-nums">{counts[view] ?? 0}</span>
          </Link>
        );
      })}
    </nav>
  );
}
