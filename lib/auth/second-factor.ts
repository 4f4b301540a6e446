// A staff member's second factor: a TOTP secret, stored encrypted (AES-256-GCM with a key derived
// from NEXTAUTH_SECRET for this purpose alone), shown once while it is being set up and never
// again. Enrolment is two steps: the page makes a pending secret and shows it (QR and text); the
// first right code confirms it. Only a confirmed factor is asked for at sign-in.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { encodeBase32, matchTotp, newTotpSecret } from "./totp";

const KEY_INFO = "sanat/second-factor-secret/v1";

/** The encryption key: NEXTAUTH_SECRET (or SECOND_FACTOR_SECRET when set) through HKDF, never the secret itself. */
export function secondFactorKey(secret = process.env.SECOND_FACTOR_SECRET || process.env.NEXTAUTH_SECRET): Buffer {
  if (!secret || secret.length < 16) throw new Error("NEXTAUTH_SECRET (at least 16 characters) must be set to keep second-factor secrets");
  return Buffer.from(hkdfSync("sha256", secret, "sanat", KEY_INFO, 32));
}

export function sealSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), sealed.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The secret, or null for anything altered or sealed under another key. */
export function openSecret(sealed: string, key: Buffer): string | null {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export interface SecondFactorState {
  isConfirmed: boolean;
  confirmedAt: Date | null;
}

export async function secondFactorOf(db: Db, userId: string): Promise<SecondFactorState> {
  const row = await db.userSecondFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return { isConfirmed: Boolean(row?.confirmedAt), confirmedAt: row?.confirmedAt ?? null };
}

/**
 * The pending secret to show on the enrolment page: the same one on every visit until it is
 * confirmed (a reload must not invalidate the QR just scanned), a new one if none is pending.
 * Null once the factor is confirmed: its secret is never shown again.
 */
export async function pendingSecretFor(db: Db, userId: string, key = secondFactorKey()): Promise<string | null> {
  const row = await db.userSecondFactor.findUnique({ where: { userId }, select: { secretEncrypted: true, confirmedAt: true } });
  if (row?.confirmedAt) return null;
  const existing = row ? openSecret(row.secretEncrypted, key) : null;
  if (existing) return existing;
  const secret = newTotpSecret();
  await db.userSecondFactor.upsert({
    where: { userId },
    create: { userId, secretEncrypted: sealSecret(secret, key) },
    update: { secretEncrypted: sealSecret(secret, key), lastUsedStep: null },
  });
  return secret;
}

/**
 * Checks a code against the user's secret and, if it matches a step not used before, records the
 * step (atomically: of two requests with the same code one wins). `pending` checks the secret
 * being set up and confirms it; otherwise only a confirmed factor counts.
 */
export async function acceptTotpCode(db: Db, userId: string, code: string, now: Date, options: { pending?: boolean; key?: Buffer } = {}): Promise<boolean> {
  const key = options.key ?? secondFactorKey();
  const row = await db.userSecondFactor.findUnique({ where: { userId }, select: { secretEncrypted: true, confirmedAt: true, lastUsedStep: true } });
  if (!row || Boolean(row.confirmedAt) === Boolean(options.pending)) return false;
  const secret = openSecret(row.secretEncrypted, key);
  const step = secret ? matchTotp(secret, code, now, row.lastUsedStep) : null;
  if (step === null) return false;
  const { count } = await db.userSecondFactor.updateMany({
    where: { userId, confirmedAt: options.pending ? null : { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step, ...(options.pending ? { confirmedAt: now } : {}) },
  });
  return count === 1;
}

/** How many recovery codes an enrolment gives: each signs in once instead of a TOTP code (a lost phone). */
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_CODE = /^[A-Z2-7]{5}-?[A-Z2-7]{5}$/;

/** "ABCDE-FGHIJ": 50 bits of base32, grouped to be copied by hand. */
export function newRecoveryCode(): string {
  const text = encodeBase32(randomBytes(7)).slice(0, 10);
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

export function isRecoveryCodeShaped(typed: string): boolean {
  return RECOVERY_CODE.test(typed.trim().toUpperCase());
}

/** Stored as an HMAC under the sealing key: the table alone does not let anyone try codes offline. */
export function recoveryCodeHash(code: string, key: Buffer): string {
  const normal = code.trim().toUpperCase().replace("-", "");
  return createHmac("sha256", key).update(`recovery:${normal}`).digest("base64url");
}

/**
 * Confirms a pending factor with its first right code (acceptTotpCode) and hands out the recovery
 * codes, shown once; null when the code is not right.
 */
export async function confirmSecondFactor(db: Db, userId: string, code: string, now: Date, key = secondFactorKey()): Promise<string[] | null> {
  if (!(await acceptTotpCode(db, userId, code, now, { pending: true, key }))) return null;
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.userSecondFactor.update({ where: { userId }, data: { recoveryCodeHashes: codes.map((c) => recoveryCodeHash(c, key)) }, select: { userId: true } });
  return codes;
}

/** A recovery code instead of a TOTP code: good once (struck out in the same statement that checks it). */
export async function acceptRecoveryCode(db: Db, userId: string, typed: string, key = secondFactorKey()): Promise<boolean> {
  if (!isRecoveryCodeShaped(typed)) return false;
  const hash = recoveryCodeHash(typed, key);
  const struck = await db.$executeRaw`
    UPDATE "UserSecondFactor" SET "recoveryCodeHashes" = array_remove("recoveryCodeHashes", ${hash})
    WHERE "userId" = ${userId} AND "confirmedAt" IS NOT NULL AND ${hash} = ANY("recoveryCodeHashes")`;
  return struck === 1;
}

/** The second step of a sign-in: the app's code, or one of the recovery codes. */
export async function acceptSignInCode(db: Db, userId: string, typed: string, now: Date): Promise<boolean> {
  return isRecoveryCodeShaped(typed) ? acceptRecoveryCode(db, userId, typed) : acceptTotpCode(db, userId, typed, now);
}
