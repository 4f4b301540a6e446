import "server-only";
import { ZodError } from "zod";
import { AppError, HTTP_STATUS, type AppErrorCode } from "../errors";
import { formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { Translate } from "../i18n/translate";
import { invalidInputError } from "../zod-issues";
import { log } from "../log/logger";

/** Whatever a server action or a route handler threw, as the user reads it: the one mapping of errors to words. */
export interface Failure {
  code: AppErrorCode | "UNEXPECTED";
  status: number;
  message: string;
  fieldErrors: Record<string, string>;
  retryAfterSeconds?: number;
}

/**
 * An AppError becomes its translated message and field messages; a ZodError thrown by a use-case's
 * own `.parse` is invalid input like any other. Anything else is unexpected: the cause goes to the
 * log (masked), never to the user, since it may quote what was typed.
 */
export function describeFailure(error: unknown, t: Translate, locale: Locale, where: "action" | "route"): Failure {
  const known = error instanceof ZodError ? invalidInputError(error.issues) : error instanceof AppError ? error : null;
  if (known) {
    try {
      return translated(known, t, locale);
    } catch (translationError) {
      // a key missing from the dictionary is our bug: logged with the error that carried it
      log.error(`${where}.untranslatable_error`, { error: translationError, cause: known });
    }
  } else {
    log.error(`${where}.unexpected_error`, { error });
  }
  return { code: "UNEXPECTED", status: 500, message: t("errors.unexpected"), fieldErrors: {} };
}

function translated(error: AppError, t: Translate, locale: Locale): Failure {
  const params = { ...error.params };
  // instants travel as ISO strings; the reader sees them in Aqtau time, in their language
  if (typeof params.at === "string") params.at = formatDateTime(params.at, locale);
  if (typeof params.state === "string") params.state = t(`states.${params.state}` as never);
  const fieldErrors: Record<string, string> = {};
  for (const [field, key] of Object.entries(error.fieldErrors)) {
    if (key) Object.defineProperty(fieldErrors, field, { value: t(key), enumerable: true, writable: true, configurable: true });
  }
  return {
    code: error.code,
    status: HTTP_STATUS[error.code],
    message: t(error.messageKey, params),
    fieldErrors,
    ...(error.details.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.details.retryAfterSeconds } : {}),
  };
}
