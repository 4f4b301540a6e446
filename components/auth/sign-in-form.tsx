"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";

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
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  // next-auth's client is not part of the page's first load: fetch it once the page is interactive
  useEffect(() => void import("next-auth/react"), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get("login") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!login || !password) {
      setError(labels.missingFields);
      return;
    }
    setIsSubmitting(true);
    setError(null);
    const { signIn } = await import("next-auth/react");
    const result = await signIn("credentials", { login, password, redirect: false });
    if (!result || result.error) {
      setIsSubmitting(false);
      const minutes = retryMinutesOf(result?.error ?? "");
      setError(minutes ? labels.tooManyAttempts.replace("{minutes}", String(minutes)) : labels.invalidCredentials);
      return;
    }
    router.replace(safeReturnPath(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error && (
        <p role="alert" aria-label={error} className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="login" className="block text-sm font-medium">
          {labels.login}
        </label>
        <input
          id="login"
          name="login"
          autoComplete="username"
          required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isSubmitting ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
