"use client";

import type { ApplicationState } from "@/lib/domain/lifecycle";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Tag } from "@/components/ui/tag";
import { stateTone } from "./state-tone";

export function StateBadge({ state }: { state: ApplicationState }) {
  const { t } = useI18n();
  return <Tag className={stateTone(state)}>{t(`states.${state}`)}</Tag>;
}
