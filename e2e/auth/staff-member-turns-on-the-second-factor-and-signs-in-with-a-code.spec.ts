// The second factor: a clerk turns it on (scans the QR, or here reads the key the page shows as
// text, and types the code back), and from then on signing in asks for the 6-digit code; a wrong
// code is refused in the user's language, and the same code is not good twice.
import { expect, test } from "@playwright/test";
import { acceptTotpCode, pendingSecretFor } from "../../lib/auth/second-factor";
import { totpCode } from "../../lib/auth/totp";
import { e2eDb } from "../staff/fixtures";
import { messages, signIn, useLocale } from "../support";
import { freshClerk, OWN_PASSWORD } from "./accounts";

test("a clerk turns on the second factor, then signs in with password and code", async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  const m = messages("kk");
  await useLocale(context, baseURL!, "kk");
  const { login, userId } = await freshClerk("clerk.totp");
  await signIn(page, "kk", login, OWN_PASSWORD);
  await expect(page).toHaveURL(/\/clerk$/);

  await page.getByRole("link", { name: m.accountSecurity.secondFactor.nav }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.accountSecurity.secondFactor.title })).toBeVisible();
  await expect(page.getByRole("img", { name: m.accountSecurity.secondFactor.qrAlt })).toBeVisible();
  const secret = ((await page.getByTestId("second-factor-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // a reload shows the same key (the QR just scanned stays good)
  await page.reload();
  expect(((await page.getByTestId("second-factor-secret").textContent()) ?? "").replace(/\s/g, "")).toBe(secret);

  await page.getByLabel(m.accountSecurity.signIn.codeLabel).fill("000000");
  await page.getByRole("button", { name: m.accountSecurity.secondFactor.confirm }).click();
  await expect(page.getByText(m.accountSecurity.secondFactor.wrongCode).first()).toBeVisible();
  const enrolCode = totpCode(secret, new Date());
  await page.getByLabel(m.accountSecurity.signIn.codeLabel).fill(enrolCode);
  await page.getByRole("button", { name: m.accountSecurity.secondFactor.confirm }).click();
  // the recovery codes, shown this once; the page, drawn again, says the factor is on and shows the key no more
  await expect(page.getByRole("heading", { name: m.accountSecurity.secondFactor.recoveryTitle })).toBeVisible();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expect(page.getByText(m.accountSecurity.secondFactor.enabled.split("{date}")[1]!.trim())).toBeVisible();
  await expect(page.getByTestId("second-factor-secret")).toHaveCount(0);
  // stored sealed, never as the key itself
  const stored = await e2eDb().userSecondFactor.findUniqueOrThrow({ where: { userId }, select: { secretEncrypted: true, confirmedAt: true } });
  expect(stored.confirmedAt).not.toBeNull();
  expect(stored.secretEncrypted).not.toContain(secret);
  await page.reload();
  await expect(page.getByTestId("second-factor-secret")).toHaveCount(0);

  // signing in again: the password, then the code
  await page.getByRole("button", { name: m.nav.signOut }).click();
  await expect(page.getByRole("link", { name: m.nav.signIn, exact: true })).toBeVisible();
  await signIn(page, "kk", login, OWN_PASSWORD);
  await expect(page.getByRole("heading", { name: m.accountSecurity.signIn.codeTitle })).toBeVisible();
  await page.getByLabel(m.accountSecurity.signIn.codeLabel).fill("123456");
  await page.getByRole("button", { name: m.accountSecurity.signIn.codeSubmit }).click();
  await expect(page.getByText(m.accountSecurity.signIn.codeWrong)).toBeVisible();
  // the code used to enrol is spent; wait for the next step's code if the clock has not moved on
  let code = totpCode(secret, new Date());
  while (code === enrolCode) {
    await page.waitForTimeout(2_000);
    code = totpCode(secret, new Date());
  }
  await page.getByLabel(m.accountSecurity.signIn.codeLabel).fill(code);
  await page.getByRole("button", { name: m.accountSecurity.signIn.codeSubmit }).click();
  await expect(page).toHaveURL(/\/clerk$/, { timeout: 15_000 });
  await expect(page.getByTestId("signed-in-user")).toContainText(m.roles.CLERK);
});

test("next-auth's credentials endpoint asks an account with a second factor for its code", async ({ request }) => {
  const { login, userId } = await freshClerk("clerk.totp-api");
  // enrolled directly (the story above goes through the page), sealed with the e2e server's key
  process.env.NEXTAUTH_SECRET ??= "e2e-secret-not-for-production-0123456789";
  const secret = (await pendingSecretFor(e2eDb(), userId))!;
  expect(await acceptTotpCode(e2eDb(), userId, totpCode(secret, new Date(Date.now() - 30_000)), new Date(), { pending: true })).toBe(true);

  const post = async (fields: Record<string, string>) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, login, password: OWN_PASSWORD, json: "true", ...fields }, maxRedirects: 0 });
    return new URL(((await response.json()) as { url: string }).url);
  };
  expect((await post({})).searchParams.get("error")).toBe("SECOND_FACTOR_REQUIRED");
  expect((await post({ code: "000000" })).searchParams.get("error")).toBe("CredentialsSignin");
  const signedIn = await post({ code: totpCode(secret, new Date()) });
  expect(signedIn.searchParams.get("error")).toBeNull();
  const me = (await (await request.get("/api/auth/session")).json()) as { user?: { id: string } };
  expect(me.user?.id).toBe(userId);
});
