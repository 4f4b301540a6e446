// What a refused sign-in may say, and nothing else. next-auth copies the message of whatever
// authorize() throws into the URL (`/api/auth/error?error=<message>`, then `/sign-in?error=…`):
// an unexpected error's text (a database error quoting its query) reached the address bar and
// the logs of every proxy on the way (issue 14, finding 10). authorize() now throws only these.

/** The codes that may reach a URL. "CredentialsSignin" is next-auth's own for a null authorize(). */
// ECP_REFUSED: a signature sign-in refused, as "ECP_REFUSED:<reason>" (lib/auth/ecp/authorize.ts)
export const SIGN_IN_ERROR_CODES = ["CredentialsSignin", "RATE_LIMITED", "SECOND_FACTOR_REQUIRED", "SIGN_IN_FAILED", "ECP_REFUSED"] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    readonly retryAfterSeconds?: number,
  ) {
    super(code === "RATE_LIMITED" && retryAfterSeconds !== undefined ? `RATE_LIMITED:${Math.max(1, Math.ceil(retryAfterSeconds))}` : code);
    this.name = "SignInError";
  }
}

/** What authorize() may throw for any error: a SignInError as it is, anything else as the generic code. */
export function publicSignInError(error: unknown): SignInError {
  return error instanceof SignInError ? error : new SignInError("SIGN_IN_FAILED");
}

export interface ReadSignInError {
  code: SignInErrorCode;
  retryAfterMinutes?: number;
}

/** The `?error=` of the sign-in page, read: a known code (with the wait, for RATE_LIMITED), or null for anything else. */
export function readSignInError(value: unknown): ReadSignInError | null {
  if (typeof value !== "string") return null;
  const limited = /^RATE_LIMITED:(\d{1,6})$/.exec(value);
  if (limited) return { code: "RATE_LIMITED", retryAfterMinutes: Math.max(1, Math.ceil(Number(limited[1]) / 60)) };
  return (SIGN_IN_ERROR_CODES as readonly string[]).includes(value) && value !== "RATE_LIMITED" ? { code: value as SignInErrorCode } : null;
}
