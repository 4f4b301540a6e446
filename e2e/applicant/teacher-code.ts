// A teacher signs in as the portal lets her: by a six-digit code sent to her contacts on file. The
// demo delivers it to its local SMS outbox (or mailbox), which these helpers read in the e2e
// database, as an administrator reads it at /admin/mailbox. Teachers have no password.
import { expect, type Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locales";
import { messages } from "../support";
import { withE2eDatabase } from "./database";

const digitsOf = (phone: string) => phone.replace(/\D/g, "");

/** Where the portal sends her codes: the contacts of her latest package, else her record's (lib/auth/sign-in-codes.ts contactsOnFile). */
async function contactsOf(iin: string): Promise<{ phone: string | null; email: string | null }> {
  return withE2eDatabase(async (db) => {
    const applicant = await db.applicant.findUniqueOrThrow({
      where: { iin },
      select: { phone: true, email: true, applications: { orderBy: { receivedAt: "desc" }, take: 1, select: { contactPhone: true, contactEmail: true } } },
    });
    const latest = applicant.applications[0];
    return latest ? { phone: latest.contactPhone, email: latest.contactEmail } : { phone: applicant.phone, email: applicant.email };
  });
}

/**
 * The newest message kept for `to` (a phone: by its last ten digits; an e-mail: exactly) since
 * `since` whose text matches `pattern`: the SMS outbox for a phone, the mailbox for an address.
 * Waits a little: the code is stored before the answer, the message right after.
 */
export async function messageTo(to: { phone?: string | null; email?: string | null }, since: Date, pattern: RegExp): Promise<RegExpExecArray> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const found = await withE2eDatabase(async (db) => {
      if (to.phone) {
        const rows = await db.smsOutboxMessage.findMany({ where: { receivedAt: { gte: since } }, orderBy: { receivedAt: "desc" }, select: { recipient: true, body: true } });
        for (const row of rows) if (digitsOf(row.recipient).endsWith(digitsOf(to.phone).slice(-10))) { const m = pattern.exec(row.body); if (m) return m; }
      }
      if (to.email) {
        const rows = await db.mailboxMessage.findMany({ where: { receivedAt: { gte: since }, recipient: { contains: to.email, mode: "insensitive" } }, orderBy: { receivedAt: "desc" }, select: { body: true } });
        for (const row of rows) { const m = pattern.exec(row.body); if (m) return m; }
      }
      return null;
    });
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no message to ${JSON.stringify(to)} matching ${pattern} since ${since.toISOString()}`);
}

/**
 * A code message's text in any language, with the code as its group 1 (from the messages, not
 * guessed digits: a registration notice sent late holds six digits of its number too).
 */
export function codeMessagePattern(bodyOf: (locale: "kk" | "ru" | "en") => string): RegExp {
  const bodies = (["kk", "ru", "en"] as const).map(bodyOf);
  const alternatives = bodies.map((body) => body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\\{code\\}", "(\\d{6})").replace("\\{minutes\\}", "\\d+"));
  return new RegExp(alternatives.join("|"));
}

/** The sign-in code's text in any language, with the code as its group 1. */
export const signInCodePattern = () => codeMessagePattern((locale) => messages(locale).teacherSignIn.message.body);

/** The code in a match of signInCodePattern (whichever language matched). */
export const codeOf = (match: RegExpExecArray) => match.slice(1).find(Boolean)!;

/** The six-digit code the portal just sent for this IIN (after `since`), read from the demo outbox. */
export async function sentSignInCode(iin: string, since: Date): Promise<string> {
  return codeOf(await messageTo(await contactsOf(iin), since, signInCodePattern()));
}

/** Signs in at /sign-in/code with the code sent to her contacts, and waits for her account. */
export async function signInTeacherByCode(page: Page, locale: Locale, iin: string): Promise<void> {
  const m = messages(locale);
  await page.goto("/sign-in/code");
  const asked = new Date(Date.now() - 1_000);
  await page.getByRole("textbox", { name: m.teacherSignIn.iin, exact: true }).fill(iin);
  await page.getByRole("button", { name: m.teacherSignIn.request }).click();
  await expect(page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: m.teacherSignIn.code, exact: true }).fill(await sentSignInCode(iin, asked));
  await page.getByRole("button", { name: m.teacherSignIn.submit }).click();
  await page.waitForURL(/\/applicant$/);
}

/** A mobile number of her own (makeUniqueTeacher's is shared by every test teacher): the code read for it is hers alone. */
export function uniqueMobilePhone(): string {
  const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0");
  return `+7 701 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}
