// One error type for the whole portal. Its code decides the HTTP status (the table below, read by
// the route wrapper) and its message key what the user reads; lib/actions/failure.ts turns it into
// words once, for server actions and route handlers alike.
import type { MessageKey, MessageParams } from "./i18n/translate";

export type AppErrorCode = "INVALID_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "RATE_LIMITED";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export interface AppErrorDetails {
  /** RATE_LIMITED: when to ask again (a route answers it as `Retry-After`) */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** what the user reads, in their language */
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    /** per-field message keys for forms */
    readonly fieldErrors: Partial<Record<string, MessageKey>> = {},
    readonly details: AppErrorDetails = {},
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
