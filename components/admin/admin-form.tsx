"use client";

import { createContext, useActionState, useCallback, useId, useMemo, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import type { AdminFormState } from "@/lib/server-actions/admin";

/** What the fields inside an AdminForm read: their ids, their errors, and where to say their labels. */
export interface AdminFormFields {
  idOf: (name: string) => string;
  fieldErrors: Record<string, string>;
  /** what was typed in a refused form (its passwords excepted): the fields show it again */
  values: Record<string, string> | undefined;
  registerLabel: (name: string, label: string) => void;
}

export const AdminFormContext = createContext<AdminFormFields | null>(null);

/**
 * A form bound to a server action: the fields are rendered by the server page (components/admin/fields.tsx),
 * the action parses them with zod and answers with a message in the user's language. An error is
 * summarized at the top, each field's beside the field.
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
  const formId = useId();
  // the fields say their labels once mounted, so the summary can name the field of each error
  const [labels, setLabels] = useState<Record<string, string>>({});
  const registerLabel = useCallback(
    (name: string, label: string) => setLabels((current) => (current[name] === label ? current : { ...current, [name]: label })),
    [],
  );
  const fieldErrors = useMemo(() => (state && !state.ok ? state.fieldErrors : {}), [state]);
  const values = state && !state.ok ? state.values : undefined;
  const fields = useMemo<AdminFormFields>(() => ({ idOf: (name) => `${formId}-${name}`, fieldErrors, values, registerLabel }), [formId, fieldErrors, values, registerLabel]);
  // an error on no field of this form (a nested rule, "form") is said as its message alone: never a field's name
  const items: ErrorSummaryItem[] = Object.entries(fieldErrors).map(([name, message]) =>
    labels[name] !== undefined ? { fieldId: fields.idOf(name), label: labels[name], message } : { message },
  );

  return (
    <AdminFormContext value={fields}>
      <form action={formAction} className={className}>
        {state && !state.ok && <ErrorSummary title={state.message} items={items} revision={state} headingLevel={3} className="sm:col-span-2" />}
        {children}
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" variant={tone} size="sm" disabled={isPending}>
            {submitLabel}
          </Button>
          {state?.ok && (
            <p role="status" className="text-sm text-emerald-700">
              {state.data.message}
              {/* a reset's one-time password: shown this once, to be handed to its owner */}
              {state.data.oneTimePassword && (
                <>
                  {" "}
                  <code data-testid="one-time-password" className="select-all rounded bg-slate-100 px-1 font-mono text-slate-900">{state.data.oneTimePassword}</code>
                </>
              )}
            </p>
          )}
        </div>
      </form>
    </AdminFormContext>
  );
}
