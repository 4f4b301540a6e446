"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { NormState } from "@/lib/domain/deadlines";

const TONES: Record<NormState, string> = {
  ON_TIME: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  DUE_SOON: "bg-amber-100 text-amber-900 ring-amber-400",
  OVERDUE: "bg-red-100 text-red-900 ring-red-400",
  ESCALATED: "bg-red-700 text-white ring-red-800",
};

// A provider's working day is 8 hours (09:00–18:30 less lunch): longer spans read as days.
const WORKING_DAY_MINUTES = 8 * 60;

/** Green, amber or red, with the time left in working minutes or working days. */
export function NormBadge({ state, minutesLeft }: { state: NormState; minutesLeft: number }) {
  const { t } = useI18n();
  const late = minutesLeft < 0;
  const minutes = Math.abs(minutesLeft);
  const days = Math.ceil(minutes / WORKING_DAY_MINUTES);
  const time =
    minutes >= WORKING_DAY_MINUTES
      ? t(late ? "staff.norm.lateDays" : "staff.norm.daysLeft", { days })
      : t(late ? "staff.norm.late" : "staff.norm.minutesLeft", { minutes });
  return (
    <span className={`inline-flex flex-col rounded px-2 py-0.5 text-xs ring-1 ${TONES[state]}`} data-norm={state}>
      <span className="font-semibold">{t(`staff.norm.${state}`)}</span>
      <span>{time}</span>
    </span>
  );
}
