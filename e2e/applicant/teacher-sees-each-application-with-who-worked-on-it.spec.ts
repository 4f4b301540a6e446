import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";
import { DEMO_TEACHER_IIN, withE2eDatabase } from "./database";

test.use({ storageState: savedSession("teacher") });

test("a teacher sees all their applications, each with its steps: role, organization and time", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "kk");
  const m = messages("kk");
  const own = await withE2eDatabase((db) =>
    db.application.findMany({ where: { applicant: { iin: DEMO_TEACHER_IIN } }, select: { registrationNumber: true } }),
  );
  await page.goto("/applicant");

  const cards = page.getByTestId("my-application");
  await expect(cards).toHaveCount(own.length);
  for (const { registrationNumber } of own) {
    await expect(page.getByRole("heading", { level: 2, name: registrationNumber })).toBeVisible();
  }
  const first = cards.first();
  const steps = first.getByTestId("package-steps").getByRole("listitem");
  await expect(steps.first()).toContainText(new RegExp(`${m.roles.CLERK}|${m.roles.CORP_OPERATOR}`));
  await expect(first.getByRole("link", { name: m.applicant.account.receipt })).toHaveAttribute("href", /\/api\/applications\/\w+\/receipt$/);
});

test("a teacher's receipt of someone else's package is not found", async ({ context, baseURL }) => {
  await useLocale(context, baseURL!, "kk");
  const foreign = await withE2eDatabase((db) =>
    db.application.findFirstOrThrow({ where: { applicant: { iin: { not: DEMO_TEACHER_IIN } } }, select: { id: true } }),
  );
  expect((await context.request.get(`/api/applications/${foreign.id}/receipt`)).status()).toBe(404);
});
