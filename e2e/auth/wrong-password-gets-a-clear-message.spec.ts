import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALES } from "../../lib/i18n/locales";
import { messages, signIn, useLocale } from "../support";

for (const locale of LOCALES) {
  test(`a wrong password is refused with a translated message (${locale})`, async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, locale);
    await signIn(page, locale, DEMO_ACCOUNTS.clerk.login, "not-the-password");
    await expect(page.getByRole("alert", { name: messages(locale).signIn.invalidCredentials })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test("an unknown login gets the same answer as a wrong password", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "kk");
  await signIn(page, "kk", "nobody.here", "whatever-password");
  await expect(page.getByRole("alert", { name: messages("kk").signIn.invalidCredentials })).toBeVisible();
});
