// Between the form's steps: a short-lived signed note that this login's password was right a
// moment ago, from this client ("code": the second factor is still to come), or that both factors
// were ("notice": the account's owner reads about failed sign-ins from elsewhere, then goes on).
// The password is not sent again, nor kept in the page. HMAC-SHA256 with a key of its own.
import { createHmac, timingSafeEqual } from "node:crypto";

export const PENDING_SIGN_IN_SECONDS = 5 * 60;

export type PendingStage = "code" | "notice";

export interface PendingSignIn {
  stage: PendingStage;
  userId: string;
  login: string;
  clientKey: string;
  expiresAt: Date;
}

const keyOf = (secret: string) => createHmac("sha256", secret).update("sanat/pending-sign-in/v1").digest();
const signatureOf = (body: string, secret: string) => createHmac("sha256", keyOf(secret)).update(body).digest("base64url");

export function signPendingSignIn(pending: Omit<PendingSignIn, "expiresAt">, now: Date, secret: string): string {
  const body = Buffer.from(JSON.stringify({ s: pending.stage, u: pending.userId, l: pending.login, c: pending.clientKey, e: Math.floor(now.getTime() / 1000) + PENDING_SIGN_IN_SECONDS })).toString("base64url");
  return `${body}.${signatureOf(body, secret)}`;
}

/** The note, if it is ours, unaltered, unexpired and from the same client; null otherwise. */
export function readPendingSignIn(token: unknown, clientKey: string, now: Date, secret: string): PendingSignIn | null {
  if (typeof token !== "string" || token.length > 1_000) return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(signatureOf(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { s?: unknown; u?: unknown; l?: unknown; c?: unknown; e?: unknown };
    if (claims.s !== "code" && claims.s !== "notice") return null;
    if (typeof claims.u !== "string" || typeof claims.l !== "string" || typeof claims.c !== "string" || typeof claims.e !== "number") return null;
    if (claims.c !== clientKey || claims.e * 1000 <= now.getTime()) return null;
    return { stage: claims.s, userId: claims.u, login: claims.l, clientKey: claims.c, expiresAt: new Date(claims.e * 1000) };
  } catch {
    return null;
  }
}
