// A teacher's sign-in codes, as values: how they are made, kept, told apart and shown. Pure (no
// database): lib/auth/sign-in-codes.ts stores and checks them.
import { createHmac, hkdfSync, randomInt, timingSafeEqual } from "node:crypto";

/** Six digits, sent when asked: short enough to type from a phone, alive only a few minutes. */
export const ONE_TIME_CODE = { digits: 6, validSeconds: 5 * 60, maxFailedAttempts: 5 } as const;
/** Printed on the first receipt: long enough to survive the month the paper lies in a drawer. */
export const ACTIVATION_CODE = { length: 8, validDays: 30 } as const;

// no 0/O, 1/I/L: read off paper and typed by hand
const ACTIVATION_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newOneTimeCode(): string {
  return String(randomInt(0, 10 ** ONE_TIME_CODE.digits)).padStart(ONE_TIME_CODE.digits, "0");
}

export function newActivationCode(): string {
  return Array.from({ length: ACTIVATION_CODE.length }, () => ACTIVATION_ALPHABET[randomInt(0, ACTIVATION_ALPHABET.length)]).join("");
}

/** "K7QM4TXP" as printed: "K7QM-4TXP". */
export function formatActivationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What was typed, as stored codes are made: no spaces or dashes, upper case. */
export function normalizeTypedCode(typed: string): string {
  return typed.replace(/[\s-]/g, "").toUpperCase().slice(0, 32);
}

export function isOneTimeCodeShaped(code: string): boolean {
  return /^\d{6}$/.test(code);
}

export function isActivationCodeShaped(code: string): boolean {
  return code.length === ACTIVATION_CODE.length && [...code].every((c) => ACTIVATION_ALPHABET.includes(c));
}

/** The HMAC key of stored codes: NEXTAUTH_SECRET through HKDF, for this purpose alone. */
export function signInCodeKey(secret = process.env.NEXTAUTH_SECRET): Buffer {
  if (!secret || secret.length < 16) throw new Error("NEXTAUTH_SECRET (at least 16 characters) must be set to keep sign-in codes");
  return Buffer.from(hkdfSync("sha256", secret, "sanat", "sanat/sign-in-code/v1", 32));
}

/** A code as stored: bound to its account, so a hash copied to another row matches nothing. */
export function hashSignInCode(userId: string, code: string, key: Buffer): string {
  return createHmac("sha256", key).update(`${userId}:${normalizeTypedCode(code)}`).digest("base64url");
}

export function codeMatches(storedHash: string, userId: string, typed: string, key: Buffer): boolean {
  const expected = Buffer.from(storedHash);
  const given = Buffer.from(hashSignInCode(userId, typed, key));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface StoredCodeState {
  expiresAt: Date;
  usedAt: Date | null;
  failedAttempts: number;
  /**
   * CONTACT_CHANGE: six digits sent to a new contact, under the one-time code's rules;
   * SUBMISSION: sent to confirm an online application (lib/online/submission-code.ts). Neither is a way in.
   */
  kind: "ACTIVATION" | "ONE_TIME" | "CONTACT_CHANGE" | "SUBMISSION";
}

/** The kinds that sign a teacher in; a submission code confirms an application and nothing else. */
export const SIGN_IN_CODE_KINDS = ["ACTIVATION", "ONE_TIME"] as const satisfies readonly StoredCodeState["kind"][];

/** Whether a stored code may still be accepted: unused, unexpired, and (a sent one: a sign-in's or a submission's) not guessed at too often. */
export function isCodeLive(code: StoredCodeState, now: Date): boolean {
  if (code.usedAt !== null || code.expiresAt.getTime() <= now.getTime()) return false;
  return code.kind === "ACTIVATION" || code.failedAttempts < ONE_TIME_CODE.maxFailedAttempts;
}

export function expiryOf(kind: StoredCodeState["kind"], now: Date): Date {
  const seconds = kind === "ACTIVATION" ? ACTIVATION_CODE.validDays * 24 * 60 * 60 : ONE_TIME_CODE.validSeconds;
  return new Date(now.getTime() + seconds * 1000);
}

/** "+77011231285" → "+7 *** *** 12 85": enough for the owner to recognise, too little to use. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 4) return "***";
  return `+${digits[0]} *** *** ${digits.slice(-4, -2)} ${digits.slice(-2)}`;
}

/** "aigerim@mail.kz" → "a***@mail.kz". */
export function maskEmail(email: string): string {
  const at = email.indexOf("@");
  if (at <= 0) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

/**
 * What the screen shows as the destination for an IIN with no account (or no contact): a phone
 * mask drawn from the IIN's HMAC, the same on every ask, so the answer does not tell a stranger
 * whether the IIN has an account.
 */
export function decoyDestination(iin: string, key: Buffer): string {
  const digest = createHmac("sha256", key).update(`decoy:${iin}`).digest();
  const tail = String(digest.readUInt16BE(0) % 10_000).padStart(4, "0");
  return `+7 *** *** ${tail.slice(0, 2)} ${tail.slice(2)}`;
}
