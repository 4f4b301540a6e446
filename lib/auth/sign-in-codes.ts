// A teacher's way in without a password (issue 16, items 1-2). Her account is made by the
// registration of her first package (ensureTeacherAccount, in the registration's transaction),
// whose receipt carries an activation code; later she asks for a six-digit code sent to the
// contacts of her latest package. Either code is typed into the same form (/sign-in/code) and is
// checked behind the sign-in limits of lib/auth/sign-in-throttle.ts. Nothing here creates an
// account from the sign-in page.
import type { Db } from "../db/client";
import type { Tx } from "../db/context";
import { recordActorEvent } from "../audit/actor-event";
import { isMobilePhone } from "../domain/identity";
import type { Actor } from "../domain/permissions";
import { log } from "../log/logger";
import { consumeRateLimit, type RateLimitRule } from "../rate-limit/fixed-window";
import { createPostgresStore } from "../rate-limit/postgres-store";
import type { Transports } from "../notifications/transports";
import { createTranslator } from "../i18n/translate";
import { toLocale } from "../i18n/locales";
import { normalizeLogin } from "./authenticate";
import { openSecret, sealSecret, secondFactorKey } from "./second-factor";
import {
  codeMatches,
  decoyDestination,
  expiryOf,
  formatActivationCode,
  hashSignInCode,
  isCodeLive,
  maskEmail,
  maskPhone,
  newActivationCode,
  newOneTimeCode,
  normalizeTypedCode,
  ONE_TIME_CODE,
  SIGN_IN_CODE_KINDS,
  signInCodeKey,
  type StoredCodeState,
} from "./sign-in-code-values";
import { loginSubject, withinSignInLimits, type SignInOutcome } from "./sign-in-throttle";

/** No password can match it (argon2 refuses to read it): a teacher never gets a password. */
export const NO_PASSWORD = "!no-password:teacher-signs-in-by-code";

const WINDOW_SECONDS = 15 * 60;
export const CODE_REQUEST_LIMITS = {
  perIin: { name: "sign-in-code:iin", limit: 3, windowSeconds: WINDOW_SECONDS },
  perClient: { name: "sign-in-code:client", limit: 10, windowSeconds: WINDOW_SECONDS },
} as const satisfies Record<string, RateLimitRule>;

/**
 * The teacher's account, made at the registration of her first package when she has none: role
 * APPLICANT, linked to her record, no usable password. Audited as the registering staff member's
 * act. Returns whether it is new (then the receipt carries an activation code).
 */
export async function ensureTeacherAccount(
  tx: Tx,
  actor: Actor,
  applicant: { id: string; iin: string; fullName: string; locale: string },
  at: Date,
): Promise<{ userId: string; isNew: boolean; hasSignedIn: boolean }> {
  const existing = await tx.user.findUnique({ where: { applicantId: applicant.id }, select: { id: true, _count: { select: { sessions: true } } } });
  if (existing) return { userId: existing.id, isNew: false, hasSignedIn: existing._count.sessions > 0 };
  const user = await tx.user.create({
    data: { login: normalizeLogin(applicant.iin), passwordHash: NO_PASSWORD, role: "APPLICANT", fullName: applicant.fullName, applicantId: applicant.id, locale: applicant.locale },
    select: { id: true },
  });
  await recordActorEvent(tx, actor, "TEACHER_ACCOUNT_CREATED", { userId: user.id, applicantId: applicant.id }, at);
  return { userId: user.id, isNew: true, hasSignedIn: false };
}

type CodeKind = StoredCodeState["kind"];
/** The codes that sign in; a contact change's code (lib/account/change-contact.ts) never does. */
const SIGN_IN_KINDS: CodeKind[] = [...SIGN_IN_CODE_KINDS];

/**
 * A fresh six-digit code of `kind` for the account, stored as an HMAC (with what it confirms, for a
 * contact change); it ends the account's unused codes of the same kind. Returns the code to send.
 */
export async function storeSentCode(tx: Tx, userId: string, kind: Exclude<CodeKind, "ACTIVATION">, now: Date, confirms: { newPhone?: string; newEmail?: string } = {}): Promise<string> {
  const code = newOneTimeCode();
  await tx.signInCode.deleteMany({ where: { userId, kind, usedAt: null } });
  await tx.signInCode.create({ data: { userId, kind, codeHash: hashSignInCode(userId, code, signInCodeKey()), expiresAt: expiryOf(kind, now), ...confirms } });
  return code;
}

/**
 * The live code of one of `kinds` that `typed` matches, struck out (one conditional update: two
 * tabs with the same code, one wins), or null. A wrong code counts against every sent code of
 * those kinds still unused, which stop working after ONE_TIME_CODE.maxFailedAttempts.
 */
export async function takeSentCode(db: Db | Tx, userId: string, kinds: CodeKind[], typed: string, now: Date): Promise<{ id: string; kind: CodeKind; newPhone: string | null; newEmail: string | null } | null> {
  const key = signInCodeKey();
  const codes = await db.signInCode.findMany({
    where: { userId, kind: { in: kinds }, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, kind: true, codeHash: true, expiresAt: true, usedAt: true, failedAttempts: true, newPhone: true, newEmail: true },
  });
  const match = codes.find((row) => isCodeLive(row, now) && codeMatches(row.codeHash, userId, typed, key));
  if (!match) {
    const sent = kinds.filter((kind) => kind !== "ACTIVATION");
    await db.signInCode.updateMany({ where: { userId, kind: { in: sent }, usedAt: null }, data: { failedAttempts: { increment: 1 } } });
    return null;
  }
  const { count } = await db.signInCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now, sealedCode: null } });
  return count === 1 ? { id: match.id, kind: match.kind, newPhone: match.newPhone, newEmail: match.newEmail } : null;
}

/** The activation code of a package's receipt: stored as an HMAC, with a sealed copy for reprinting the paper. */
export async function issueActivationCode(tx: Tx, userId: string, applicationId: string, at: Date): Promise<{ code: string; expiresAt: Date }> {
  const code = newActivationCode();
  const expiresAt = expiryOf("ACTIVATION", at);
  await tx.signInCode.create({
    data: {
      userId,
      kind: "ACTIVATION",
      applicationId,
      codeHash: hashSignInCode(userId, code, signInCodeKey()),
      sealedCode: sealSecret(code, secondFactorKey()),
      expiresAt,
    },
  });
  return { code: formatActivationCode(code), expiresAt };
}

/** The activation code printed on this package's receipt, while it can still be used; null otherwise. */
export async function activationCodeOnReceipt(db: Db, applicationId: string, now: Date): Promise<{ code: string; expiresAt: Date } | null> {
  const row = await db.signInCode.findFirst({
    where: { applicationId, kind: "ACTIVATION", usedAt: null, expiresAt: { gt: now }, sealedCode: { not: null } },
    select: { sealedCode: true, expiresAt: true },
  });
  const code = row?.sealedCode ? openSecret(row.sealedCode, secondFactorKey()) : null;
  return code && row ? { code: formatActivationCode(code), expiresAt: row.expiresAt } : null;
}

export type CodeRequestAnswer = { kind: "sent"; destination: string } | { kind: "refused"; retryAfterSeconds: number };

/**
 * A teacher's contacts on file: those of her latest package (the counter's, or her own change on
 * her account page, which rewrites them), else her record's. Her codes and her account page read
 * them here, so both say the same.
 */
export async function contactsOnFile(db: Db | Tx, userId: string): Promise<{ applicantId: string; phone: string | null; email: string | null; locale: string } | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      applicant: {
        select: {
          id: true,
          phone: true,
          email: true,
          locale: true,
          applications: { orderBy: { receivedAt: "desc" }, take: 1, select: { contactPhone: true, contactEmail: true, contactLocale: true } },
        },
      },
    },
  });
  const applicant = user?.applicant;
  if (!applicant) return null;
  const latest = applicant.applications[0];
  return {
    applicantId: applicant.id,
    phone: latest ? latest.contactPhone : applicant.phone,
    email: latest ? latest.contactEmail : applicant.email,
    locale: latest?.contactLocale ?? applicant.locale,
  };
}

/** Where a teacher's code goes: her contacts on file, a mobile phone first. */
export async function destinationOf(db: Db, userId: string): Promise<{ channel: "SMS" | "EMAIL"; to: string; locale: string } | null> {
  const contacts = await contactsOnFile(db, userId);
  if (!contacts) return null;
  const { phone, email, locale } = contacts;
  if (phone && isMobilePhone(phone)) return { channel: "SMS", to: phone, locale };
  if (email) return { channel: "EMAIL", to: email, locale };
  return null;
}

async function teacherUserOf(db: Db, iin: string): Promise<{ id: string } | null> {
  return db.user.findFirst({ where: { login: normalizeLogin(iin), role: "APPLICANT", isActive: true, applicantId: { not: null } }, select: { id: true } });
}

/**
 * A six-digit code for the IIN's account, sent to its contacts. The answer is the same shape for
 * an IIN without an account (or without contacts): a masked destination, a decoy for a stranger,
 * so the screen does not tell who has an account. A new code ends the ones sent before it.
 */
export async function requestOneTimeCode(db: Db, transports: Transports, input: { iin: string; clientKey: string }, now: Date): Promise<CodeRequestAnswer> {
  const iin = normalizeLogin(input.iin);
  const subject = loginSubject(iin);
  const decision = await consumeRateLimit(
    createPostgresStore(db),
    [
      { rule: CODE_REQUEST_LIMITS.perIin, subject },
      { rule: CODE_REQUEST_LIMITS.perClient, subject: input.clientKey },
    ],
    now,
  );
  const fields = { login: subject, client: input.clientKey };
  if (!decision.isAllowed) {
    log.warn("auth.sign_in_code.refused", { ...fields, retryAfterSeconds: decision.retryAfterSeconds });
    return { kind: "refused", retryAfterSeconds: decision.retryAfterSeconds };
  }
  const key = signInCodeKey();
  const user = await teacherUserOf(db, iin);
  const destination = user ? await destinationOf(db, user.id) : null;
  if (!user || !destination) {
    log.info("auth.sign_in_code.not_sent", { ...fields, reason: user ? "no_contact" : "unknown_login" });
    return { kind: "sent", destination: decoyDestination(iin, key) };
  }
  const code = await db.$transaction((tx) => storeSentCode(tx, user.id, "ONE_TIME", now));
  const t = createTranslator(toLocale(destination.locale));
  const minutes = ONE_TIME_CODE.validSeconds / 60;
  const text = t("teacherSignIn.message.body", { code, minutes });
  if (destination.channel === "SMS") await transports.sms.send({ to: destination.to, text, locale: toLocale(destination.locale) });
  else await transports.email.send({ to: destination.to, subject: t("teacherSignIn.message.subject"), text });
  log.info("auth.sign_in_code.sent", { ...fields, userId: user.id, channel: destination.channel });
  return { kind: "sent", destination: destination.channel === "SMS" ? maskPhone(destination.to) : maskEmail(destination.to) };
}

/**
 * The IIN and a code (sent or printed): the actor when a live code of the IIN's account matches,
 * and the code is struck out (one conditional update: two tabs with the same code, one wins).
 * A wrong code counts against every sent code still alive, and as a failed sign-in.
 */
export async function acceptTeacherCode(db: Db, input: { iin: string; code: string; clientKey: string }, now: Date): Promise<SignInOutcome<Actor>> {
  const iin = normalizeLogin(input.iin);
  const typed = normalizeTypedCode(input.code);
  return withinSignInLimits<Actor>(db, iin, input.clientKey, now, async () => {
    if (!iin || iin.length > 32 || !typed || /\p{Cc}/u.test(iin)) return { ok: false, userId: null, reason: "code" };
    const user = await db.user.findFirst({
      where: { login: iin, role: "APPLICANT", isActive: true, applicantId: { not: null } },
      select: { id: true, fullName: true, role: true, organizationId: true, applicantId: true },
    });
    if (!user) return { ok: false, userId: null, reason: "code" };
    const match = await takeSentCode(db, user.id, SIGN_IN_KINDS, typed, now);
    if (!match) return { ok: false, userId: user.id, reason: "code" };
    log.info("auth.sign_in_code.accepted", { login: loginSubject(iin), client: input.clientKey, userId: user.id, kind: match.kind });
    return { ok: true, value: { userId: user.id, name: user.fullName, role: user.role, organizationId: user.organizationId, applicantId: user.applicantId } };
  });
}
