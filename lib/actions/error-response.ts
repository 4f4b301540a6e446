import "server-only";
import { NextResponse } from "next/server";
import { isAppError } from "../errors";
import type { Translate } from "../i18n/translate";

/** AppError → its HTTP status with a translated message; anything else → 500 with the cause logged. */
export function errorResponse(error: unknown, t: Translate): NextResponse {
  if (isAppError(error)) {
    return NextResponse.json({ error: error.code, message: t(error.messageKey, error.params) }, { status: error.httpStatus });
  }
  console.error("Unexpected error in a route handler", error);
  return NextResponse.json({ error: "UNEXPECTED", message: t("errors.unexpected") }, { status: 500 });
}
