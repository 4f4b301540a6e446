// Who may call which server action, asked over HTTP the way an attacker would (server actions are
// public endpoints: hiding a button proves nothing). Each visitor calls each action with input that
// would be valid for the role it belongs to, on a package of the visitor's own organization and of
// another; the answer and what is stored are checked. Every action of the build must have a row in
// lib/domain/entry-points.ts.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { SERVER_ACTIONS } from "../../lib/domain/entry-points";
import { MESSAGES } from "../../lib/i18n/messages";
import { serverActionsOnDisk } from "../../tests/entry-points-on-disk";
import { callServerAction, serverActions, type ServerActionResponse } from "../server-actions";
import { ALL_DOCUMENTS_PRESENT, createTeacherAccount, makeUniqueTeacher } from "../../prisma/factories";
import { fileComplaint } from "../../lib/complaints/file-complaint";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { acceptAtOffice, actorByLogin, arriveFromCorp, e2eDb, registerAtOffice, storedApplication, take } from "../staff/fixtures";
import { DEMO_TEACHER_IIN, savedSessionCookie } from "../support";
import { VISITOR_SESSION, VISITORS, type Visitor } from "./route-matrix";
import { freshClerk } from "../auth/accounts";

// a school of another district, with its own clerk and executor
const OTHER_CLERK = "clerk.beineu-sch-01";
const OTHER_EXECUTOR = "executor.beineu-sch-01";
const en = MESSAGES.en;

/**
 * The actions of the entry-point map (which a unit test holds to the source) but the inline ones:
 * those, like the language switch, have no stable name in the build (e2e/fuzz covers them).
 */
const INLINE = new Set(serverActionsOnDisk().filter((action) => action.isInline).map((action) => action.key));
const NAMED = new Set(Object.keys(SERVER_ACTIONS).filter((name) => !INLINE.has(name)));

const cookies = new Map<Visitor, string>();
test.beforeAll(() => {
  cookies.set("ANONYMOUS", "");
  for (const [visitor, session] of Object.entries(VISITOR_SESSION)) cookies.set(visitor as Visitor, savedSessionCookie(session));
});

const asEnglish = (cookie: string) => [cookie, `${LOCALE_COOKIE}=en`].filter(Boolean).join("; ");

async function call(baseURL: string, visitor: Visitor, name: string, body: Parameters<typeof callServerAction>[2]): Promise<ServerActionResponse> {
  const action = serverActions().get(name);
  if (!action) throw new Error(`no server action ${name} in the build`);
  return callServerAction(baseURL, action, body, { cookie: asEnglish(cookies.get(visitor)!) });
}

/** Signed out, a workspace's action is turned away before it runs: sign-in, or a refusal. */
function expectTurnedAway(response: ServerActionResponse, what: string) {
  if (response.status >= 300 && response.status < 400) {
    expect(response.headers.get("location") ?? "", what).toContain("/sign-in");
    return;
  }
  expect(response.status, what).toBeLessThan(500);
  const value = response.value as { ok?: boolean } | null | undefined;
  expect(value?.ok ?? false, `${what}: ${response.raw.slice(0, 200)}`).toBe(false);
}

function expectRefused(response: ServerActionResponse, what: string, messages: string[]) {
  expect(response.status, what).toBe(200);
  const value = response.value as { ok: boolean; message?: string };
  expect(value.ok, `${what}: ${response.raw.slice(0, 200)}`).toBe(false);
  expect(messages, `${what}: "${value.message}"`).toContain(value.message);
}

test("every server action of the build has a row in the entry-point map", () => {
  const inBuild = [...serverActions().keys()];
  expect(inBuild.filter((name) => !NAMED.has(name))).toEqual([]);
  expect([...NAMED].filter((name) => !inBuild.includes(name))).toEqual([]);
});

test("taking an office package for review: only its own organization's executor; another organization's is not found", async ({ baseURL }) => {
  test.setTimeout(90_000);
  for (const visitor of VISITORS) {
    for (const whose of ["own", "other"] as const) {
      const { applicationId } = await registerAtOffice(whose === "own" ? DEMO_ACCOUNTS.clerk.login : OTHER_CLERK);
      const before = await storedApplication(applicationId);
      const response = await call(baseURL!, visitor, "runTransition", { json: [{ applicationId, action: "TAKE_FOR_REVIEW", expectedVersion: before.version }] });
      const what = `${visitor} takes ${whose}`;
      const after = await storedApplication(applicationId);
      if (visitor === "EXECUTOR" && whose === "own") {
        expect(response.value, what).toEqual({ ok: true, data: { state: "UNDER_REVIEW" } });
        expect(after.version, what).toBe(before.version + 1);
        continue;
      }
      if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
      else if (visitor === "EXECUTOR") expectRefused(response, what, [en.errors.applicationNotFound]);
      else expectRefused(response, what, [en.errors.applicationNotFound, en.errors.actionNotAllowed]);
      expect(after, `${what}: nothing stored`).toEqual(before);
    }
  }
});

test("deciding on an office package: only the executor checking it; another organization's is not found", async ({ baseURL }) => {
  test.setTimeout(90_000);
  for (const visitor of VISITORS) {
    for (const whose of ["own", "other"] as const) {
      const { applicationId } = await registerAtOffice(whose === "own" ? DEMO_ACCOUNTS.clerk.login : OTHER_CLERK);
      await take(whose === "own" ? DEMO_ACCOUNTS.executor.login : OTHER_EXECUTOR, applicationId);
      const before = await storedApplication(applicationId);
      const decision = { applicationId, expectedVersion: before.version, marks: { ...ALL_DOCUMENTS_PRESENT }, decision: "ACCEPT" };
      const response = await call(baseURL!, visitor, "decide", { json: [decision] });
      const what = `${visitor} decides ${whose}`;
      const after = await storedApplication(applicationId);
      if (visitor === "EXECUTOR" && whose === "own") {
        expect(response.value, what).toEqual({ ok: true, data: { state: "ACCEPTED" } });
        continue;
      }
      if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
      else if (visitor === "EXECUTOR") expectRefused(response, what, [en.errors.applicationNotFound]);
      else expectRefused(response, what, [en.errors.applicationNotFound, en.errors.actionNotAllowed, en.errors.takenByAnotherExecutor]);
      expect(after, `${what}: nothing stored`).toEqual(before);
    }
  }
});

/** The hand-over form as the clerk fills it in: the applicant herself, her identity document checked unless told. */
function handoverForm(applicationId: string, version: number, { isIdentityChecked = true } = {}) {
  const form = new FormData();
  form.append("applicationId", applicationId);
  form.append("expectedVersion", String(version));
  form.append("recipient", "APPLICANT");
  if (isIdentityChecked) form.append("isIdentityChecked", "on");
  return { form };
}

test("handing over an office result: only its own organization's clerk, and only with the identity checked; another organization's is not found", async ({ baseURL }) => {
  test.setTimeout(120_000);
  for (const visitor of VISITORS) {
    for (const whose of ["own", "other"] as const) {
      const { applicationId } = await (whose === "own" ? acceptAtOffice(DEMO_ACCOUNTS.clerk.login, DEMO_ACCOUNTS.executor.login) : acceptAtOffice(OTHER_CLERK, OTHER_EXECUTOR));
      const before = await storedApplication(applicationId);
      const what = `${visitor} hands over ${whose}`;
      if (visitor === "CLERK" && whose === "own") {
        const unchecked = await call(baseURL!, visitor, "issueResultAction", handoverForm(applicationId, before.version, { isIdentityChecked: false }));
        expectRefused(unchecked, `${what} without the identity check`, [en.resultHandover.errors.invalid]);
        expect((unchecked.value as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({ isIdentityChecked: en.resultHandover.errors.identityNotChecked });
        expect(await storedApplication(applicationId), `${what} without the identity check: nothing stored`).toEqual(before);
        const response = await call(baseURL!, visitor, "issueResultAction", handoverForm(applicationId, before.version));
        expect(response.value, what).toEqual({ ok: true, data: { state: "RESULT_ISSUED" } });
        expect(await storedApplication(applicationId), what).toMatchObject({ state: "RESULT_ISSUED", resultRecipient: "APPLICANT", isRecipientIdentityChecked: true });
        continue;
      }
      const response = await call(baseURL!, visitor, "issueResultAction", handoverForm(applicationId, before.version));
      if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
      else if (visitor === "CLERK") expectRefused(response, what, [en.errors.applicationNotFound]);
      else expectRefused(response, what, [en.errors.applicationNotFound, en.errors.actionNotAllowed]);
      expect(await storedApplication(applicationId), `${what}: nothing stored`).toEqual(before);
    }
  }
});

test("on the State Corporation route the office clerk checks (MANGYSTAU-2018, p.10): only her takes and decides; the executor is refused", async ({ baseURL }) => {
  test.setTimeout(120_000);
  for (const visitor of VISITORS) {
    for (const whose of ["own", "other"] as const) {
      const clerkLogin = whose === "own" ? DEMO_ACCOUNTS.clerk.login : OTHER_CLERK;
      const { applicationId } = await arriveFromCorp(clerkLogin);
      const before = await storedApplication(applicationId);
      const taking = await call(baseURL!, visitor, "runTransition", { json: [{ applicationId, action: "TAKE_FOR_REVIEW", expectedVersion: before.version }] });
      const what = `${visitor} takes ${whose} State Corporation package`;
      const after = await storedApplication(applicationId);
      if (visitor === "CLERK" && whose === "own") {
        expect(taking.value, what).toEqual({ ok: true, data: { state: "UNDER_REVIEW" } });
        const decision = { applicationId, expectedVersion: after.version, marks: { ...ALL_DOCUMENTS_PRESENT }, decision: "ACCEPT" };
        expect((await call(baseURL!, visitor, "decide", { json: [decision] })).value, `${what}, decides`).toEqual({ ok: true, data: { state: "ACCEPTED" } });
        continue;
      }
      if (visitor === "ANONYMOUS") expectTurnedAway(taking, what);
      else if (visitor === "CLERK") expectRefused(taking, what, [en.errors.applicationNotFound]);
      else if (visitor === "EXECUTOR" && whose === "own") expectRefused(taking, what, [en.errors.actionNotAllowed]);
      else expectRefused(taking, what, [en.errors.applicationNotFound, en.errors.actionNotAllowed]);
      expect(after, `${what}: nothing stored`).toEqual(before);

      // and once its clerk has taken it, nobody else decides on it
      await take(clerkLogin, applicationId);
      const taken = await storedApplication(applicationId);
      const decision = { applicationId, expectedVersion: taken.version, marks: { ...ALL_DOCUMENTS_PRESENT }, decision: "ACCEPT" };
      const deciding = await call(baseURL!, visitor, "decide", { json: [decision] });
      if (visitor === "ANONYMOUS") expectTurnedAway(deciding, `${what}, decides`);
      else if (visitor === "EXECUTOR" && whose === "own") expectRefused(deciding, `${what}, decides`, [en.errors.actionNotAllowed]);
      else expectRefused(deciding, `${what}, decides`, [en.errors.applicationNotFound, en.errors.actionNotAllowed, en.errors.takenByAnotherExecutor]);
      expect(await storedApplication(applicationId), `${what}, decides: nothing stored`).toEqual(taken);
    }
  }
});

test("registering a package: only the office clerk and the State Corporation operator", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const provider = await e2eDb().organization.findUniqueOrThrow({ where: { code: DEMO_ACCOUNTS.clerk.organization }, select: { id: true } });
  for (const visitor of VISITORS) {
    const teacher = makeUniqueTeacher({ locale: "en" });
    const form = new FormData();
    // the operator names the provider the package goes to; an office clerk registers for their own
    const fields = { ...teacher, purpose: "ASSIGN", categorySought: "FIRST", ...(visitor === "CORP_OPERATOR" ? { providerId: provider.id } : {}) };
    for (const [field, value] of Object.entries(fields)) form.append(field, String(value));
    for (const code of Object.keys(ALL_DOCUMENTS_PRESENT)) form.append("documents", code);
    const response = await call(baseURL!, visitor, "registerIntake", { form });
    const stored = await e2eDb().application.count({ where: { applicant: { iin: teacher.iin } } });
    const what = `${visitor} registers`;
    if (visitor === "CLERK" || visitor === "CORP_OPERATOR") {
      expect((response.value as { ok: boolean }).ok, `${what}: ${response.raw.slice(0, 300)}`).toBe(true);
      expect(stored, what).toBe(1);
      continue;
    }
    if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
    else expectRefused(response, what, [en.errors.actionNotAllowed, en.errors.forbidden]);
    expect(stored, `${what}: nothing stored`).toBe(0);
  }
});

test("looking up a teacher or a pre-registration code: intake staff only, and the teacher's contacts only masked", async ({ baseURL }) => {
  const record = await e2eDb().applicant.findUniqueOrThrow({ where: { iin: DEMO_TEACHER_IIN }, select: { id: true, phone: true, email: true } });
  for (const visitor of VISITORS) {
    const since = new Date();
    const applicant = await call(baseURL!, visitor, "lookupApplicant", { json: [DEMO_TEACHER_IIN] });
    const prefill = await call(baseURL!, visitor, "prefillFromCode", { json: ["ABCD-1234"] });
    const audited = await e2eDb().auditEvent.findMany({ where: { action: "APPLICANT_LOOKUP", at: { gte: since } }, select: { actorRole: true, data: true } });
    if (visitor === "CLERK" || visitor === "CORP_OPERATOR") {
      expect(applicant.value, `${visitor} looks up a teacher`).toMatchObject({ ok: true, data: { lastName: expect.any(String), maskedPhone: expect.stringMatching(/^\+7 •••/) } });
      // issue 14, finding 1: the answer carried her phone and e-mail in full
      expect(record.phone && record.email, "the demo teacher has a phone and an e-mail on file").toBeTruthy();
      for (const contact of [record.phone!, record.phone!.replace(/\D/g, "").slice(-10), record.email!]) {
        expect(applicant.raw, `${visitor}: no contact of the teacher in full`).not.toContain(contact);
      }
      expect(audited.filter((e) => e.actorRole === visitor && (e.data as { applicantId?: string }).applicantId === record.id), `${visitor}'s look-up is audited`).toHaveLength(1);
      expect(prefill.value, `${visitor} prefills from an unknown code`).toMatchObject({ ok: true });
      continue;
    }
    expect(audited.filter((e) => e.actorRole === visitor), `${visitor}: a refused look-up reads nothing`).toEqual([]);
    if (visitor === "ANONYMOUS") {
      expectTurnedAway(applicant, `${visitor} looks up a teacher`);
      expectTurnedAway(prefill, `${visitor} prefills`);
      continue;
    }
    expectRefused(applicant, `${visitor} looks up a teacher`, [en.errors.forbidden]);
    expectRefused(prefill, `${visitor} prefills`, [en.errors.forbidden]);
  }
});

test("administration: the system administrator only; nothing changes for anyone else", async ({ baseURL }) => {
  const holidaysBefore = await e2eDb().holiday.count();
  const organizationsBefore = await e2eDb().organization.count();
  for (const visitor of VISITORS.filter((v) => v !== "SYSTEM_ADMIN")) {
    const holiday = new FormData();
    for (const [field, value] of Object.entries({ date: "2027-12-31", nameKk: "Сынақ", nameRu: "Тест", nameEn: "Test", source: "Test" })) holiday.append(field, value);
    const organization = new FormData();
    for (const [field, value] of Object.entries({ code: `TEST-${Date.now()}`, nameKk: "Мектеп", nameRu: "Школа", nameEn: "School", kind: "SCHOOL" })) organization.append(field, value);
    for (const [name, form] of [["addHolidayAction", holiday], ["createOrganizationAction", organization]] as const) {
      const response = await call(baseURL!, visitor, name, { form });
      const what = `${visitor} ${name}`;
      if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
      else {
        expect(response.status, what).toBe(200);
        expect(response.value, `${what}: ${response.raw.slice(0, 200)}`).toMatchObject({ ok: false, message: en.errors.forbidden });
      }
    }
  }
  expect(await e2eDb().holiday.count()).toBe(holidaysBefore);
  expect(await e2eDb().organization.count()).toBe(organizationsBefore);
});

/** A refused package of the demo teacher at the demo school (her saved session files about it), or of a teacher of school B. */
async function refusedPackage(whose: "demoTeacher" | "otherSchool"): Promise<string> {
  const demoTeacher = await e2eDb().applicant.findUniqueOrThrow({ where: { iin: DEMO_TEACHER_IIN }, select: { lastName: true, firstName: true, middleName: true } });
  const asDemoTeacher = { iin: DEMO_TEACHER_IIN, lastName: demoTeacher.lastName, firstName: demoTeacher.firstName, middleName: demoTeacher.middleName ?? undefined };
  const [clerk, executor] = whose === "demoTeacher" ? [DEMO_ACCOUNTS.clerk.login, DEMO_ACCOUNTS.executor.login] : [OTHER_CLERK, OTHER_EXECUTOR];
  const { applicationId } = await registerAtOffice(clerk, whose === "demoTeacher" ? asDemoTeacher : {});
  await take(executor, applicationId);
  await refuseDocuments({ db: e2eDb(), now: () => new Date() }, await actorByLogin(executor), {
    applicationId,
    marks: { ...ALL_DOCUMENTS_PRESENT, EMPLOYMENT_RECORD: "MISSING" },
    groundCodes: ["INCOMPLETE_PACKAGE"],
    missingCodes: ["EMPLOYMENT_RECORD"],
  });
  return applicationId;
}

/** A form action with a page sends a visitor without its permission where the page would (sign-in, or the 403 page); the use-case refuses the rest. */
function expectNotAllowed(response: ServerActionResponse, what: string, messages: string[]) {
  const redirect = response.status >= 300 && response.status < 400 ? response.headers.get("location") : response.headers.get("x-action-redirect");
  if (redirect) {
    expect(redirect, what).toMatch(/\/sign-in|\/forbidden/);
    return;
  }
  expectRefused(response, what, messages);
}

const COMPLAINT_TEXT = "Прошу пересмотреть отказ: трудовая книжка была в пакете.";
const ANSWER_TEXT = "Жалоба рассмотрена: трудовой книжки в пакете не было, отказ обоснован.";

test("filing a complaint: only the package's own teacher; answering it: only the head of its provider", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const complaintForm = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  };
  for (const visitor of VISITORS) {
    const applicationId = await refusedPackage("demoTeacher");
    const response = await call(baseURL!, visitor, "fileComplaintAction", { form: complaintForm({ applicationId, text: COMPLAINT_TEXT }) });
    const filed = await e2eDb().complaint.count({ where: { applicationId } });
    const what = `${visitor} files about the demo teacher's package`;
    if (visitor === "APPLICANT") {
      expect(response.value, `${what}: ${response.raw.slice(0, 300)}`).toMatchObject({ ok: true });
      expect(filed, what).toBe(1);
      continue;
    }
    expectNotAllowed(response, what, [en.errors.forbidden, en.errors.actionNotAllowed]);
    expect(filed, `${what}: nothing stored`).toBe(0);
  }
  // another teacher's package does not exist for her
  const foreign = await refusedPackage("otherSchool");
  const response = await call(baseURL!, "APPLICANT", "fileComplaintAction", { form: complaintForm({ applicationId: foreign, text: COMPLAINT_TEXT }) });
  expectRefused(response, "the teacher files about another teacher's package", [en.errors.applicationNotFound]);

  // answering: a complaint of the demo school and one of school B; the head of the demo school goes last
  const teacher = await actorByLogin(DEMO_TEACHER_IIN);
  const ctx = { db: e2eDb(), now: () => new Date() };
  const own = await fileComplaint(ctx, teacher, { applicationId: await refusedPackage("demoTeacher"), text: COMPLAINT_TEXT });
  const otherSchoolTeacher = await e2eDb().application.findUniqueOrThrow({ where: { id: foreign }, select: { applicant: { select: { iin: true } } } });
  const other = await fileComplaint(ctx, await createTeacherAccount(e2eDb(), { ...makeUniqueTeacher(), iin: otherSchoolTeacher.applicant.iin }), { applicationId: foreign, text: COMPLAINT_TEXT });
  for (const visitor of [...VISITORS.filter((v) => v !== "PROVIDER_HEAD"), "PROVIDER_HEAD" as const]) {
    for (const [whose, complaintId] of [["other", other.complaintId], ["own", own.complaintId]] as const) {
      const answer = await call(baseURL!, visitor, "answerComplaintAction", { form: complaintForm({ complaintId, text: ANSWER_TEXT }) });
      const stored = await e2eDb().complaint.findUniqueOrThrow({ where: { id: complaintId }, select: { state: true } });
      const what = `${visitor} answers ${whose}`;
      if (visitor === "PROVIDER_HEAD" && whose === "own") {
        expect(answer.value, `${what}: ${answer.raw.slice(0, 300)}`).toMatchObject({ ok: true });
        expect(stored.state, what).toBe("ANSWERED");
        continue;
      }
      if (visitor === "PROVIDER_HEAD") expectRefused(answer, what, [en.complaints.errors.notFound]);
      else expectNotAllowed(answer, what, [en.errors.forbidden, en.errors.actionNotAllowed]);
      expect(stored.state, `${what}: still open`).toBe("FILED");
    }
  }
});

test("resetting a staff password: the system administrator only; everyone else changes nothing", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const target = await freshClerk("clerk.matrix-reset");
  const before = await e2eDb().user.findUniqueOrThrow({ where: { id: target.userId }, select: { passwordHash: true, mustChangePassword: true } });
  for (const visitor of VISITORS.filter((v) => v !== "SYSTEM_ADMIN")) {
    const form = new FormData();
    form.set("id", target.userId);
    const response = await call(baseURL!, visitor, "resetPasswordAction", { form });
    const what = `${visitor} resets a clerk's password`;
    if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
    else expectRefused(response, what, [en.errors.forbidden]);
  }
  expect(await e2eDb().user.findUniqueOrThrow({ where: { id: target.userId }, select: { passwordHash: true, mustChangePassword: true } })).toEqual(before);
  const form = new FormData();
  form.set("id", target.userId);
  const response = await call(baseURL!, "SYSTEM_ADMIN", "resetPasswordAction", { form });
  const value = response.value as { ok: boolean; data?: { oneTimePassword?: string } };
  expect(value.ok, response.raw.slice(0, 200)).toBe(true);
  expect(value.data?.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: target.userId }, select: { mustChangePassword: true } })).mustChangePassword).toBe(true);
});

test("a contact change: a teacher's own only; staff are refused and no code is sent", async ({ baseURL }) => {
  const since = new Date(Date.now() - 1_000);
  for (const visitor of VISITORS.filter((v) => v !== "APPLICANT")) {
    const form = new FormData();
    form.set("kind", "phone");
    form.set("phone", "+7 701 000 00 00");
    const what = `${visitor} asks for a contact code`;
    const response = await call(baseURL!, visitor, "requestContactCodeAction", { form });
    if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
    else expectRefused(response, what, [en.errors.forbidden]);
    const confirm = new FormData();
    confirm.set("code", "123456");
    const confirmed = await call(baseURL!, visitor, "confirmContactChangeAction", { form: confirm });
    if (visitor === "ANONYMOUS") expectTurnedAway(confirmed, `${visitor} confirms a contact`);
    else expectRefused(confirmed, `${visitor} confirms a contact`, [en.errors.forbidden]);
  }
  expect(await e2eDb().smsOutboxMessage.count({ where: { recipient: { contains: "7010000000" }, receivedAt: { gte: since } } })).toBe(0);
});

test("asking for a code to confirm an online application: only a teacher, for her own account; nothing is sent for anyone else", async ({ baseURL }) => {
  const db = e2eDb();
  for (const visitor of VISITORS) {
    const before = await db.signInCode.count({ where: { kind: "SUBMISSION" } });
    const response = await call(baseURL!, visitor, "requestSubmissionCodeAction", { json: [{}] });
    const what = `${visitor} asks for a submission code`;
    const after = await db.signInCode.count({ where: { kind: "SUBMISSION" } });
    if (visitor === "APPLICANT") {
      // to the demo teacher's own contacts on file, masked
      expect(response.value, what).toMatchObject({ ok: true, data: { destination: expect.stringContaining("***") } });
      expect(after, what).toBe(before + 1);
      continue;
    }
    if (visitor === "ANONYMOUS") expectTurnedAway(response, what);
    else expectRefused(response, what, [en.errors.forbidden]);
    expect(after, `${what}: nothing stored`).toBe(before);
  }
});
