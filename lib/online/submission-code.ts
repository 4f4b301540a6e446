// The one-time code that confirms a teacher's online application (issue 16, item 5): the sign-in
// code's machinery (six random digits, stored as an HMAC bound to the account, a few minutes,
// single use, a few wrong tries) under its own kind, SUBMISSION, which never signs anyone in.
// The code goes to her contacts on file, as a sign-in code does; asking is limited per account
// and per client.
import type { Db } from "../db/client";
import type { Tx } from "../db/context";
import { AppError } from "../errors";
import { createTranslator } from "../i18n/translate";
import { toLocale } from "../i18n/locales";
import { log } from "../log/logger";
import type { Transports } from "../notifications/transports";
import { consumeRateLimit, type RateLimitRule } from "../rate-limit/fixed-window";
import { createPostgresStore } from "../rate-limit/postgres-store";
import { destinationOf, storeSentCode } from "../auth/sign-in-codes";
import {
  codeMatches,
  isCodeLive,
  maskEmail,
  maskPhone,
  normalizeTypedCode,
  ONE_TIME_CODE,
  signInCodeKey,
} from "../auth/sign-in-code-values";

const WINDOW_SECONDS = 15 * 60;
export const SUBMISSION_CODE_LIMITS = {
  perUser: { name: "submission-code:user", limit: 3, windowSeconds: WINDOW_SECONDS },
  perClient: { name: "submission-code:client", limit: 10, windowSeconds: WINDOW_SECONDS },
} as const satisfies Record<string, RateLimitRule>;

/**
 * How a teacher confirms her online application. Today a one-time code sent to her contacts on
 * file; a submission signed with her digital signature (ЭЦП, over NCALayer) is another variant of
 * this union, checked by `confirmSubmission` in the same transaction as the registration.
 */
export type SubmissionConfirmation = { kind: "code"; code: string };

export type SubmissionCodeAnswer = { kind: "sent"; destination: string; minutes: number } | { kind: "refused"; retryAfterSeconds: number };

/** A new code for the signed-in teacher's submission, sent to her contacts on file; a new code ends the ones before it. */
export async function requestSubmissionCode(
  db: Db,
  transports: Transports,
  teacher: { userId: string; clientKey: string },
  now: Date,
): Promise<SubmissionCodeAnswer> {
  const decision = await consumeRateLimit(
    createPostgresStore(db),
    [
      { rule: SUBMISSION_CODE_LIMITS.perUser, subject: teacher.userId },
      { rule: SUBMISSION_CODE_LIMITS.perClient, subject: teacher.clientKey },
    ],
    now,
  );
  if (!decision.isAllowed) {
    log.warn("online.submission_code.refused", { userId: teacher.userId, client: teacher.clientKey, retryAfterSeconds: decision.retryAfterSeconds });
    return { kind: "refused", retryAfterSeconds: decision.retryAfterSeconds };
  }
  const destination = await destinationOf(db, teacher.userId);
  if (!destination) throw new AppError("CONFLICT", "onlineApplication.noContact");
  const code = await db.$transaction((tx) => storeSentCode(tx, teacher.userId, "SUBMISSION", now));
  const t = createTranslator(toLocale(destination.locale));
  const minutes = ONE_TIME_CODE.validSeconds / 60;
  const text = t("onlineApplication.message.body", { code, minutes });
  if (destination.channel === "SMS") await transports.sms.send({ to: destination.to, text, locale: toLocale(destination.locale) });
  else await transports.email.send({ to: destination.to, subject: t("onlineApplication.message.subject"), text });
  log.info("online.submission_code.sent", { userId: teacher.userId, client: teacher.clientKey, channel: destination.channel });
  return { kind: "sent", destination: destination.channel === "SMS" ? maskPhone(destination.to) : maskEmail(destination.to), minutes };
}

/**
 * Strikes out the teacher's live submission code that matches, inside the submitting transaction
 * (a rollback gives it back), and says how the submission was confirmed. A wrong code counts a
 * failed try on her live codes, outside the transaction so the count survives the refusal (not
 * takeSentCode: it counts through the handle it strikes with, and here that is the transaction).
 */
export async function confirmSubmission(
  db: Db,
  tx: Tx,
  userId: string,
  confirmation: SubmissionConfirmation,
  now: Date,
): Promise<{ kind: "code"; codeId: string }> {
  const typed = normalizeTypedCode(confirmation.code);
  const key = signInCodeKey();
  const codes = await tx.signInCode.findMany({
    where: { userId, kind: "SUBMISSION", usedAt: null, expiresAt: { gt: now } },
    select: { id: true, kind: true, codeHash: true, expiresAt: true, usedAt: true, failedAttempts: true },
  });
  const match = typed ? codes.find((row) => isCodeLive(row, now) && codeMatches(row.codeHash, userId, typed, key)) : undefined;
  const struck = match ? await tx.signInCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now } }) : { count: 0 };
  if (!match || struck.count !== 1) {
    await db.signInCode.updateMany({ where: { userId, kind: "SUBMISSION", usedAt: null }, data: { failedAttempts: { increment: 1 } } });
    log.warn("online.submission_code.wrong", { userId });
    throw new AppError("INVALID_INPUT", "onlineApplication.wrongCode", {}, { code: "onlineApplication.wrongCode" });
  }
  return { kind: "code", codeId: match.id };
}
