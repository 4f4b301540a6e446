import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { LOCALES } from "../../lib/i18n/locales";
import { createStaffAccount } from "../../prisma/factories";
import { e2eDb } from "../staff/fixtures";
import { messages, signIn, useLocale } from "../support";

/** A clerk of its own (locking out a demo account would trip up the other stories), from a client of its own. */
async function freshClerk(password: string) {
  const login = `clerk.limit-${randomBytes(4).toString("hex")}`;
  await createStaffAccount(e2eDb(), { role: "CLERK", organization: "AKTAU-SCH-07", login, fullName: "Тестова Ә. Б.", passwordHash: await hashPassword(password) });
  return login;
}

for (const locale of LOCALES) {
  test(`after five wrong passwords even the right one is refused, with how long to wait (${locale})`, async ({ page, context, baseURL }) => {
    const password = "right-password-2026";
    const login = await freshClerk(password);
    // its own client address (the last entry, as our load balancer appends it), so the per-client limit of other tests is not shared
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": `10.0.0.1, 198.51.100.${Math.floor(Math.random() * 250) + 1}` });
    await useLocale(context, baseURL!, locale);
    const m = messages(locale);
    for (let i = 0; i < 5; i++) {
      await signIn(page, locale, login, `wrong-${i}`);
      await expect(page.getByRole("alert", { name: m.signIn.invalidCredentials })).toBeVisible();
    }
    await signIn(page, locale, login, password);
    const [before, after] = m.reliability.signIn.tooManyAttempts.split("{minutes}") as [string, string];
    const alert = page.getByRole("alert", { name: new RegExp(`^${escape(before)}\\d+${escape(after)}$`) });
    await expect(alert).toBeVisible();
    const minutes = Number(/(\d+)/.exec((await alert.textContent()) ?? "")?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(1);
    expect(minutes).toBeLessThanOrEqual(15);
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
