import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { savedSession, useLocale, type SavedSession } from "../support";
import { e2eDb, registerAtOffice } from "./fixtures";

test("two executors press 'take' on the same package: one gets it, the other is told who has it", async ({ browser, baseURL }) => {
  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  const pages = await Promise.all(
    (["executor", "executor2"] as SavedSession[]).map(async (executor) => {
      const context = await browser.newContext({ storageState: savedSession(executor) });
      await useLocale(context, baseURL!, "en");
      const page = await context.newPage();
      await page.goto(`/executor/applications/${applicationId}`);
      return page;
    }),
  );
  const buttons = pages.map((page) => page.getByRole("button", { name: "Take for checking" }));
  await Promise.all(buttons.map((button) => expect(button).toBeEnabled()));
  await Promise.all(buttons.map((button) => button.click()));

  await expect.poll(async () => (await e2eDb().application.findUniqueOrThrow({ where: { id: applicationId } })).state).toBe("UNDER_REVIEW");
  const stored = await e2eDb().application.findUniqueOrThrow({ where: { id: applicationId }, select: { assignedExecutorId: true } });
  const winner = await e2eDb().user.findUniqueOrThrow({ where: { id: stored.assignedExecutorId! }, select: { login: true, fullName: true } });
  const [winnerPage, loserPage] = winner.login === DEMO_ACCOUNTS.executor.login ? pages : [pages[1]!, pages[0]!];

  await expect(winnerPage!.getByRole("heading", { name: "Completeness check" })).toBeVisible();
  await expect(loserPage!.getByRole("alert").filter({ hasText: `This was already done by ${winner.fullName}` })).toBeVisible();
  expect(await e2eDb().auditEvent.count({ where: { applicationId, action: "TAKE_FOR_REVIEW" } })).toBe(1);
});
