"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/** The visible 20-minute norm: it runs from the moment the visitor was taken. */
export function IntakeClock({ startedAt, normMinutes }: { startedAt: string; normMinutes: number }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const minutes = Math.max(0, Math.floor((now - new Date(startedAt).getTime()) / 60_000));
  const tone = minutes >= normMinutes ? "bg-red-100 text-red-900" : minutes >= normMinutes * 0.75 ? "bg-amber-100 text-amber-900" : "bg-emerald-100 text-emerald-900";
  return (
    <p className={`inline-block rounded px-3 py-1 text-sm font-medium ${tone}`} role="timer" aria-live="off">
      {t("staff.intake.clock", { minutes, norm: normMinutes })}
    </p>
  );
}
