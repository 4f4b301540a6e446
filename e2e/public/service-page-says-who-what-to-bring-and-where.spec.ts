import { expect, test } from "@playwright/test";
import { messages, useLocale } from "../support";

test("the service page says who may apply, what to bring for assign or confirm, where, and links the process", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  const m = messages("en");
  await page.goto("/");
  await page.getByRole("link", { name: m.applicant.homeLinks.service }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.applicant.service.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: m.applicant.service.whoTitle })).toBeVisible();

  const assign = page.getByTestId("checklist-assign").getByRole("listitem");
  const confirm = page.getByTestId("checklist-confirm").getByRole("listitem");
  await expect(assign.first()).toBeVisible();
  // confirming adds the certificate of the category held
  expect(await confirm.count()).toBe((await assign.count()) + 1);

  await expect(page.getByText(m.applicant.service.corpHours)).toBeVisible();
  await expect(page.getByRole("heading", { name: m.applicant.service.corpTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: m.applicant.service.processLink })).toHaveAttribute("href", "/process");
});
