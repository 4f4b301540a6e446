// A teacher changes her own phone or e-mail (issue 16, item 6). The new contact is proven first: a
// six-digit code goes to it (lib/auth/sign-in-codes.ts keeps, expires, strikes and counts it, as it
// does the sign-in codes; requests are limited per account here), and only the right code
// changes the contact: her record and her packages' contact columns, where her codes and notices
// go, in one transaction with the audit event (both contacts masked). The old contact is then told
// of the change, so a taken-over session that swaps the phone does not go unnoticed.
import { z } from "zod";
import { recordActorEvent } from "../audit/actor-event";
import type { Db } from "../db/client";
import { isMobilePhone, normalizePhone } from "../domain/identity";
import { can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { createTranslator } from "../i18n/translate";
import { toLocale } from "../i18n/locales";
import { log } from "../log/logger";
import type { Transports } from "../notifications/transports";
import { consumeRateLimit, type RateLimitRule } from "../rate-limit/fixed-window";
import { createPostgresStore } from "../rate-limit/postgres-store";
import { parseOrRefuse } from "../zod-issues";
import { contactsOnFile, storeSentCode, takeSentCode } from "../auth/sign-in-codes";
import { maskEmail, maskPhone, normalizeTypedCode, ONE_TIME_CODE } from "../auth/sign-in-code-values";

export const CONTACT_CHANGE_ACTION = "ACCOUNT_CHANGE_CONTACT";

/** Codes asked for a new contact: per account, so a session cannot be used to spray SMS at strangers. */
export const CONTACT_CODE_LIMITS = {
  perAccount: { name: "contact-code:account", limit: 3, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

export const CONTACT_KINDS = ["phone", "email"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const contactRequestSchema = z
  .object({ kind: z.enum(CONTACT_KINDS), phone: z.string().max(40).default(""), email: z.string().max(200).default("") })
  .transform((form, context) => {
    if (form.kind === "email") {
      const email = form.email.trim();
      if (!z.email().safeParse(email).success) context.addIssue({ code: "custom", path: ["email"], message: "errors.invalidEmail" });
      return { kind: form.kind, value: email.toLowerCase() };
    }
    // a code goes to it by SMS: a mobile number of Kazakhstan
    const phone = normalizePhone(form.phone);
    if (!phone || !isMobilePhone(phone)) context.addIssue({ code: "custom", path: ["phone"], message: "myAccount.contacts.errors.notMobile" });
    return { kind: form.kind, value: phone ?? "" };
  });

export const contactConfirmSchema = z.object({
  code: z.string().max(40).transform(normalizeTypedCode).refine((code) => /^\d{6}$/.test(code), "myAccount.contacts.errors.codeShape"),
});

export interface MyContacts {
  phone: string | null;
  email: string | null;
}

/** Only the teacher herself, and only her own account: no use-case here takes another account's id. */
function assertTeacher(actor: Actor | null): asserts actor is Actor & { applicantId: string } {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (!can(actor, "account.contacts") || !actor.applicantId) throw new AppError("FORBIDDEN", "errors.forbidden");
}

const mask = (kind: ContactKind, value: string | null) => (value === null ? null : kind === "phone" ? maskPhone(value) : maskEmail(value));

/** Her contacts on file, masked as the sign-in page shows them. */
export async function myContacts(db: Db, actor: Actor): Promise<MyContacts> {
  assertTeacher(actor);
  const contacts = await contactsOnFile(db, actor.userId);
  return { phone: mask("phone", contacts?.phone ?? null), email: mask("email", contacts?.email ?? null) };
}

/** Sends a code to the new contact; returns it masked, for "we sent a code to …". */
export async function requestContactChange(db: Db, transports: Transports, actor: Actor, input: z.input<typeof contactRequestSchema>, now: Date): Promise<{ kind: ContactKind; destination: string }> {
  assertTeacher(actor);
  const wanted = parseOrRefuse(contactRequestSchema, input);
  const current = await contactsOnFile(db, actor.userId);
  if (!current) throw new AppError("NOT_FOUND", "errors.notFound");
  if (current[wanted.kind] === wanted.value) {
    throw new AppError("INVALID_INPUT", "myAccount.contacts.errors.sameAsCurrent", {}, { [wanted.kind]: "myAccount.contacts.errors.sameAsCurrent" });
  }
  const decision = await consumeRateLimit(createPostgresStore(db), [{ rule: CONTACT_CODE_LIMITS.perAccount, subject: actor.userId }], now);
  if (!decision.isAllowed) {
    log.warn("account.contact_code.refused", { userId: actor.userId, retryAfterSeconds: decision.retryAfterSeconds });
    const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
    throw new AppError("RATE_LIMITED", "myAccount.contacts.errors.tooManyCodes", { minutes }, {}, { retryAfterSeconds: decision.retryAfterSeconds });
  }
  const confirms = wanted.kind === "phone" ? { newPhone: wanted.value } : { newEmail: wanted.value };
  const code = await db.$transaction((tx) => storeSentCode(tx, actor.userId, "CONTACT_CHANGE", now, confirms));
  const t = createTranslator(toLocale(current.locale));
  const text = t("myAccount.contacts.message.code", { code, minutes: ONE_TIME_CODE.validSeconds / 60 });
  if (wanted.kind === "phone") await transports.sms.send({ to: wanted.value, text });
  else await transports.email.send({ to: wanted.value, subject: t("myAccount.contacts.message.codeSubject"), text });
  log.info("account.contact_code.sent", { userId: actor.userId, kind: wanted.kind });
  return { kind: wanted.kind, destination: mask(wanted.kind, wanted.value)! };
}

/**
 * The code typed back: the contact it was sent to becomes hers. A wrong, expired or used code
 * changes nothing and says so; five wrong ones end the code.
 */
export async function confirmContactChange(db: Db, transports: Transports, actor: Actor, input: z.input<typeof contactConfirmSchema>, now: Date): Promise<{ kind: ContactKind; contact: string }> {
  assertTeacher(actor);
  const { code } = parseOrRefuse(contactConfirmSchema, input);
  const changed = await db.$transaction(async (tx) => {
    const match = await takeSentCode(tx, actor.userId, ["CONTACT_CHANGE"], code, now);
    if (!match) return null;
    const kind: ContactKind = match.newPhone !== null ? "phone" : "email";
    const value = (match.newPhone ?? match.newEmail)!;
    const before = await contactsOnFile(tx, actor.userId);
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    // where her codes and notices go: the record, and every package of hers (the latest one's
    // contacts are the ones on file: lib/auth/sign-in-codes.ts contactsOnFile)
    const field = kind === "phone" ? { phone: value } : { email: value };
    await tx.applicant.update({ where: { id: before.applicantId }, data: field, select: { id: true } });
    await tx.application.updateMany({ where: { applicantId: before.applicantId }, data: kind === "phone" ? { contactPhone: value } : { contactEmail: value } });
    await recordActorEvent(tx, actor, CONTACT_CHANGE_ACTION, { userId: actor.userId, kind, from: mask(kind, before[kind]), to: mask(kind, value) }, now);
    return { kind, value, old: before[kind], locale: before.locale };
  });
  if (!changed) {
    // the failed attempt is kept (takeSentCode counted it) even though nothing else was written
    log.warn("account.contact_code.wrong", { userId: actor.userId });
    throw new AppError("INVALID_INPUT", "myAccount.contacts.errors.wrongCode", {}, { code: "myAccount.contacts.errors.wrongCode" });
  }
  log.info("account.contact_changed", { userId: actor.userId, kind: changed.kind });
  await noticeToOldContact(transports, changed.kind, changed.old, changed.value, changed.locale);
  return { kind: changed.kind, contact: mask(changed.kind, changed.value)! };
}

/** After commit: the contact that was replaced hears of it (a phone only when it can take an SMS). */
async function noticeToOldContact(transports: Transports, kind: ContactKind, old: string | null, now: string, locale: string): Promise<void> {
  if (!old) return;
  const t = createTranslator(toLocale(locale));
  const text = t(kind === "phone" ? "myAccount.contacts.message.phoneChanged" : "myAccount.contacts.message.emailChanged", { contact: mask(kind, now)! });
  try {
    if (kind === "phone" && isMobilePhone(old)) await transports.sms.send({ to: old, text });
    else if (kind === "email") await transports.email.send({ to: old, subject: t("myAccount.contacts.message.changedSubject"), text });
  } catch (error) {
    // the change is made and recorded; a lost notice is logged, not a failed change
    log.error("account.contact_change_notice_failed", { error, kind });
  }
}
