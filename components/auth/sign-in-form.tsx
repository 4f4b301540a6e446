"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";

export interface SignInLabels {
  login: string;
  password: string;
  submit: string;
  submitting: string;
  invalidCredentials: string;
  missingFields: string;
  /** with {minutes}, filled in here from the wait the server names */
  tooManyAttempts: string;
}

/** The server refuses an over-limit sign-in with "RATE_LIMITED:<seconds>" (lib/auth/sign-in-throttle.ts). */
function retryMinutesOf(error: string): number | null {
  const match = /^RATE_LIMITED:(\d+)$/.exec(error);
  return match ? Math.max(1, Math.ceil(Number(match[1]) / 60)) : null;
}

/** Only same-site paths: an open redirect on a government sign-in page is a phishing tool. */
function safeReturnPath(callbackUrl: string | undefined): string {
  return callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/workspace";
}

export function SignInForm({ labels, callbackUrl }: { labels: SignInLabels; callbackUrl?: string }) {
  const router = useRouter();
  // an object per failed attempt: the summary takes the focus again even when the text repeats
  const [error, setError] = useState<{ text: string } | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  // next-auth's client is not part of the page's first load: fetch it once the page is interactive
  useEffect(() => void import("next-auth/react"), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get("login") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!login || !password) {
      setError({ text: labels.missingFields });
      return;
    }
    setIsSubmitting(true);
    setError(null);
    const { signIn } = await import("next-auth/react");
    const result = await signIn("credentials", { login, password, redirect: false });
    if (!result || result.error) {
      setIsSubmitting(false);
      const minutes = retryMinutesOf(result?.error ?? "");
      setError({ text: minutes ? labels.tooManyAttempts.replace("{minutes}", String(minutes)) : labels.invalidCredentials });
      return;
    }
    router.replace(safeReturnPath(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error && <ErrorSummary title={error.text} revision={error} />}
      <Field id="login" label={labels.login}>
        {(control) => <input {...control} name="login" autoComplete="username" required />}
      </Field>
      <Field id="password" label={labels.password}>
        {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" size="lg" disabled={isSubmitting} className="w-full">
        {isSubmitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
