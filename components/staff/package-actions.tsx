"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { runTransition } from "@/lib/server-actions/staff";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { isButtonAction, type Action } from "@/lib/domain/lifecycle";

/** The one-button steps of the transition table this actor may take now; the server checks again. */
export function PackageActions({ applicationId, version, actions }: { applicationId: string; version: number; actions: Action[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState<Action | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // the pressed button is gone once the step is done: the focus moves to what happened, so a
  // keyboard user carries on from here rather than from the top of the page
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const simple = actions.filter(isButtonAction);
  // after a lost race the buttons are gone, but the reason must stay on screen
  if (simple.length === 0 && !message) return null;

  async function run(action: Action) {
    setPending(action);
    setMessage(null);
    const result = await runTransition({ applicationId, action, expectedVersion: version });
    setPending(null);
    setMessage(result.ok ? { text: t("staff.package.done", { action: t(`actions.${action}`) }), isError: false } : { text: result.message, isError: true });
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {simple.map((action) => (
          <Button key={action} disabled={pending !== null} onClick={() => run(action)}>
            {t(`actions.${action}`)}
          </Button>
        ))}
      </div>
      {message && (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={message.isError ? "alert" : "status"}
          aria-label={message.text}
          className={`rounded border p-3 text-sm ${message.isError ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
