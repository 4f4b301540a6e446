"use client";

// Each notification of a package with its delivery status, for staff on the package page.
// Data: listNotificationsFor(db, actor, applicationId) in lib/notifications/notification-log.ts.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Tag, type TagTone } from "@/components/ui/tag";
import { formatDateTime } from "@/lib/i18n/format";
import type { NotificationLogEntry } from "@/lib/notifications/notification-log";

const STATUS_TONES: Record<NotificationLogEntry["status"], TagTone> = {
  PENDING: "amber",
  SENT: "emerald",
  FAILED: "red",
};

export function NotificationLog({ entries }: { entries: NotificationLogEntry[] }) {
  const { locale, t } = useI18n();
  return (
    <section aria-labelledby="notification-log-title">
      <h2 id="notification-log-title" className="mb-3 text-lg font-semibold">
        {t("applicant.notifications.title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("applicant.notifications.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm" data-testid="notification-log">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
              <Tag tone={STATUS_TONES[entry.status]}>{t(`applicant.notifications.${entry.status}`)}</Tag>
              <span className="font-medium">{t(`applicant.notifications.${entry.channel}`)}</span>
              <span className="text-slate-700">{entry.recipient}</span>
              <span className="basis-full text-slate-600 sm:basis-auto" lang={entry.locale}>{entry.subject}</span>
              <span className="text-xs text-slate-500">
                {t("applicant.notifications.created")}: {formatDateTime(entry.createdAt, locale)}
                {entry.sentAt && (
                  <>
                    {" · "}
                    {t("applicant.notifications.sent")}: {formatDateTime(entry.sentAt, locale)}
                  </>
                )}
                {" · "}
                {t("applicant.notifications.attempts")}: {entry.attempts}
              </span>
              {entry.lastError && (
                <span className="basis-full text-xs text-red-800">
                  {t("applicant.notifications.error")}: {entry.lastError}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
