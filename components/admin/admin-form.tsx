"use client";

import { useActionState, type ReactNode } from "react";
import type { AdminFormState } from "@/lib/server-actions/admin";

/**
 * A form bound to a server action: the fields are plain inputs (rendered by the server page),
 * the action parses them with zod and answers with a message in the user's language.
 */
export function AdminForm({
  action,
  submitLabel,
  children,
  className = "grid gap-3 sm:grid-cols-2",
  tone = "primary",
}: {
  action: (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  submitLabel: string;
  children: ReactNode;
  className?: string;
  tone?: "primary" | "danger";
}) {
  const [state, formAction, isPending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className={className}>
      {children}
      {Object.keys(fieldErrors).length > 0 && (
        <ul className="text-sm text-red-700 sm:col-span-2">
          {Object.entries(fieldErrors).map(([field, message]) => (
            <li key={field}>
              <span className="font-mono">{field}</span>: {message}
            </li>
          ))}
        </ul>
      )}
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={isPending}
          className={`rounded px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60 ${tone === "danger" ? "bg-red-700 hover:bg-red-800" : "bg-brand-600 hover:bg-brand-700"}`}
        >
          {submitLabel}
        </button>
        {state?.ok && <p role="status" className="text-sm text-emerald-700">{state.data.message}</p>}
        {state && !state.ok && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      </div>
    </form>
  );
}
