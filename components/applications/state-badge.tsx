"use client";

import type { ApplicationState } from "@/lib/domain/lifecycle";
import { useI18n } from "@/components/i18n/i18n-provider";
import { stateTone } from "./state-tone";

export function StateBadge({ state }: { state: ApplicationState }) {
  const { t } = useI18n();
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${stateTone(state)}`}>{t(`states.${state}`)}</span>;
}
