// Issue 14, finding 9: a form submitted before the page's script ran sent
// `GET /sign-in?login=…&password=…`. The form posts, works with scripts off, and answers in the
// user's language.
import { expect, test, type Page } from "@playwright/test";
import { LOCALES } from "../../lib/i18n/locales";
import { messages, useLocale } from "../support";
import { freshClerk, OWN_PASSWORD } from "./accounts";

test.use({ javaScriptEnabled: false });

/** Every request the page makes, to check no password ever rides in a URL. */
function recordRequests(page: Page) {
  const seen: { method: string; url: string }[] = [];
  page.on("request", (request) => seen.push({ method: request.method(), url: request.url() }));
  return seen;
}

async function submit(page: Page, locale: (typeof LOCALES)[number], login: string, password: string) {
  const m = messages(locale);
  await page.goto("/sign-in");
  await page.getByLabel(m.signIn.login).fill(login);
  await page.getByLabel(m.signIn.password).fill(password);
  await page.getByRole("button", { name: m.signIn.submit, exact: true }).click();
}

test("with JavaScript off, the form posts and signs in; the password is never in a URL", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  const seen = recordRequests(page);
  const { login } = await freshClerk("clerk.nojs");
  await submit(page, "en", login, OWN_PASSWORD);
  await expect(page).toHaveURL(/\/clerk$/);
  await expect(page.getByTestId("signed-in-user")).toContainText(messages("en").roles.CLERK);
  const toSignIn = seen.filter((r) => new URL(r.url).pathname === "/sign-in");
  expect(toSignIn.some((r) => r.method === "POST"), JSON.stringify(seen)).toBe(true);
  for (const request of seen) {
    expect(request.url, "no credentials in any URL").not.toContain(OWN_PASSWORD);
    expect(request.url).not.toMatch(/[?&]password=/);
  }
});

for (const locale of LOCALES) {
  test(`with JavaScript off, a wrong password gets the translated message (${locale})`, async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, locale);
    const seen = recordRequests(page);
    const { login } = await freshClerk("clerk.nojs-wrong");
    await submit(page, locale, login, "not-the-password");
    await expect(page.getByText(messages(locale).signIn.invalidCredentials)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    for (const request of seen) expect(request.url).not.toContain("not-the-password");
  });
}

test("with JavaScript off, an empty form asks for both fields", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  await page.goto("/sign-in");
  await page.getByRole("button", { name: messages("ru").signIn.submit, exact: true }).click();
  await expect(page.getByText(messages("ru").signIn.missingFields)).toBeVisible();
});
