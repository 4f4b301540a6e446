// Issue 16, item 5: where the version in force serves the e-government portal's channel, the
// signed-in teacher applies online: the prepare form's fields, a scan of each checklist document
// and a one-time code sent to her contacts on file; one transaction registers the package at her
// chosen provider as received through the portal, with the channel's term from the version.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { acceptTeacherCode } from "../../lib/auth/sign-in-codes";
import type { Actor } from "../../lib/domain/permissions";
import { PROVIDER_HOURS, addWorkingDays, localDateTime } from "../../lib/domain/working-calendar";
import type { Transports } from "../../lib/notifications/transports";
import { requestSubmissionCode } from "../../lib/online/submission-code";
import { submitOnlineApplication, type OnlineScan } from "../../lib/online/submit-online-application";
import { listApplicationDetails } from "../../lib/applications/application-detail";
import { loadQueue } from "../../lib/applications/staff-queue";
import { waitingCounts } from "../../lib/dashboard/aggregate";
import { parseDashboardFilter } from "../../lib/dashboard/filters";
import { loadWorkingCalendar } from "../../lib/regulation/working-calendar";
import { LocalFolderStorage } from "../../lib/storage/local-folder-storage";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { PDF_SCAN, makeIntake, makeUniqueTeacher, withPortalChannelServed } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const storageRoot = mkdtempSync(path.join(tmpdir(), "sanat-online-"));
const storage = new LocalFolderStorage(storageRoot);
// Tuesday 12 January 2027, 11:00 in Aqtau: RULES-2020 is in force (from 1 January 2027)
const UNDER_2020 = localDateTime("2027-01-12", "11:00");
const REQUIRED = ["APPLICATION_FORM", "IDENTITY_DOCUMENT", "EDUCATION_DIPLOMA", "TRAINING_CERTIFICATE", "EMPLOYMENT_RECORD"];
let clientSeq = 0;
const newClient = () => `online-${process.pid}-${++clientSeq}`;

beforeAll(async () => {
  // this file's own database: RULES-2020's portal channel served, as an administrator's version would
  const version = await testDb.db.regulationVersion.findUniqueOrThrow({ where: { code: "RULES-2020" }, select: { rules: true } });
  await testDb.db.regulationVersion.update({ where: { code: "RULES-2020" }, data: { rules: withPortalChannelServed(version.rules) as object } });
});

function recordingTransports() {
  const sent: { to: string; text: string }[] = [];
  const transports: Transports = {
    email: { name: "test", send: async ({ to, text }) => void sent.push({ to, text }) },
    sms: { name: "test", send: async ({ to, text }) => void sent.push({ to, text }) },
  };
  return { sent, transports, lastCode: () => /\b(\d{6})\b/.exec(sent.at(-1)?.text ?? "")?.[1] ?? "" };
}

/** A teacher with an account (from a first package at a school's counter in 2026) and her actor. */
async function teacherWithAccount() {
  const db = testDb.db;
  const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
  const person = makeUniqueTeacher({ phone: "+77011231285", locale: "ru" });
  await registerPackage(contextAt(db), clerk, makeIntake({}, person));
  const user = await db.user.findUniqueOrThrow({ where: { login: person.iin }, select: { id: true, fullName: true, applicantId: true } });
  const actor: Actor = { userId: user.id, name: user.fullName, role: "APPLICANT", organizationId: null, applicantId: user.applicantId };
  return { person, actor };
}

function applicationOf(person: ReturnType<typeof makeUniqueTeacher>, providerId: string, overrides: Record<string, string> = {}) {
  return {
    iin: person.iin,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName ?? "",
    phone: person.phone ?? "",
    email: "",
    locale: "ru",
    purpose: "ASSIGN",
    categorySought: "PEDAGOG_MODERATOR",
    categoryHeld: "",
    providerId,
    ...overrides,
  };
}

const scansOf = (codes: string[]): OnlineScan[] => codes.map((documentCode) => ({ documentCode, fileName: `${documentCode.toLowerCase()}.pdf`, bytes: PDF_SCAN }));
const storedFiles = (): string[] => readdirSync(storageRoot, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

async function failure(promise: Promise<unknown>): Promise<{ code?: string; messageKey?: string; fieldErrors?: Record<string, string> }> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error as never,
  );
}

async function portalPackagesOf(applicantId: string | null) {
  return testDb.db.application.count({ where: { applicantId: applicantId!, channel: "E_GOV_PORTAL" } });
}

describe("a teacher's online application", () => {
  it("is registered as received through the portal, with its term from the version, her scans, the audit event and the notices; the department's executor decides it", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, UNDER_2020);
    const { person, actor } = await teacherWithAccount();
    const department = await organizationId(db, "AKTAU-EDU");
    const mail = recordingTransports();

    const sent = await requestSubmissionCode(db, mail.transports, { userId: actor.userId, clientKey: newClient() }, ctx.now());
    expect(sent).toEqual({ kind: "sent", destination: "+7 *** *** 12 85", minutes: 5 });
    expect(mail.sent.at(-1)?.to).toBe("+77011231285");
    const stored = await db.signInCode.findFirstOrThrow({ where: { userId: actor.userId, kind: "SUBMISSION" }, select: { codeHash: true } });
    expect(stored.codeHash).not.toContain(mail.lastCode());

    ctx.advance(2);
    const submitted = await submitOnlineApplication(ctx, storage, actor, {
      application: applicationOf(person, department),
      scans: scansOf(REQUIRED),
      confirmation: { kind: "code", code: mail.lastCode() },
    });

    const row = await db.application.findUniqueOrThrow({
      where: { id: submitted.applicationId },
      select: { channel: true, state: true, providerId: true, receivedAt: true, registeredAt: true, serviceDeadline: true, documents: true, regulationVersion: { select: { code: true } } },
    });
    const calendar = await loadWorkingCalendar(db);
    expect(row).toMatchObject({ channel: "E_GOV_PORTAL", state: "REGISTERED", providerId: department, regulationVersion: { code: "RULES-2020" } });
    expect(row.registeredAt).toEqual(ctx.now());
    // the version's own term on the portal: 1 working day from receipt
    expect(row.serviceDeadline).toEqual(addWorkingDays(calendar, PROVIDER_HOURS, ctx.now(), 1));
    expect(row.documents).toEqual(Object.fromEntries(REQUIRED.map((code) => [code, "PRESENT"])));
    const scans = await db.scan.findMany({ where: { applicationId: submitted.applicationId }, select: { documentCode: true, contentType: true, uploadedById: true } });
    expect(scans.map((s) => s.documentCode).sort()).toEqual([...REQUIRED].sort());
    expect(scans.every((s) => s.contentType === "application/pdf" && s.uploadedById === actor.userId)).toBe(true);
    const events = await db.auditEvent.findMany({ where: { applicationId: submitted.applicationId }, select: { action: true, actorId: true, toState: true, data: true } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "SUBMIT_ONLINE", actorId: actor.userId, toState: "REGISTERED", data: { channel: "E_GOV_PORTAL", confirmation: { kind: "code" } } });
    expect(await db.notification.count({ where: { applicationId: submitted.applicationId } })).toBeGreaterThan(0);
    // the code is spent: the same code confirms nothing again
    expect(await db.signInCode.count({ where: { userId: actor.userId, kind: "SUBMISSION", usedAt: null } })).toBe(0);

    // in the department executor's queue, checked and decided as any other package
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-EDU");
    const queue = await loadQueue(db, executor as never, { view: "unassigned" } as never, "ru", ctx.now());
    expect(queue.rows.map((r) => r.id)).toContain(submitted.applicationId);
    const region = await createStaff(db, "REGION_ADMIN", "MANG-EDU");
    const waitingOnPortal = async () =>
      (await waitingCounts(db, region, parseDashboardFilter({}), ctx.now())).filter((w) => w.channel === "E_GOV_PORTAL").map((w) => [w.state, w.waiting]);
    expect(await waitingOnPortal()).toEqual([["REGISTERED", 1]]);
    ctx.advance(30);
    await takeForReview(ctx, executor, submitted.applicationId);
    ctx.advance(10);
    await acceptDocuments(ctx, executor, { applicationId: submitted.applicationId, marks: Object.fromEntries(REQUIRED.map((code) => [code, "PRESENT" as const])) });

    // decided, it waits for nobody: the result is the decision, read in her account
    expect(await waitingOnPortal()).toEqual([]);

    // in her account, with its timeline: received on the portal, taken, accepted; nothing left to collect
    const mine = (await listApplicationDetails(db, actor, "ru", { now: ctx.now() })).find((d) => d.id === submitted.applicationId);
    expect(mine).toMatchObject({ channel: "E_GOV_PORTAL", state: "ACCEPTED", collection: null });
    expect(mine!.timeline.map((e) => e.action)).toEqual(["SUBMIT_ONLINE", "TAKE_FOR_REVIEW", "ACCEPT_DOCUMENTS"]);
  });

  it("is the teacher's own: staff cannot submit, and a teacher cannot apply in another's IIN; nothing is saved", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, UNDER_2020);
    const { actor } = await teacherWithAccount();
    const other = await teacherWithAccount();
    const department = await organizationId(db, "AKTAU-EDU");
    const mail = recordingTransports();
    const clerk = await createStaff(db, "CLERK", "AKTAU-EDU");
    const asClerk = await failure(
      submitOnlineApplication(ctx, storage, clerk, { application: applicationOf(other.person, department), scans: scansOf(REQUIRED), confirmation: { kind: "code", code: "000000" } }),
    );
    expect(asClerk.code).toBe("FORBIDDEN");

    await requestSubmissionCode(db, mail.transports, { userId: actor.userId, clientKey: newClient() }, ctx.now());
    const before = storedFiles().length;
    const forAnother = await failure(
      submitOnlineApplication(ctx, storage, actor, { application: applicationOf(other.person, department), scans: scansOf(REQUIRED), confirmation: { kind: "code", code: mail.lastCode() } }),
    );
    expect(forAnother).toMatchObject({ code: "INVALID_INPUT", messageKey: "onlineApplication.notOwnAccount", fieldErrors: { iin: "onlineApplication.notOwnAccount" } });
    expect(await portalPackagesOf(actor.applicantId)).toBe(0);
    expect(await portalPackagesOf(other.actor.applicantId)).toBe(0);
    expect(storedFiles()).toHaveLength(before);
  });

  it("refuses a missing scan, a file that is not a scan by its content and one too large, each on its document, and keeps nothing", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, UNDER_2020);
    const { person, actor } = await teacherWithAccount();
    const department = await organizationId(db, "AKTAU-EDU");
    const mail = recordingTransports();
    await requestSubmissionCode(db, mail.transports, { userId: actor.userId, clientKey: newClient() }, ctx.now());
    const code = mail.lastCode();
    const before = storedFiles().length;

    const missing = await failure(
      submitOnlineApplication(ctx, storage, actor, { application: applicationOf(person, department), scans: scansOf(REQUIRED.slice(1)), confirmation: { kind: "code", code } }),
    );
    expect(missing).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { "scan.APPLICATION_FORM": "onlineApplication.missingScan" } });

    const renamedExe = [...scansOf(REQUIRED.slice(1)), { documentCode: "APPLICATION_FORM", fileName: "form.pdf", bytes: new TextEncoder().encode("MZ not a pdf") }];
    const wrongType = await failure(submitOnlineApplication(ctx, storage, actor, { application: applicationOf(person, department), scans: renamedExe, confirmation: { kind: "code", code } }));
    expect(wrongType).toMatchObject({ messageKey: "errors.scanWrongType", fieldErrors: { "scan.APPLICATION_FORM": "errors.scanWrongType" } });

    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(PDF_SCAN);
    const tooLarge = await failure(
      submitOnlineApplication(ctx, storage, actor, {
        application: applicationOf(person, department),
        scans: [...scansOf(REQUIRED.slice(1)), { documentCode: "APPLICATION_FORM", fileName: "form.pdf", bytes: huge }],
        confirmation: { kind: "code", code },
      }),
    );
    expect(tooLarge).toMatchObject({ messageKey: "errors.scanTooLarge", fieldErrors: { "scan.APPLICATION_FORM": "errors.scanTooLarge" } });

    // a category held asks one more document: its scan is missing
    const held = await failure(
      submitOnlineApplication(ctx, storage, actor, {
        application: applicationOf(person, department, { purpose: "CONFIRM", categoryHeld: "PEDAGOG_MODERATOR" }),
        scans: scansOf(REQUIRED),
        confirmation: { kind: "code", code },
      }),
    );
    expect(held.fieldErrors).toEqual({ "scan.CURRENT_CATEGORY_CERTIFICATE": "onlineApplication.missingScan" });

    expect(await portalPackagesOf(actor.applicantId)).toBe(0);
    expect(storedFiles()).toHaveLength(before);
    // refused before the confirmation: her code is still good for the corrected application
    const done = await submitOnlineApplication(ctx, storage, actor, { application: applicationOf(person, department), scans: scansOf(REQUIRED), confirmation: { kind: "code", code } });
    expect(done.registrationNumber).toMatch(/\d/);
  });

  it("refuses a wrong, an expired and a reused code, keeping neither the package nor its scans; a submission code never signs in", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, UNDER_2020);
    const { person, actor } = await teacherWithAccount();
    const department = await organizationId(db, "AKTAU-EDU");
    const mail = recordingTransports();
    const submit = (code: string) =>
      submitOnlineApplication(ctx, storage, actor, { application: applicationOf(person, department), scans: scansOf(REQUIRED), confirmation: { kind: "code", code } });
    await requestSubmissionCode(db, mail.transports, { userId: actor.userId, clientKey: newClient() }, ctx.now());
    const code = mail.lastCode();
    const before = storedFiles().length;

    const wrong = code === "123456" ? "654321" : "123456";
    expect(await failure(submit(wrong))).toMatchObject({ code: "INVALID_INPUT", messageKey: "onlineApplication.wrongCode", fieldErrors: { code: "onlineApplication.wrongCode" } });
    expect(await failure(submit(""))).toMatchObject({ fieldErrors: { code: "onlineApplication.missingCode" } });
    expect(await portalPackagesOf(actor.applicantId)).toBe(0);
    expect(storedFiles()).toHaveLength(before);
    expect(await db.signInCode.findFirstOrThrow({ where: { userId: actor.userId, kind: "SUBMISSION" }, select: { failedAttempts: true } })).toEqual({ failedAttempts: 1 });

    // the submission code is no sign-in code
    expect((await acceptTeacherCode(db, { iin: person.iin, code, clientKey: newClient() }, ctx.now())).kind).toBe("failed");

    ctx.advance(6);
    expect(await failure(submit(code))).toMatchObject({ messageKey: "onlineApplication.wrongCode" });
    expect(await portalPackagesOf(actor.applicantId)).toBe(0);

    await requestSubmissionCode(db, mail.transports, { userId: actor.userId, clientKey: newClient() }, ctx.now());
    const fresh = mail.lastCode();
    await submit(fresh);
    expect(await failure(submit(fresh))).toMatchObject({ messageKey: "onlineApplication.wrongCode" });
    expect(await portalPackagesOf(actor.applicantId)).toBe(1);
    expect(storedFiles()).toHaveLength(before + REQUIRED.length);
  });

  it("is limited: a fourth code within a quarter of an hour is refused", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, UNDER_2020);
    const { actor } = await teacherWithAccount();
    const mail = recordingTransports();
    for (let i = 0; i < 3; i++) expect((await requestSubmissionCode(db, mail.transports, { userId: actor.userId, clientKey: newClient() }, ctx.now())).kind).toBe("sent");
    expect((await requestSubmissionCode(db, mail.transports, { userId: actor.userId, clientKey: newClient() }, ctx.now())).kind).toBe("refused");
    expect(mail.sent).toHaveLength(3);
  });

  it("is not received under the seed's paper-only version (MANGYSTAU-2018): she prepares online instead", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, localDateTime("2026-12-15", "11:00"));
    const { person, actor } = await teacherWithAccount();
    const school = await organizationId(db, "AKTAU-SCH-07");
    const refused = await failure(
      submitOnlineApplication(ctx, storage, actor, { application: applicationOf(person, school, { categorySought: "FIRST" }), scans: scansOf(REQUIRED), confirmation: { kind: "code", code: "000000" } }),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", messageKey: "onlineApplication.notServed" });
    expect(await portalPackagesOf(actor.applicantId)).toBe(0);
  });
});
