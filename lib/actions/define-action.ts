import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { PENDING_STEP_REFUSALS, type PendingStep } from "../auth/pending-step";
import { currentActor, currentSession, requirePermission } from "../auth/session";
import { can, type Actor, type Permission } from "../domain/permissions";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locales";
import { getTranslator } from "../i18n/server";
import type { Translate } from "../i18n/translate";
import { parseOrRefuse } from "../zod-issues";
import { describeFailure } from "./failure";

/** What a server action returns to its caller: never a thrown error, always words a person can act on. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

export interface ActionContext {
  actor: Actor;
  t: Translate;
  locale: Locale;
}

export interface ActionDefinition<S extends z.ZodType, T> {
  /** the arguments; parsed before the use-case runs, so a wrong shape is refused like any invalid form */
  input: S;
  /** what the caller must be allowed to do (lib/domain/permissions.ts); without it, any signed-in actor, and the use-case decides */
  permission?: Permission;
  /**
   * With `permission`, the page the action belongs to: a visitor who may not use it is sent where
   * that page would send them (sign-in and back, or the 403 page) instead of getting a refusal.
   */
  page?: string;
  /** the layout whose pages show what the action changes, rendered afresh after it succeeds */
  revalidate?: string;
  /**
   * The pending step (lib/auth/pending-step.ts) this action is the way through, e.g. the password
   * change: an account with that step pending may call it. Every other action refuses such an account.
   */
  completes?: PendingStep;
  run: (input: z.output<S>, context: ActionContext) => Promise<T>;
}

/** The signed-in actor the definition allows, or the refusal (or redirect) of everyone else. */
async function allowedActor(definition: Pick<ActionDefinition<z.ZodType, unknown>, "permission" | "page" | "completes">): Promise<Actor> {
  if (definition.completes) {
    // the step's own action still asks its permission (the second factor is for staff only)
    const actor = await actorWhoMayComplete(definition.completes);
    if (definition.permission && !can(actor, definition.permission)) throw new AppError("FORBIDDEN", "errors.forbidden");
    return actor;
  }
  if (definition.permission && definition.page) return requirePermission(definition.permission, definition.page);
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (definition.permission && !can(actor, definition.permission)) throw new AppError("FORBIDDEN", "errors.forbidden");
  return actor;
}

/** For the action of a step: its account, whether the step is pending or (done before) not; never while another step is. */
async function actorWhoMayComplete(step: PendingStep): Promise<Actor> {
  const session = await currentSession();
  if (!session) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (session.pendingStep && session.pendingStep !== step) throw new AppError("FORBIDDEN", PENDING_STEP_REFUSALS[session.pendingStep]);
  return session.actor;
}

async function perform<S extends z.ZodType, T>(definition: ActionDefinition<S, T>, readInput: () => unknown): Promise<ActionResult<T>> {
  const { t, locale } = await getTranslator();
  try {
    const actor = await allowedActor(definition);
    const input = parseOrRefuse(definition.input, readInput());
    const data = await definition.run(input, { actor, t, locale });
    if (definition.revalidate) revalidatePath(definition.revalidate, "layout");
    return { ok: true, data };
  } catch (error) {
    // redirect() and notFound() are how Next.js ends an action on purpose: not failures
    unstable_rethrow(error);
    const { message, fieldErrors } = describeFailure(error, t, locale, "action");
    return { ok: false, message, fieldErrors };
  }
}

/**
 * A server action called with plain arguments (`runTransition({ applicationId, action })`): gets the
 * actor, parses the argument with its schema, runs the use-case, and answers every failure as
 * `{ ok: false, message, fieldErrors }` in the user's language.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>): (input: z.input<S>) => Promise<ActionResult<T>> {
  return (input) => perform(definition, () => input);
}

/**
 * A server action bound to a form with `useActionState`: `(previousState, formData)`. The schema
 * parses the form's fields as `formFields` reads them; a call with anything but a form is refused.
 */
export function defineFormAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  options: FormActionOptions = {},
): (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T> & { values?: Record<string, string> }> {
  return async (_previous, formData) => {
    const result = await perform(definition, () => {
      // a crafted request may pass anything as the form
      if (!(formData instanceof FormData)) throw new AppError("INVALID_INPUT", "errors.invalidInput");
      return formFields(formData);
    });
    if (result.ok || !options.keepsTyped || !(formData instanceof FormData)) return result;
    return { ...result, values: typedValues(formData, options.keepsTyped.except) };
  };
}

export interface FormActionOptions {
  /**
   * A refused form comes back with what was typed in it, so that its fields show it again (React
   * resets a form once its action returns): its text fields but the ones named here (passwords).
   */
  keepsTyped?: { except: readonly string[] };
}

/**
 * A form's text fields (the first value of each), but the secret ones and Next.js's own. Only
 * short values travel back (a crafted post gets no megabytes echoed, and the reply stays plain
 * JSON rows): a longer field shows its stored value again.
 */
const ECHOED_VALUE_MAX = 1000;
const ECHOED_FIELDS_MAX = 200;
function typedValues(formData: FormData, except: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || value.length > ECHOED_VALUE_MAX || name.length > 200) continue;
    if (except.includes(name) || name.startsWith("$ACTION") || Object.hasOwn(values, name)) continue;
    if (++count > ECHOED_FIELDS_MAX) break;
    Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return values;
}

/** A form's fields by name: one value as itself (text or a file), a repeated field as the list of its values. */
export function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [name, value] of formData.entries()) {
    const seen = Object.hasOwn(fields, name) ? fields[name] : undefined;
    const next = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
    // defineProperty: a field named "__proto__" is a field, not the object's prototype
    Object.defineProperty(fields, name, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return fields;
}
