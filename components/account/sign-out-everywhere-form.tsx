"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/define-action";

/** "Sign out everywhere": its action ends every session and sends this browser to sign-in; a failure is said here. */
export function SignOutEverywhereForm({ action, label }: { action: (state: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>; label: string }) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {state && !state.ok && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      <input type="hidden" name="confirm" value="everywhere" />
      <Button type="submit" variant="danger" disabled={isPending}>{label}</Button>
    </form>
  );
}
