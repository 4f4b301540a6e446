"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { TimelineEntry } from "@/lib/applications/application-detail";
import { formatDateTime } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/translate";

/** Who did what, when and where: the same list for staff, the region and the applicant. */
export function ApplicationTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { locale, t } = useI18n();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="mb-3 text-lg font-semibold">{t("timeline.title")}</h2>
      <ol className="relative space-y-4 border-l-2 border-brand-100 pl-6">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`} className="relative">
            <span aria-hidden="true" className="absolute -left-[31px] top-1 h-3 w-3 rounded-full bg-brand-600" />
            <p className="font-medium">{t(`events.${entry.action}` as MessageKey)}</p>
            <p className="text-sm text-slate-600">
              <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              {entry.actorRole && (
                <> · {t("timeline.by", { name: entry.actorName ?? "—", role: t(`roles.${entry.actorRole}`) })}</>
              )}
              {entry.organizationName && <> · {t("timeline.at", { organization: entry.organizationName })}</>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
