// The appeal route as its two people live it: a teacher whose package was refused files a
// complaint from her account (on a phone, in Kazakh); the head of the school answers it from her
// queue, where it stands with its deadline; the teacher then reads the answer in her package's
// timeline and downloads it as a paper.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { ALL_DOCUMENTS_PRESENT, makeUniqueTeacher } from "../../prisma/factories";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { actorByLogin, e2eDb, registerAtOffice, take } from "../staff/fixtures";
import { formatDateTime } from "../../lib/i18n/format";
import { messages, savedSession, SIGNED_OUT, useLocale } from "../support";
import { signInTeacherByCode, uniqueMobilePhone } from "./teacher-code";

const COMPLAINT = "Еңбек кітапшасының көшірмесін өтінішпен бірге тапсырдым, бас тартуды қайта қарауды сұраймын.";
const ANSWER = "Шағым қаралды: тіркеу кезінде еңбек кітапшасының көшірмесі тапсырылмаған, бас тарту негізді.";

test.use({ storageState: SIGNED_OUT });

test("a refused teacher files a complaint from her account, the head answers it, and the answer joins her timeline", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const kk = messages("kk");
  const teacher = makeUniqueTeacher({ locale: "kk", phone: uniqueMobilePhone() });
  const { applicationId, registrationNumber } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login, teacher);
  await take(DEMO_ACCOUNTS.executor.login, applicationId);
  await refuseDocuments({ db: e2eDb(), now: () => new Date() }, await actorByLogin(DEMO_ACCOUNTS.executor.login), {
    applicationId,
    marks: { ...ALL_DOCUMENTS_PRESENT, EMPLOYMENT_RECORD: "MISSING" },
    groundCodes: ["INCOMPLETE_PACKAGE"],
    missingCodes: ["EMPLOYMENT_RECORD"],
  });

  // the teacher, on a phone
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await useLocale(phone, baseURL!, "kk");
  const page = await phone.newPage();
  // her account came with the registration; she signs in by the code sent to her phone
  await signInTeacherByCode(page, "kk", teacher.iin);
  await page.goto("/applicant");
  const card = page.getByTestId("my-application").filter({ has: page.getByRole("heading", { level: 2, name: registrationNumber }) });
  // the refusal says how to appeal, from the version's route: the head in 5 working days, then the authorized body, a court
  const route = card.getByTestId("appeal-route");
  await expect(route).toContainText(kk.complaints.appeal.title);
  await expect(route.getByRole("listitem")).toHaveCount(3);
  await expect(route.getByRole("listitem").first()).toContainText("5 жұмыс күні");

  await card.getByText(kk.complaints.file.title).click();
  await card.getByLabel(kk.complaints.file.text).fill("қысқа");
  await card.getByRole("button", { name: kk.complaints.file.submit }).click();
  await expect(card.getByRole("alert").first()).toContainText(kk.complaints.errors.textRequired.replace("{min}", "20"));
  await card.getByLabel(kk.complaints.file.text).fill(COMPLAINT);
  await card.getByRole("button", { name: kk.complaints.file.submit }).click();
  // the page shows it filed, with its due time, and no second form while it is open
  const filed = card.getByTestId("complaint");
  await expect(filed).toContainText(kk.complaints.states.FILED);
  await expect(filed).toContainText(COMPLAINT);
  await expect(card.getByText(kk.complaints.file.title)).toHaveCount(0);
  const stored = await e2eDb().complaint.findFirstOrThrow({ where: { applicationId }, select: { id: true, state: true, text: true, dueAt: true } });
  expect(stored).toMatchObject({ state: "FILED", text: COMPLAINT });
  await expect(filed).toContainText(kk.complaints.mine.due.replace("{due}", formatDateTime(stored.dueAt, "kk")));

  // the head of the school: the complaint stands in her queue with its deadline, and she answers it
  const office = await browser.newContext({ storageState: savedSession("head") });
  await useLocale(office, baseURL!, "kk");
  const head = await office.newPage();
  await head.goto("/head");
  await expect(head.getByRole("heading", { level: 1, name: kk.workspaces.head.title })).toBeVisible();
  const row = head.getByTestId("complaint-row").filter({ hasText: registrationNumber });
  await expect(row).toContainText(kk.complaints.states.FILED);
  const complaint = head.locator(`#complaint-${stored.id}`);
  await expect(complaint).toContainText(COMPLAINT);
  await complaint.getByLabel(kk.complaints.head.answer).fill(ANSWER);
  await complaint.getByRole("button", { name: kk.complaints.head.submit }).click();
  await expect(complaint.getByTestId("complaint-answer")).toContainText(ANSWER);
  await expect(row).toContainText(kk.complaints.states.ANSWERED);
  expect(await e2eDb().complaint.findUniqueOrThrow({ where: { id: stored.id }, select: { state: true, answerText: true } })).toEqual({ state: "ANSWERED", answerText: ANSWER });
  await office.close();

  // the teacher reads the answer, sees it in the timeline and downloads its paper
  await page.reload();
  await expect(card.getByTestId("complaint-answer")).toContainText(ANSWER);
  const steps = card.getByTestId("package-steps").getByRole("listitem");
  await expect(steps.filter({ hasText: kk.events.COMPLAINT_FILED })).toHaveCount(1);
  await expect(steps.filter({ hasText: kk.events.COMPLAINT_ANSWERED })).toContainText(DEMO_ACCOUNTS.head.fullName);
  const paper = await phone.request.get(`/api/complaints/${stored.id}/answer`);
  expect(paper.status()).toBe(200);
  expect(paper.headers()["content-type"]).toBe("application/pdf");
  await phone.close();
});
