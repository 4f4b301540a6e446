// Issue 14, finding 5: `/sign-in?callbackUrl=/%5Cevil.example` (and %09, %0A, %5C/) sent the
// browser to http://evil.example/ after a real sign-in. Each is signed in for real here, with and
// without JavaScript, and the browser must end on the portal.
import { expect, test } from "@playwright/test";
import { messages, useLocale } from "../support";
import { freshClerk, OWN_PASSWORD } from "../auth/accounts";

const CALLBACKS = ["/%5Cevil.example", "/%09/evil.example", "/%0A/evil.example", "/%5C/evil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F", "/.//evil.example"];

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });
    for (const callback of CALLBACKS) {
      test(`signing in with callbackUrl=${callback} stays on the portal`, async ({ page, context, baseURL }) => {
        // nothing may leave the portal: a request to evil.example fails the story
        const foreign: string[] = [];
        await context.route((url) => url.hostname.endsWith("evil.example"), async (route) => {
          foreign.push(route.request().url());
          await route.abort();
        });
        await useLocale(context, baseURL!, "en");
        const { login } = await freshClerk("clerk.redirect");
        const m = messages("en");
        await page.goto(`/sign-in?callbackUrl=${callback}`);
        await page.getByLabel(m.signIn.login).fill(login);
        await page.getByLabel(m.signIn.password).fill(OWN_PASSWORD);
        await page.getByRole("button", { name: m.signIn.submit, exact: true }).click();
        await expect(page.getByTestId("signed-in-user")).toBeVisible();
        expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
        expect(foreign).toEqual([]);
      });
    }
  });
}

test("a path of the portal is where sign-in goes back to", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  const { login } = await freshClerk("clerk.redirect");
  const m = messages("en");
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/clerk/register")}`);
  await page.getByLabel(m.signIn.login).fill(login);
  await page.getByLabel(m.signIn.password).fill(OWN_PASSWORD);
  await page.getByRole("button", { name: m.signIn.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/clerk\/register$/);
});
