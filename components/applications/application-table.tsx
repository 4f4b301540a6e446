"use client";

import type { ApplicationRow } from "@/lib/applications/list-applications";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { useI18n } from "@/components/i18n/i18n-provider";
import { StateBadge } from "./state-badge";

export function ApplicationTable({ rows, total, showApplicant = true }: { rows: ApplicationRow[]; total: number; showApplicant?: boolean }) {
  const { locale, t } = useI18n();
  const formatTime = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Asia/Aqtau",
  });
  if (rows.length === 0) return <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("queue.empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="px-4 py-2 text-left text-slate-600">
          {t("queue.caption")} · {t("queue.total", { count: total })}
        </caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-4 py-2">{t("queue.number")}</th>
            {showApplicant && <th scope="col" className="px-4 py-2">{t("queue.applicant")}</th>}
            <th scope="col" className="px-4 py-2">{t("queue.state")}</th>
            <th scope="col" className="px-4 py-2">{t("queue.channel")}</th>
            <th scope="col" className="px-4 py-2">{t("queue.provider")}</th>
            <th scope="col" className="px-4 py-2">{t("queue.received")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100">
              <td className="px-4 py-2 font-mono">{row.registrationNumber}</td>
              {showApplicant && (
                <td className="px-4 py-2">
                  {row.applicantName} <span className="font-mono text-xs text-slate-500">{row.maskedIin}</span>
                </td>
              )}
              <td className="px-4 py-2"><StateBadge state={row.state} /></td>
              <td className="px-4 py-2">{t(`channels.${row.channel}`)}</td>
              <td className="px-4 py-2">{row.providerName}</td>
              <td className="px-4 py-2 whitespace-nowrap">{formatTime.format(new Date(row.receivedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
