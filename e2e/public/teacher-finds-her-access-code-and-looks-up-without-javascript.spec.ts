// Issue 14, finding 4: the public lookup asks for the package's access code with its number and
// the IIN. The teacher finds the code where she keeps her package's papers: printed on the receipt
// beside the number, and in her own workspace; the lookup works in a browser without JavaScript.
import { expect, test } from "@playwright/test";
import { formatAccessCode } from "../../lib/applications/access-code";
import { pdfText } from "../../lib/documents/pdf-text.test-support";
import { messages, savedSession, SIGNED_OUT, useLocale } from "../support";
import { demoTeacherPackage } from "../applicant/database";

test.use({ storageState: savedSession("teacher") });

test("a teacher reads her access code in her workspace and on the receipt, and looks the package up with it without JavaScript", async ({ page, context, baseURL, browser }) => {
  await useLocale(context, baseURL!, "ru");
  const m = messages("ru");
  const pkg = await demoTeacherPackage();
  const shown = formatAccessCode(pkg.accessCode);

  await page.goto("/applicant");
  const card = page.getByTestId("my-application").filter({ has: page.getByRole("heading", { level: 2, name: pkg.registrationNumber }) });
  await expect(card.getByTestId("access-code")).toHaveText(m.applicant.account.accessCode.replace("{code}", shown));

  const receipt = await context.request.get(`/api/applications/${pkg.id}/receipt?lang=ru`);
  expect(receipt.status()).toBe(200);
  const text = (await pdfText(await receipt.body())).join(" ").replace(/\s+/g, " ");
  // beside the number: the very next line
  expect(text).toContain(`Регистрационный номер: ${pkg.registrationNumber} Код доступа: ${shown}`);

  // anyone with the receipt in hand, in a browser that runs no script; a client address of its own
  const stranger = await browser.newContext({
    storageState: SIGNED_OUT,
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": `192.0.2.${Math.floor(Math.random() * 250) + 1}` },
  });
  await useLocale(stranger, baseURL!, "ru");
  const visitor = await stranger.newPage();
  await visitor.goto("/status");
  await visitor.getByLabel(m.applicant.status.number).fill(pkg.registrationNumber);
  await visitor.getByLabel(m.applicant.status.iin).fill(pkg.iin);
  // typed as read off the paper: lower case, with its space
  await visitor.getByLabel(m.applicant.status.accessCode).fill(shown.toLowerCase());
  await visitor.getByRole("button", { name: m.applicant.status.submit }).click();
  await visitor.waitForURL(/\/status\/[^/?]+$/);
  await expect(visitor.getByRole("heading", { level: 1, name: pkg.registrationNumber })).toBeVisible();
  expect(visitor.url()).not.toContain(pkg.accessCode);
  await stranger.close();
});
