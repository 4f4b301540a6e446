"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Tag, type TagTone } from "@/components/ui/tag";
import type { NormState } from "@/lib/domain/deadlines";
import { formatDuration } from "@/lib/i18n/format";

const TONES: Record<NormState, TagTone> = {
  ON_TIME: "emerald",
  DUE_SOON: "amber",
  OVERDUE: "red",
  ESCALATED: "redSolid",
};

// A provider's working day is 8 hours (09:00–18:30 less lunch): longer spans read as working days.
const WORKING_DAY_MINUTES = 8 * 60;

/** Green, amber or red, with the working time left (or late) in days, hours and minutes. */
export function NormBadge({ state, minutesLeft }: { state: NormState; minutesLeft: number }) {
  const { t, locale } = useI18n();
  const duration = formatDuration(minutesLeft, locale, { minutesPerDay: WORKING_DAY_MINUTES });
  const time = t(minutesLeft < 0 ? "staff.norm.late" : "staff.norm.timeLeft", { duration });
  return (
    <Tag tone={TONES[state]} isOutlined isStacked data-norm={state}>
      <span className="font-semibold">{t(`staff.norm.${state}`)}</span>
      <span className="font-normal">{time}</span>
    </Tag>
  );
}
