// Issue 16, item 6: a teacher has a new phone. On her account page she sees her contacts masked,
// gives the new number, reads the code the portal sent to it (the demo's SMS outbox), types a
// wrong one first (nothing changes), then the right one: the new number is hers, her old phone
// is told of the change, and her next sign-in code goes to the new one.
import { expect, test } from "@playwright/test";
import { registerAtOffice, uniqueTeacher } from "../staff/fixtures";
import { maskPhone } from "../../lib/auth/sign-in-code-values";
import { normalizePhone } from "../../lib/domain/identity";
import { messages, SIGNED_OUT, useLocale } from "../support";
import { withE2eDatabase } from "./database";
import { messageTo, signInTeacherByCode, uniqueMobilePhone } from "./teacher-code";

test.use({ storageState: SIGNED_OUT, viewport: { width: 390, height: 844 } });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a teacher changes her phone with the code sent to the new number; the old one is told", async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  const oldPhone = normalizePhone(uniqueMobilePhone())!;
  const newPhone = normalizePhone(uniqueMobilePhone())!;
  const teacher = { ...uniqueTeacher("ru"), phone: oldPhone };
  await registerAtOffice("clerk.aktau7", teacher);
  await useLocale(context, baseURL!, "ru");
  const m = messages("ru");
  const c = m.myAccount.contacts;
  await signInTeacherByCode(page, "ru", teacher.iin);

  await page.getByRole("link", { name: m.myAccount.nav }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 2, name: c.title })).toBeVisible();
  await expect(page.getByTestId("my-phone")).toHaveText(maskPhone(oldPhone));

  await page.getByText(c.changePhone).click();
  // not a mobile number: said beside the field
  await page.getByLabel(c.newPhone).fill("+7 7292 50 50 50");
  await page.getByRole("button", { name: c.sendCode }).click();
  await expect(page.getByRole("link", { name: new RegExp(escape(c.errors.notMobile)) })).toBeVisible();

  const asked = new Date(Date.now() - 1_000);
  await page.getByLabel(c.newPhone).fill(newPhone);
  await page.getByRole("button", { name: c.sendCode }).click();
  await expect(page.getByRole("status").filter({ hasText: maskPhone(newPhone) })).toBeVisible();
  const codePattern = new RegExp(escape(c.message.code).replace("\\{code\\}", "(\\d{6})").replace("\\{minutes\\}", "\\d+"));
  const code = (await messageTo({ phone: newPhone }, asked, codePattern))[1]!;

  await page.getByLabel(c.code).fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: c.confirm }).click();
  await expect(page.getByRole("link", { name: new RegExp(escape(c.errors.wrongCode)) })).toBeVisible();
  expect(await withE2eDatabase((db) => db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { phone: true } }))).toEqual({ phone: oldPhone });

  await page.getByLabel(c.code).fill(code);
  await page.getByRole("button", { name: c.confirm }).click();
  await expect(page.getByRole("status")).toHaveText(c.phoneChanged.replace("{contact}", maskPhone(newPhone)));
  await page.reload();
  await expect(page.getByTestId("my-phone")).toHaveText(maskPhone(newPhone));

  // stored, audited with both numbers masked, and the old phone was told
  const stored = await withE2eDatabase(async (db) => {
    const user = await db.user.findUniqueOrThrow({ where: { login: teacher.iin }, select: { id: true } });
    return {
      applicant: await db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { phone: true } }),
      packages: await db.application.findMany({ where: { applicant: { iin: teacher.iin } }, select: { contactPhone: true } }),
      audit: await db.auditEvent.findMany({ where: { action: "ACCOUNT_CHANGE_CONTACT", actorId: user.id }, select: { data: true } }),
    };
  });
  expect(stored.applicant.phone).toBe(newPhone);
  expect(stored.packages.map((p) => p.contactPhone)).toEqual([newPhone]);
  expect(stored.audit.map((a) => a.data)).toEqual([expect.objectContaining({ kind: "phone", from: maskPhone(oldPhone), to: maskPhone(newPhone) })]);
  const noticePattern = new RegExp(escape(c.message.phoneChanged).replace("\\{contact\\}", escape(maskPhone(newPhone))));
  await messageTo({ phone: oldPhone }, asked, noticePattern);
});
