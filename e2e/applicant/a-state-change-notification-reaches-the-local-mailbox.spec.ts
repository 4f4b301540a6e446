import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { enqueueStateChangeNotifications, NOTIFIED_APPLICANT_FIELDS } from "../../lib/notifications/enqueue";
import { messages, signIn, useLocale } from "../support";
import { DEMO_TEACHER_IIN, withE2eDatabase } from "./database";

// The outbox row is written here as the use-case writes it (in the transaction of the audit
// event); delivery is the portal's own worker, started by instrumentation.ts.
test("a notification is recorded with the state change and delivered to the local mailbox", async ({ page, context, baseURL }) => {
  const { applicationId, auditEventId, email } = await withE2eDatabase(async (db) => {
    const event = await db.auditEvent.findFirstOrThrow({
      where: { application: { applicant: { iin: DEMO_TEACHER_IIN } }, toState: { not: null } },
      orderBy: { id: "desc" },
      select: {
        id: true,
        applicationId: true,
        toState: true,
        application: { select: { registrationNumber: true, serviceDeadline: true, applicant: { select: NOTIFIED_APPLICANT_FIELDS } } },
      },
    });
    const application = event.application!;
    await db.$transaction((tx) =>
      enqueueStateChangeNotifications(tx, { applicationId: event.applicationId!, ...application, auditEventId: event.id, toState: event.toState! }),
    );
    return { applicationId: event.applicationId!, auditEventId: event.id, email: application.applicant.email! };
  });

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
  const subject = await withE2eDatabase(async (db) =>
    (await db.notification.findUniqueOrThrow({ where: { auditEventId_channel: { auditEventId, channel: "EMAIL" } }, select: { subject: true } })).subject,
  );

  await useLocale(context, baseURL!, "en");
  await signIn(page, "en", DEMO_ACCOUNTS.admin.login);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { level: 1, name: messages("en").applicant.mailbox.title })).toBeVisible();
  await expect(page.getByTestId("mailbox-message").filter({ hasText: subject }).first()).toBeVisible();
});
