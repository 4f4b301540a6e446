"use client";

// Signing in with a digital signature: a challenge from the portal, NCALayer's signature over it,
// then next-auth's "ecp" provider (lib/auth/ecp/authorize.ts). Every failure says what happened in
// the visitor's language; nothing is sent to the portal but the IIN, the challenge and the CMS.
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ecpRefusalOf } from "@/lib/auth/ecp/refusal-code";
import type { MessageKey } from "@/lib/i18n/translate";
import { signWithNcaLayer } from "./ncalayer-client";

export function EcpSignIn({ isConfigured, ncaLayerUrl, callbackUrl }: { isConfigured: boolean; ncaLayerUrl: string; callbackUrl?: string }) {
  const { t, locale } = useI18n();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "info" } | null>(null);
  const [isBusy, setBusy] = useState(false);
  // signing needs the script (NCALayer is reached from it): until it runs the button stays off, so
  // a form sent before it would never put the IIN into a GET URL (issue 14, finding 9)
  const [isReady, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const iin = String(new FormData(event.currentTarget).get("iin") ?? "").replace(/\s+/g, "");
    setBusy(true);
    setMessage(null);
    try {
      const issued = await fetch("/api/ecp/challenge", { method: "POST" });
      if (issued.status === 404) return setMessage({ text: t("ecp.notConfigured"), tone: "error" });
      if (issued.status === 429) return setMessage({ text: t("ecp.tooManyChallenges"), tone: "error" });
      if (!issued.ok) return setMessage({ text: t("ecp.refusals.unknown"), tone: "error" });
      const { challenge } = (await issued.json()) as { challenge: string };
      const signed = await signWithNcaLayer(ncaLayerUrl, challenge, locale);
      if (signed.kind === "notRunning") return setMessage({ text: t("ecp.ncalayerNotRunning"), tone: "error" });
      if (signed.kind === "cancelled") return setMessage({ text: t("ecp.ncalayerCancelled"), tone: "error" });
      if (signed.kind === "failed") return setMessage({ text: t("ecp.ncalayerFailed"), tone: "error" });
      const { signIn } = await import("next-auth/react");
      const result = await signIn("ecp", { redirect: false, iin, challenge, cms: signed.cms, callbackUrl: callbackUrl ?? "/sign-in" });
      if (result?.ok && !result.error) {
        setMessage({ text: t("ecp.signedIn"), tone: "info" });
        // the sign-in page sends a signed-in visitor on to the workspace (or the asked page)
        window.location.assign(callbackUrl ?? "/sign-in");
        return;
      }
      const reason = ecpRefusalOf(result?.error);
      setMessage({ text: t((reason ? `ecp.refusals.${reason}` : "ecp.refusals.unknown") as MessageKey), tone: "error" });
    } catch {
      setMessage({ text: t("ecp.refusals.unknown"), tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="ecp-title" className="mt-8 border-t border-slate-200 pt-6">
      <h2 id="ecp-title" className="text-lg font-semibold">
        {t("ecp.title")}
      </h2>
      {isConfigured ? (
        <form onSubmit={submit} className="mt-3 space-y-4" noValidate>
          <p className="text-sm text-slate-600">{t("ecp.lead")}</p>
          <Field id="ecp-iin" label={t("ecp.iin")} size="lg">
            {(control) => <input {...control} name="iin" inputMode="numeric" autoComplete="username" maxLength={14} required />}
          </Field>
          {message ? (
            <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-slate-700"}>
              {message.text}
            </p>
          ) : null}
          <Button type="submit" variant="secondary" size="lg" className="w-full" disabled={isBusy || !isReady}>
            {isBusy ? t("ecp.signing") : t("ecp.submit")}
          </Button>
        </form>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("ecp.notConfigured")}</p>
      )}
    </section>
  );
}
