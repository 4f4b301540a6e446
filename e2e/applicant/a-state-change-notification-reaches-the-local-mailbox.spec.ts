import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { formatAccessCode } from "../../lib/applications/access-code";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { registerAtOffice } from "../staff/fixtures";
import { messages, savedSession, useLocale } from "../support";
import { withE2eDatabase } from "./database";

test.use({ storageState: savedSession("admin") });

// A real registration (the use-case, as the clerk's form calls it) writes its audit event and
// outbox rows in one transaction; delivery is the portal's own worker, started by instrumentation.ts.
test("a notification is recorded with the state change and delivered to the local mailbox", async ({ page, context, baseURL }) => {
  const email = `mailbox-${randomInt(1_000_000, 9_999_999)}@mail.kz`;
  const { applicationId, accessCode } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login, { email });
  const auditEventId = await withE2eDatabase(
    async (db) => (await db.auditEvent.findFirstOrThrow({ where: { applicationId }, orderBy: { id: "asc" }, select: { id: true } })).id,
  );

  // recorded, then delivered after commit
  await expect
    .poll(
      () =>
        withE2eDatabase((db) =>
          db.notification.findUnique({ where: { auditEventId_channel: { auditEventId, channel: "EMAIL" } }, select: { status: true, applicationId: true } }),
        ),
      { timeout: 20_000 },
    )
    .toEqual({ status: "SENT", applicationId });
  const { subject, body } = await withE2eDatabase((db) =>
    db.notification.findUniqueOrThrow({ where: { auditEventId_channel: { auditEventId, channel: "EMAIL" } }, select: { subject: true, body: true } }),
  );
  // the notice of the registration tells the access code the public lookup asks for
  expect(body).toContain(formatAccessCode(accessCode));

  await useLocale(context, baseURL!, "en");
  await page.goto(`/admin/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { level: 1, name: messages("en").applicant.mailbox.title })).toBeVisible();
  await expect(page.getByTestId("mailbox-message").filter({ hasText: subject }).first()).toBeVisible();
});
