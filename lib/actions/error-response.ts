import "server-only";
import { NextResponse } from "next/server";
import { isAppError } from "../errors";
import type { Translate } from "../i18n/translate";
import { log } from "../log/logger";

/** AppError → its HTTP status with a translated message; anything else → 500 with the cause logged. */
export function errorResponse(error: unknown, t: Translate): NextResponse {
  if (isAppError(error)) {
    return NextResponse.json({ error: error.code, message: t(error.messageKey, error.params) }, { status: error.httpStatus });
  }
  log.error("route.unexpected_error", { error });
  return NextResponse.json({ error: "UNEXPECTED", message: t("errors.unexpected") }, { status: 500 });
}
