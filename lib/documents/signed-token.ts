// Signed tokens for links that carry authority without a session: the QR on a printed receipt
// or refusal (verification, no expiry: paper lives long) and the result of a public status
// lookup (a short-lived view, so the IIN never appears in a URL). HMAC-SHA256 over the payload;
// anything altered, truncated or of another kind is rejected.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";

export const TOKEN_KINDS = ["receipt", "refusal", "status"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface TokenClaims {
  kind: TokenKind;
  applicationId: string;
  issuedAt: Date;
  expiresAt: Date | null;
}

// Compact, so the QR code stays coarse and the printed link fits a line:
// "<kind letter>.<application id>.<issued, base 36 seconds>[.<expires>].<signature>"
const KIND_LETTERS: Record<TokenKind, string> = { receipt: "r", refusal: "f", status: "s" };
const KINDS_BY_LETTER = new Map(Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter, kind as TokenKind]));
const TOKEN_SHAPE = /^([rfs])\.([a-z0-9]{1,40})\.([0-9a-z]{1,10})(?:\.([0-9a-z]{1,10}))?\.([A-Za-z0-9_-]{22})$/;
/** 128 bits of HMAC-SHA256: far beyond guessing, short enough to print */
const SIGNATURE_BYTES = 16;

/** The signing key is derived per purpose, so the session secret itself never signs a document. */
function signingKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("sanat/document-token/v1").digest();
}

function signatureOf(body: string, secret: string): Buffer {
  return createHmac("sha256", signingKey(secret)).update(body).digest().subarray(0, SIGNATURE_BYTES);
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000).toString(36);

export function signToken(
  claims: { kind: TokenKind; applicationId: string; issuedAt: Date; expiresAt?: Date | null },
  secret: string,
): string {
  if (!/^[a-z0-9]{1,40}$/.test(claims.applicationId)) throw new RangeError(`Not an application id: "${claims.applicationId}"`);
  const parts = [KIND_LETTERS[claims.kind], claims.applicationId, seconds(claims.issuedAt)];
  if (claims.expiresAt) parts.push(seconds(claims.expiresAt));
  const body = parts.join(".");
  return `${body}.${signatureOf(body, secret).toString("base64url")}`;
}

/** The claims of a genuine, unexpired token of the expected kind; null for anything else. */
export function verifyToken(token: string, secret: string, expected: readonly TokenKind[], now: Date = new Date()): TokenClaims | null {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  const [, letter, applicationId, issued, expires, signature] = match as unknown as [string, string, string, string, string | undefined, string];
  const body = token.slice(0, token.length - signature.length - 1);
  const given = Buffer.from(signature, "base64url");
  const wanted = signatureOf(body, secret);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return null;
  const kind = KINDS_BY_LETTER.get(letter);
  if (!kind || !expected.includes(kind)) return null;
  const expiresAt = expires ? new Date(parseInt(expires, 36) * 1000) : null;
  if (expiresAt && now.getTime() >= expiresAt.getTime()) return null;
  return { kind, applicationId, issuedAt: new Date(parseInt(issued, 36) * 1000), expiresAt };
}

/**
 * The secret documents are signed with: DOCUMENT_SIGNING_SECRET (required in production, so it can
 * be rotated apart from sessions; the demo falls back to NEXTAUTH_SECRET), validated by lib/env.ts.
 */
export function documentSecret(): string {
  return env().DOCUMENT_SIGNING_SECRET;
}
