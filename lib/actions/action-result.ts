import "server-only";
import { isAppError } from "../errors";
import { formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { Translate } from "../i18n/translate";
import { log } from "../log/logger";

/** What a server action returns to its form: never a thrown error, always words a person can act on. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

export function actionFailure(error: unknown, t: Translate, locale: Locale): ActionResult<never> {
  if (isAppError(error)) {
    const params = { ...error.params };
    // instants travel as ISO strings; the reader sees them in Aqtau time, in their language
    if (typeof params.at === "string") params.at = formatDateTime(params.at, locale);
    if (typeof params.state === "string") params.state = t(`states.${params.state}` as never);
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key!)]),
    );
    return { ok: false, message: t(error.messageKey, params), fieldErrors };
  }
  // the cause goes to the log (masked), never to the form: it may quote what was typed
  log.error("action.unexpected_error", { error });
  return { ok: false, message: t("errors.unexpected"), fieldErrors: {} };
}
