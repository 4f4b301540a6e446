// Issue 14, finding 1, in the browser: the clerk of one school registers a teacher whose packages
// are at another school. The form recognises her (her name, her contacts masked), never shows her
// contacts in full, and new contacts typed for this package leave her record as it was.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { messages, savedSession, useLocale } from "../support";
import { e2eDb, registerAtOffice, uniqueTeacher } from "./fixtures";

test.use({ storageState: savedSession("clerk") });

const m = messages("ru");

test("the clerk sees another school's teacher masked, and gives this package contacts of its own", async ({ page, context, baseURL }) => {
  const { applicationId: atOtherSchool } = await registerAtOffice("clerk.beineu-sch-01", { phone: "+7 701 123 45 47", email: "aigul.own@mail.kz", locale: "kk" });
  const { applicant } = await e2eDb().application.findUniqueOrThrow({
    where: { id: atOtherSchool },
    select: { applicant: { select: { iin: true, lastName: true, firstName: true, phone: true, email: true, locale: true } } },
  });
  expect(DEMO_ACCOUNTS.clerk.organization).not.toBe("BEINEU-SCH-01");

  await useLocale(context, baseURL!, "ru");
  await page.goto("/clerk/register");
  await page.getByLabel(m.staff.intake.iin, { exact: true }).fill(applicant.iin);
  await expect(page.getByText(m.staff.intake.knownApplicant)).toBeVisible();
  // her name as on file, not to be changed here
  await expect(page.getByLabel(m.staff.intake.lastName, { exact: true })).toHaveValue(applicant.lastName);
  await expect(page.getByLabel(m.staff.intake.lastName, { exact: true })).toHaveAttribute("readonly", "");
  // her contacts masked, offered for this package
  await expect(page.getByTestId("contacts-on-file")).toHaveText("телефон +7 ••• ••• •• 47, эл. почта a•••@mail.kz");
  await expect(page.getByRole("radio", { name: new RegExp(m.staff.intake.contactsOnFile) })).toBeChecked();
  const html = await page.content();
  for (const secret of ["aigul.own", "7011234547", "123 45 47"]) expect(html).not.toContain(secret);

  // other contacts, for this package only
  await page.getByRole("radio", { name: m.staff.intake.contactsGiven }).check();
  await page.getByLabel(m.staff.intake.phone, { exact: true }).fill("+7 702 999 88 77");
  await page.getByLabel(m.staff.intake.email, { exact: true }).fill("someone.else@mail.kz");
  await page.getByLabel(m.staff.intake.locale).selectOption("ru");
  for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
  await page.getByRole("button", { name: m.staff.intake.submit }).click();
  await expect(page.getByRole("heading", { name: m.staff.registered.title })).toBeVisible();
  const number = (await page.getByTestId("registration-number").textContent())!.match(/\d{4}-\d{6}/)![0];

  const registered = await e2eDb().application.findUniqueOrThrow({ where: { registrationNumber: number }, select: { contactPhone: true, contactEmail: true, contactLocale: true } });
  expect(registered).toEqual({ contactPhone: "+77029998877", contactEmail: "someone.else@mail.kz", contactLocale: "ru" });
  // her record, and with it her package at the other school, keeps her own
  const record = await e2eDb().applicant.findUniqueOrThrow({ where: { iin: applicant.iin }, select: { phone: true, email: true, locale: true } });
  expect(record).toEqual({ phone: applicant.phone, email: applicant.email, locale: applicant.locale });
  expect(await e2eDb().application.findUniqueOrThrow({ where: { id: atOtherSchool }, select: { contactEmail: true } })).toEqual({ contactEmail: "aigul.own@mail.kz" });
});

test("the clerk keeps the contacts on file for a teacher's new package", async ({ page, context, baseURL }) => {
  const { applicationId: earlier } = await registerAtOffice("clerk.beineu-sch-01", { phone: "+7 701 765 43 21", locale: "kk" });
  const { applicant } = await e2eDb().application.findUniqueOrThrow({ where: { id: earlier }, select: { applicant: { select: { iin: true } } } });

  await useLocale(context, baseURL!, "en");
  const en = messages("en");
  await page.goto("/clerk/register");
  await page.getByLabel(en.staff.intake.iin, { exact: true }).fill(applicant.iin);
  await expect(page.getByTestId("contacts-on-file")).toHaveText("phone +7 ••• ••• •• 21");
  // nothing to type: the phone, e-mail and language fields are not asked for
  await expect(page.getByLabel(en.staff.intake.phone, { exact: true })).toHaveCount(0);
  for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
  await page.getByRole("button", { name: en.staff.intake.submit }).click();
  await expect(page.getByRole("heading", { name: en.staff.registered.title })).toBeVisible();
  const number = (await page.getByTestId("registration-number").textContent())!.match(/\d{4}-\d{6}/)![0];
  expect(await e2eDb().application.findUniqueOrThrow({ where: { registrationNumber: number }, select: { contactPhone: true, contactEmail: true, contactLocale: true } })).toEqual({
    contactPhone: "+77017654321",
    contactEmail: null,
    contactLocale: "kk",
  });
});

test("a corrected IIN forgets the teacher the first one found: her name and her contacts on file are not the new person's", async ({ page, context, baseURL }) => {
  const { applicationId } = await registerAtOffice("clerk.beineu-sch-01", { phone: "+7 701 765 43 09", locale: "kk" });
  const { applicant } = await e2eDb().application.findUniqueOrThrow({ where: { id: applicationId }, select: { applicant: { select: { iin: true, lastName: true } } } });
  const newcomer = uniqueTeacher("kk");

  await useLocale(context, baseURL!, "kk");
  const kk = messages("kk");
  await page.goto("/clerk/register");
  const iin = page.getByLabel(kk.staff.intake.iin, { exact: true });
  await iin.fill(applicant.iin);
  await expect(page.getByLabel(kk.staff.intake.lastName, { exact: true })).toHaveValue(applicant.lastName);
  await expect(page.getByTestId("contacts-on-file")).toBeVisible();

  // twelve digits replaced by twelve others at once, as a paste does
  await iin.fill(newcomer.iin);
  await expect(page.getByText(kk.staff.intake.knownApplicant)).toHaveCount(0);
  await expect(page.getByTestId("contacts-on-file")).toHaveCount(0);
  const lastName = page.getByLabel(kk.staff.intake.lastName, { exact: true });
  await expect(lastName).toHaveValue("");
  await expect(lastName).not.toHaveAttribute("readonly", "");
  // the contacts are asked again, empty: nothing of the first teacher's would be notified
  await expect(page.getByLabel(kk.staff.intake.phone, { exact: true })).toHaveValue("");
});
