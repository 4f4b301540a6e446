// Issue 14, finding 1: a clerk of one organization read another organization's teacher in full
// (name, phone, e-mail; unaudited, unlimited) and, by registering her with new contacts,
// rewrote her record, so her packages at the other organization were notified at the new ones.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APPLICANT_LOOKUP_ACTION, APPLICANT_LOOKUP_RATE_LIMITS, lookUpApplicant } from "../../lib/applicants/lookup-applicant";
import { AppError } from "../../lib/errors";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { makeIntake, makeUniqueTeacher, type PersonSeed } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

// clerk.aktau7's school, and a school of another district
const ORG_X = "AKTAU-SCH-07";
const ORG_Y = "BEINEU-SCH-01";

/** A teacher whose packages are all at organization Y, with contacts of her own. */
async function teacherOfOrganizationY(overrides: Partial<PersonSeed> = {}) {
  const db = testDb.db;
  const ctx = contextAt(db);
  const clerkY = await createStaff(db, "CLERK", ORG_Y);
  const teacher = makeUniqueTeacher({ phone: "+77011234547", email: "aigul.own@mail.kz", locale: "kk", ...overrides });
  const first = await registerPackage(ctx, clerkY, makeIntake({}, teacher));
  const second = await registerPackage(ctx, clerkY, makeIntake({ categorySought: "SECOND" }, teacher));
  return { teacher, packagesAtY: [first.applicationId, second.applicationId] };
}

async function expectRefusal(promise: Promise<unknown>, messageKey: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${messageKey}`).toBeInstanceOf(AppError);
  expect((error as AppError).messageKey).toBe(messageKey);
  return error as AppError;
}

describe("a clerk looking up another organization's teacher", () => {
  it("learns her name and her contacts masked, and the look-up is audited", async () => {
    const db = testDb.db;
    const { teacher } = await teacherOfOrganizationY();
    const clerkX = await createStaff(db, "CLERK", ORG_X);

    const answer = await lookUpApplicant(db, clerkX, teacher.iin, new Date());

    expect(answer).toEqual({
      lastName: teacher.lastName,
      firstName: teacher.firstName,
      middleName: teacher.middleName,
      maskedPhone: "+7 ••• ••• •• 47",
      maskedEmail: "a•••@mail.kz",
    });
    const said = JSON.stringify(answer);
    for (const secret of ["7011234547", "aigul.own", teacher.iin]) expect(said).not.toContain(secret);

    const audit = await db.auditEvent.findMany({ where: { actorId: clerkX.userId, action: APPLICANT_LOOKUP_ACTION } });
    const record = await db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { id: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ applicationId: null, actorRole: "CLERK", organizationId: clerkX.organizationId, data: { applicantId: record.id } });
    // the row names her by her record, never by her IIN, phone or e-mail
    expect(JSON.stringify(audit[0]!.data)).not.toContain(teacher.iin);
    expect((audit[0]!.data as { iin: string }).iin).toBe(`${teacher.iin.slice(0, 4)}******${teacher.iin.slice(10)}`);
  });

  it("is audited for a miss too, with no record to name", async () => {
    const db = testDb.db;
    const clerkX = await createStaff(db, "CLERK", ORG_X);
    const stranger = makeUniqueTeacher();
    expect(await lookUpApplicant(db, clerkX, stranger.iin, new Date())).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorId: clerkX.userId, action: APPLICANT_LOOKUP_ACTION } });
    expect(audit.data).toEqual({ applicantId: null, iin: `${stranger.iin.slice(0, 4)}******${stranger.iin.slice(10)}` });
  });

  it("is limited per staff member: the 61st look-up within the hour is refused with the minutes to wait", async () => {
    const db = testDb.db;
    const { teacher } = await teacherOfOrganizationY();
    const clerkX = await createStaff(db, "CLERK", ORG_X);
    const other = await createStaff(db, "CLERK", ORG_X);
    const { limit } = APPLICANT_LOOKUP_RATE_LIMITS.perStaffMember;
    const hour = new Date("2026-11-25T05:00:00Z");
    for (let i = 0; i < limit; i++) await lookUpApplicant(db, clerkX, teacher.iin, new Date(hour.getTime() + i * 1000));

    const refusal = await expectRefusal(lookUpApplicant(db, clerkX, teacher.iin, new Date(hour.getTime() + 20 * 60_000)), "staff.intake.lookupRateLimited");
    expect(refusal.code).toBe("RATE_LIMITED");
    expect(refusal.params).toEqual({ minutes: 40 });
    expect(refusal.details.retryAfterSeconds).toBe(40 * 60);
    // refused before reading: no audit row for it
    expect(await db.auditEvent.count({ where: { actorId: clerkX.userId, action: APPLICANT_LOOKUP_ACTION } })).toBe(limit);
    // the limit is the staff member's own, and the next hour is a new window
    expect(await lookUpApplicant(db, other, teacher.iin, new Date(hour.getTime() + 20 * 60_000))).not.toBeNull();
    expect(await lookUpApplicant(db, clerkX, teacher.iin, new Date(hour.getTime() + 60 * 60_000))).not.toBeNull();
  });
});

describe("a clerk registering another organization's teacher with new contacts", () => {
  it("gives the new contacts to this package only: her record and her other packages' notifications keep hers", async () => {
    const db = testDb.db;
    const { teacher, packagesAtY } = await teacherOfOrganizationY();
    const clerkX = await createStaff(db, "CLERK", ORG_X);
    const before = await db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { phone: true, email: true, locale: true, lastName: true } });

    const atX = await registerPackage(contextAt(db), clerkX, makeIntake({ phone: "+7 702 999 88 77", email: "someone.else@mail.kz", locale: "ru" }, teacher));

    // her record is as it was
    expect(await db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { phone: true, email: true, locale: true, lastName: true } })).toEqual(before);
    expect(before).toMatchObject({ phone: "+77011234547", email: "aigul.own@mail.kz", locale: "kk" });

    // the package at X keeps what was given for it, and its audit event says so
    const stored = await db.application.findUniqueOrThrow({ where: { id: atX.applicationId }, select: { contactPhone: true, contactEmail: true, contactLocale: true } });
    expect(stored).toEqual({ contactPhone: "+77029998877", contactEmail: "someone.else@mail.kz", contactLocale: "ru" });
    const registration = await db.auditEvent.findFirstOrThrow({ where: { applicationId: atX.applicationId }, select: { data: true } });
    expect(registration.data).toMatchObject({
      contacts: { source: "given", phone: "+77029998877", email: "someone.else@mail.kz", locale: "ru" },
      applicantRecord: "unchanged",
    });
    const newRecipients = await db.notification.findMany({ where: { applicationId: atX.applicationId }, select: { recipient: true, locale: true } });
    expect(newRecipients.map((n) => n.recipient).sort()).toEqual(["+77029998877", "someone.else@mail.kz"]);

    // her package at Y moves on: its notification goes to her own contacts, in her language
    const executorY = await createStaff(db, "EXECUTOR", ORG_Y);
    await takeForReview(contextAt(db), executorY, packagesAtY[0]!);
    const taken = await db.auditEvent.findFirstOrThrow({ where: { applicationId: packagesAtY[0]!, action: "TAKE_FOR_REVIEW" }, select: { id: true } });
    const notified = await db.notification.findMany({ where: { auditEventId: taken.id }, select: { recipient: true, locale: true } });
    expect(notified.map((n) => n.recipient).sort()).toEqual(["+77011234547", "aigul.own@mail.kz"]);
    expect(new Set(notified.map((n) => n.locale))).toEqual(new Set(["kk"]));
    // and nothing of any of her packages at Y ever went to the new contacts
    expect(await db.notification.count({ where: { applicationId: { in: packagesAtY }, recipient: { in: ["+77029998877", "someone.else@mail.kz"] } } })).toBe(0);
  });

  it("keeps the contacts on file for the package when the clerk says so", async () => {
    const db = testDb.db;
    const { teacher } = await teacherOfOrganizationY();
    const clerkX = await createStaff(db, "CLERK", ORG_X);
    // what the form would send with "the contacts on file" chosen: no phone, e-mail or language
    const { phone: _phone, email: _email, locale: _locale, ...person } = teacher;
    const { applicationId } = await registerPackage(contextAt(db), clerkX, { ...makeIntake({}, teacher), ...person, phone: undefined, email: undefined, locale: undefined, contacts: "onFile" });
    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { contactPhone: true, contactEmail: true, contactLocale: true } });
    expect(stored).toEqual({ contactPhone: "+77011234547", contactEmail: "aigul.own@mail.kz", contactLocale: "kk" });
    const registration = await db.auditEvent.findFirstOrThrow({ where: { applicationId }, select: { data: true } });
    expect(registration.data).toMatchObject({ contacts: { source: "onFile", phone: "+77011234547" }, applicantRecord: "unchanged" });
  });

  it("adds to her record only what it had none of, and the registration's audit event says what", async () => {
    const db = testDb.db;
    const { teacher } = await teacherOfOrganizationY({ email: undefined });
    const clerkX = await createStaff(db, "CLERK", ORG_X);
    const { applicationId } = await registerPackage(contextAt(db), clerkX, makeIntake({ phone: "+77029998877", email: "first.email@mail.kz" }, teacher));
    expect(await db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { phone: true, email: true } })).toEqual({
      phone: "+77011234547",
      email: "first.email@mail.kz",
    });
    const registration = await db.auditEvent.findFirstOrThrow({ where: { applicationId }, select: { data: true } });
    expect((registration.data as { applicantRecord: unknown }).applicantRecord).toEqual({ filled: { email: { from: null, to: "first.email@mail.kz" } } });
  });

  it("refuses a name other than the one on file, naming the fields and storing nothing", async () => {
    const db = testDb.db;
    const { teacher } = await teacherOfOrganizationY();
    const clerkX = await createStaff(db, "CLERK", ORG_X);
    const count = () => db.application.count({ where: { applicant: { iin: teacher.iin } } });
    const before = await count();
    const refusal = await expectRefusal(
      registerPackage(contextAt(db), clerkX, makeIntake({ lastName: "Басқаова", firstName: teacher.firstName.toUpperCase() }, teacher)),
      "staff.intake.nameNotOnFile",
    );
    expect(refusal.fieldErrors).toEqual({ lastName: "staff.intake.nameNotOnFile" });
    // the refusal does not tell the name on file
    expect(JSON.stringify(refusal.params)).not.toContain(teacher.lastName);
    expect(await count()).toBe(before);
    expect((await db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { lastName: true } })).lastName).toBe(teacher.lastName);
    // letter case and spacing are no other name
    await registerPackage(contextAt(db), clerkX, makeIntake({ lastName: ` ${teacher.lastName.toLowerCase()} ` }, teacher));
    expect(await count()).toBe(before + 1);
  });

  it("refuses 'the contacts on file' for a teacher not on file", async () => {
    const db = testDb.db;
    const clerkX = await createStaff(db, "CLERK", ORG_X);
    const refusal = await expectRefusal(registerPackage(contextAt(db), clerkX, makeIntake({ contacts: "onFile" })), "staff.intake.noContactsOnFile");
    expect(refusal.fieldErrors).toEqual({ contacts: "staff.intake.noContactsOnFile" });
  });
});

describe("packages registered before they kept their own contacts", () => {
  it("get the teacher's contacts from the migration, and without them are notified at her record", async () => {
    const db = testDb.db;
    const { teacher, packagesAtY } = await teacherOfOrganizationY();
    const [first, second] = packagesAtY as [string, string];
    await db.application.updateMany({ where: { id: { in: packagesAtY } }, data: { contactPhone: null, contactEmail: null, contactLocale: null } });

    // the migration's backfill, run again on the first package
    const migration = readFileSync(path.join(import.meta.dirname, "../../prisma/migrations/20261201124754_package_contacts/migration.sql"), "utf8");
    const backfill = migration.slice(migration.indexOf("UPDATE"));
    await db.$executeRawUnsafe(`${backfill.trim().replace(/;$/, "")} AND a.id = '${first}'`);
    expect(await db.application.findUniqueOrThrow({ where: { id: first }, select: { contactPhone: true, contactEmail: true, contactLocale: true } })).toEqual({
      contactPhone: "+77011234547",
      contactEmail: "aigul.own@mail.kz",
      contactLocale: "kk",
    });

    // the second, left without: its notifications go to the record
    const executorY = await createStaff(db, "EXECUTOR", ORG_Y);
    await takeForReview(contextAt(db), executorY, second);
    const taken = await db.auditEvent.findFirstOrThrow({ where: { applicationId: second, action: "TAKE_FOR_REVIEW" }, select: { id: true } });
    const notified = await db.notification.findMany({ where: { auditEventId: taken.id }, select: { recipient: true } });
    expect(notified.map((n) => n.recipient).sort()).toEqual(["+77011234547", "aigul.own@mail.kz"]);
    expect(teacher.phone).toBe("+77011234547");
  });
});
