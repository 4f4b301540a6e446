// Issue 15, item 9: a result accepted at the office waits there. Before the hand-over the
// teacher's status page (in Kazakh, on a phone) says where, the hours, what to bring and that the
// office keeps it until collected, not that nothing is due; the clerk hands it over to a
// representative with the form, which keeps what she typed when it refuses, and the record shows.
import { expect, test, type Page } from "@playwright/test";
import { formatAccessCode } from "../../lib/applications/access-code";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { messages, savedSession, SIGNED_OUT, useLocale } from "../support";
import { acceptAtOffice, e2eDb, storedApplication } from "./fixtures";

test.use({ storageState: savedSession("clerk") });

async function lookUp(page: Page, pkg: { registrationNumber: string; iin: string; accessCode: string }) {
  const m = messages("kk");
  await page.goto("/status");
  await page.getByLabel(m.applicant.status.number).fill(pkg.registrationNumber);
  await page.getByLabel(m.applicant.status.iin).fill(pkg.iin);
  await page.getByLabel(m.applicant.status.accessCode).fill(formatAccessCode(pkg.accessCode));
  await page.getByRole("button", { name: m.applicant.status.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: pkg.registrationNumber })).toBeVisible();
}

test("the teacher reads where to collect her result, and the clerk hands it to her representative with the identity checked", async ({ page, browser, context, baseURL }) => {
  test.setTimeout(90_000);
  const { applicationId, registrationNumber } = await acceptAtOffice(DEMO_ACCOUNTS.clerk.login, DEMO_ACCOUNTS.executor.login, { locale: "kk" });
  const { accessCode, applicant } = await e2eDb().application.findUniqueOrThrow({ where: { id: applicationId }, select: { accessCode: true, applicant: { select: { iin: true } } } });
  const pkg = { registrationNumber, iin: applicant.iin, accessCode };
  const kk = messages("kk");

  // the teacher, signed out, on a phone
  const teacherContext = await browser.newContext({ storageState: SIGNED_OUT, viewport: { width: 390, height: 844 } });
  await useLocale(teacherContext, baseURL!, "kk");
  const teacher = await teacherContext.newPage();
  await lookUp(teacher, pkg);
  const current = teacher.getByRole("region", { name: kk.applicant.status.currentTitle });
  await expect(current).toContainText(kk.resultHandover.collect.current);
  await expect(current).not.toContainText(kk.applicant.status.nothingPending);
  const collect = teacher.getByRole("region", { name: kk.resultHandover.collect.title });
  await expect(collect).toContainText("«№ 7 Абай атындағы мектеп-гимназия» КММ");
  await expect(collect.getByTestId("collection-address")).toHaveText("Ақтау қ., 7 шағын аудан, 12 үй");
  await expect(collect.getByTestId("collection-hours")).toHaveText("Дүйсенбі–жұма, 09:00–18:30; түскі үзіліс 13:00–14:30");
  await expect(collect).toContainText(kk.resultHandover.collect.bringIdentity);
  await expect(collect).toContainText(kk.resultHandover.collect.bringRepresentative);
  await expect(collect.getByTestId("collection-until")).toHaveText(kk.resultHandover.collect.keptNoTerm);
  // nothing wider than the phone's screen
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // the clerk, in English
  const en = messages("en");
  await useLocale(context, baseURL!, "en");
  await page.goto(`/clerk/applications/${applicationId}`);
  await expect(page.getByTestId("result-waiting")).toContainText("The result waits for the applicant: Abai School-Gymnasium No. 7.");
  const form = page.getByRole("form", { name: en.resultHandover.form.title });
  await form.getByRole("radio", { name: en.resultHandover.form.recipients.REPRESENTATIVE }).check();
  await form.getByLabel(en.resultHandover.form.representativeName).fill("Serikova Dana");
  await form.getByRole("button", { name: en.resultHandover.form.submit }).click();

  // refused: what is missing is said, and what she typed is still there
  const summary = page.getByRole("alert").filter({ hasText: en.resultHandover.errors.invalid });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(en.resultHandover.errors.powerOfAttorneyRequired);
  await expect(summary).toContainText(en.resultHandover.errors.identityNotChecked);
  await expect(form.getByLabel(en.resultHandover.form.representativeName)).toHaveValue("Serikova Dana");
  await expect(form.getByRole("radio", { name: en.resultHandover.form.recipients.REPRESENTATIVE })).toBeChecked();
  expect((await storedApplication(applicationId)).state).toBe("ACCEPTED");

  await form.getByLabel(en.resultHandover.form.powerOfAttorneyNumber).fill("1234-N");
  await form.getByRole("checkbox", { name: en.resultHandover.form.identityChecked }).check();
  await form.getByRole("button", { name: en.resultHandover.form.submit }).click();
  // the page comes back with the record where the form was
  const record = page.getByRole("region", { name: en.resultHandover.record.title });
  await expect(record).toBeVisible({ timeout: 15_000 });
  await expect(form).toHaveCount(0);
  await expect(record).toContainText("Representative Serikova Dana, power of attorney No. 1234-N");
  await expect(record).toContainText(en.resultHandover.record.identityChecked);

  const stored = await e2eDb().application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { state: true, resultRecipient: true, resultRepresentativeName: true, resultPowerOfAttorneyNumber: true, isRecipientIdentityChecked: true },
  });
  expect(stored).toEqual({ state: "RESULT_ISSUED", resultRecipient: "REPRESENTATIVE", resultRepresentativeName: "Serikova Dana", resultPowerOfAttorneyNumber: "1234-N", isRecipientIdentityChecked: true });
  const event = await e2eDb().auditEvent.findFirstOrThrow({ where: { applicationId, action: "ISSUE_RESULT" }, select: { data: true } });
  expect(event.data).toEqual({ handover: { recipient: "REPRESENTATIVE", representativeName: "Serikova Dana", powerOfAttorneyNumber: "1234-N", isIdentityChecked: true } });

  // handed over, the teacher's page no longer sends her anywhere
  await lookUp(teacher, pkg);
  await expect(teacher.getByTestId("package-state")).toHaveText(kk.states.RESULT_ISSUED);
  await expect(teacher.getByRole("region", { name: kk.resultHandover.collect.title })).toHaveCount(0);
  await teacherContext.close();
});
