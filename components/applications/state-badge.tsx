"use client";

import type { ApplicationState } from "@/lib/domain/lifecycle";
import { useI18n } from "@/components/i18n/i18n-provider";

const TONES: Record<ApplicationState, string> = {
  CORP_ACCEPTED: "bg-violet-100 text-violet-900",
  IN_TRANSIT_TO_PROVIDER: "bg-violet-100 text-violet-900",
  REGISTERED: "bg-sky-100 text-sky-900",
  UNDER_REVIEW: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-emerald-100 text-emerald-900",
  REFUSED: "bg-red-100 text-red-900",
  RESULT_SENT_TO_CORP: "bg-slate-200 text-slate-900",
  RESULT_ISSUED: "bg-slate-100 text-slate-700",
};

export function StateBadge({ state }: { state: ApplicationState }) {
  const { t } = useI18n();
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[state]}`}>{t(`states.${state}`)}</span>;
}
