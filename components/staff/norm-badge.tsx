"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Tag, type TagTone } from "@/components/ui/tag";
import type { NormState } from "@/lib/domain/deadlines";

const TONES: Record<NormState, TagTone> = {
  ON_TIME: "emerald",
  DUE_SOON: "amber",
  OVERDUE: "red",
  ESCALATED: "redSolid",
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
    <Tag tone={TONES[state]} isOutlined isStacked data-norm={state}>
      <span className="font-semibold">{t(`staff.norm.${state}`)}</span>
      <span className="font-normal">{time}</span>
    </Tag>
  );
}
