// How a refused signature sign-in travels through next-auth: its error string is
// "ECP_REFUSED:<reason>", which the sign-in page's ЭЦП section reads back into a message key.
// Plain (no server code): the browser reads it too.

export const ECP_REFUSAL_REASONS = [
  "MALFORMED",
  "UNSUPPORTED_KEY_TYPE",
  "BAD_SIGNATURE",
  "WRONG_CHALLENGE",
  "UNKNOWN_CA",
  "NOT_YET_VALID",
  "EXPIRED",
  "WRONG_PURPOSE",
  "REVOKED",
  "NO_IIN",
  "NOT_CONFIGURED",
  "CHALLENGE_INVALID",
  "IIN_MISMATCH",
  "NO_ACCOUNT",
  "ACCOUNT_INACTIVE",
  "REVOCATION_UNCHECKED",
] as const;
export type EcpRefusalReason = (typeof ECP_REFUSAL_REASONS)[number];

export const ecpRefusalCode = (reason: EcpRefusalReason) => `ECP_REFUSED:${reason}`;

/** The reason of a refused signature sign-in from next-auth's error string, or null for any other error. */
export function ecpRefusalOf(error: string | null | undefined): EcpRefusalReason | null {
  const reason = /^ECP_REFUSED:([A-Z_]{1,40})$/.exec(error ?? "")?.[1];
  return (ECP_REFUSAL_REASONS as readonly string[]).includes(reason ?? "") ? (reason as EcpRefusalReason) : null;
}
