// When an intake began is the server's to say: the 20-minute norm, the service deadline and the
// norm statistics run from it. The intake page stamps the moment it was opened, signed for the
// staff member who opened it; the registration takes the start from that stamp. A stamp that is
// not genuine, not theirs or not of this shift (crafted, or a form left open overnight) counts
// as none: the intake starts when it is registered.
import { createHmac, timingSafeEqual } from "node:crypto";

/** One working shift: the offices' longest day (09:00–18:30) and a little. */
export const LONGEST_INTAKE_MS = 10 * 60 * 60_000;

/** Stamps are signed with their own key, derived from the secret that signs documents. */
function stampKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("sanat/intake-clock/v1").digest();
}

const SIGNATURE_BYTES = 16;
const STAMP_SHAPE = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/;

function signatureOf(userId: string, seconds: string, secret: string): Buffer {
  return createHmac("sha256", stampKey(secret)).update(`${userId}.${seconds}`).digest().subarray(0, SIGNATURE_BYTES);
}

/** The hidden field of an intake form opened by `userId` at `openedAt`: "<seconds, base 36>.<signature>". */
export function stampIntakeStart(userId: string, openedAt: Date, secret: string): string {
  const seconds = Math.floor(openedAt.getTime() / 1000).toString(36);
  return `${seconds}.${signatureOf(userId, seconds, secret).toString("base64url")}`;
}

/** The start a genuine stamp of `userId` holds, when it is within this shift; null for anything else. */
export function intakeStartFromStamp(stamp: string | undefined, userId: string, now: Date, secret: string): Date | null {
  const match = stamp ? STAMP_SHAPE.exec(stamp) : null;
  if (!match) return null;
  const [, seconds, signature] = match as unknown as [string, string, string];
  const given = Buffer.from(signature, "base64url");
  const wanted = signatureOf(userId, seconds, secret);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return null;
  const startedAt = new Date(parseInt(seconds, 36) * 1000);
  return isWithinShift(startedAt, now) ? startedAt : null;
}

function isWithinShift(startedAt: Date, now: Date): boolean {
  const elapsed = now.getTime() - startedAt.getTime();
  // a second of slack: the stamp is truncated to whole seconds
  return Number.isFinite(elapsed) && elapsed >= -1000 && elapsed <= LONGEST_INTAKE_MS;
}

/**
 * The start the use-case stores, whoever called it: a start within this shift as given (the seed
 * and the tests give one), anything else (none, the future, before the shift) is now.
 */
export function plausibleIntakeStart(startedAt: Date | undefined, now: Date): Date {
  if (!startedAt || !isWithinShift(startedAt, now)) return now;
  return startedAt.getTime() > now.getTime() ? now : startedAt;
}
