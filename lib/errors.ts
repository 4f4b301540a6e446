// One error type for the whole portal, mapped once to HTTP status and to form errors.
import type { MessageKey, MessageParams } from "./i18n/translate";

export type AppErrorCode = "INVALID_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** what the user reads, in their language */
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    /** per-field message keys for forms */
    readonly fieldErrors: Partial<Record<string, MessageKey>> = {},
  ) {
    super(`${code}: ${messageKey}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
    this.name = "AppError";
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
