import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/domain/permissions";
import { AppError } from "../../lib/errors";
import {
  createPreRegistration,
  findPreRegistrationForIntake,
  getPreRegistrationForApplicant,
  linkPreRegistration,
  listPreRegistrations,
  PRE_REGISTRATION_VALID_DAYS,
} from "../../lib/preregistration/pre-registration";
import { registerPackage } from "../../lib/workflow/register-package";
import { createTeacherAccount, makeUniqueTeacher } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

/** A teacher with a portal account, as the seed makes one. */
async function teacher(): Promise<{ actor: Actor; iin: string }> {
  const actor = await createTeacherAccount(testDb.db, makeUniqueTeacher({ lastName: "Жұмабаева", firstName: "Гүлнұр", locale: "ru" }));
  return { actor, iin: actor.login };
}

const NOW = new Date("2026-11-25T05:00:00Z");

describe("prepare online", () => {
  it("gives the teacher a code that prefills the clerk's intake, and is used up by the registration", async () => {
    const db = testDb.db;
    const { actor, iin } = await teacher();
    const providerId = await organizationId(db, "AKTAU-SCH-12");
    const { code } = await createPreRegistration(
      db,
      actor,
      { iin, lastName: "Жұмабаева", firstName: "Гүлнұр", middleName: "", phone: "8 701 555 66 77", email: "gulnur@mail.kz", locale: "ru", purpose: "CONFIRM", categorySought: "FIRST", categoryHeld: "FIRST", providerId },
      NOW,
    );
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const prefill = (await findPreRegistrationForIntake(db, code.toLowerCase().replace("-", " "), NOW))!;
    expect(prefill).toMatchObject({
      preRegistrationCode: code,
      iin,
      lastName: "Жұмабаева",
      middleName: undefined,
      phone: "+77015556677",
      email: "gulnur@mail.kz",
      locale: "ru",
      purpose: "CONFIRM",
      categorySought: "FIRST",
      categoryHeld: "FIRST",
      providerId,
    });
    // the category is held, so its certificate is on the list; all unticked for the clerk
    expect(prefill.documents).toMatchObject({ APPLICATION_FORM: "MISSING", CURRENT_CATEGORY_CERTIFICATE: "MISSING" });

    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const ticked = Object.fromEntries(Object.keys(prefill.documents).map((c) => [c, "PRESENT" as const]));
    // registration links the code in its own transaction
    const { applicationId, registrationNumber } = await registerPackage(contextAt(db, NOW), clerk, { ...prefill, documents: ticked });
    expect((await db.preRegistration.findUniqueOrThrow({ where: { code } })).applicationId).toBe(applicationId);
    expect(await db.$transaction((tx) => linkPreRegistration(tx, code, applicationId))).toBe(false);
    expect(await findPreRegistrationForIntake(db, code, NOW)).toBeNull();
    // the same prepared package cannot become a second application
    const before = await db.application.count();
    const second = await registerPackage(contextAt(db, NOW), clerk, { ...prefill, documents: ticked }).catch((e: unknown) => e);
    expect((second as AppError).messageKey).toBe("staff.intake.codeNotFound");
    expect(await db.application.count()).toBe(before);
    expect(await listPreRegistrations(db, actor, NOW)).toEqual([
      expect.objectContaining({ code, registrationNumber, isExpired: false }),
    ]);
  });

  it("finds nothing for an unknown, malformed or expired code", async () => {
    const db = testDb.db;
    const { actor, iin } = await teacher();
    const providerId = await organizationId(db, "AKTAU-SCH-12");
    const { code } = await createPreRegistration(db, actor, { iin, lastName: "А", firstName: "Б", locale: "kk", purpose: "ASSIGN", categorySought: "SECOND", providerId }, NOW);
    expect(await findPreRegistrationForIntake(db, "ZZZZ-ZZZZ", NOW)).toBeNull();
    expect(await findPreRegistrationForIntake(db, "' OR 1=1 --", NOW)).toBeNull();
    const expired = new Date(NOW.getTime() + PRE_REGISTRATION_VALID_DAYS * 24 * 60 * 60_000);
    expect(await findPreRegistrationForIntake(db, code, expired)).toBeNull();
  });

  it("lets a teacher prepare only for themself, and shows a code only to its owner", async () => {
    const db = testDb.db;
    const { actor, iin } = await teacher();
    const other = await teacher();
    const providerId = await organizationId(db, "AKTAU-SCH-12");
    const input = { iin: other.iin, lastName: "А", firstName: "Б", locale: "kk", purpose: "ASSIGN", categorySought: "SECOND", providerId };
    const error = await createPreRegistration(db, actor, input, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ iin: "applicant.prepare.notOwnIin" });

    const { code } = await createPreRegistration(db, actor, { ...input, iin }, NOW);
    expect(await getPreRegistrationForApplicant(db, actor, code, "kk", NOW)).toMatchObject({ code, versionCode: expect.any(String) });
    expect(await getPreRegistrationForApplicant(db, other.actor, code, "kk", NOW)).toBeNull();
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    await expect(createPreRegistration(db, clerk, { ...input, iin }, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("checks the request against the regulation in force", async () => {
    const db = testDb.db;
    const { actor, iin } = await teacher();
    const providerId = await organizationId(db, "AKTAU-SCH-12");
    const base = { iin, lastName: "А", firstName: "Б", locale: "kk", purpose: "ASSIGN", categorySought: "SECOND", providerId };
    await expect(createPreRegistration(db, actor, { ...base, categorySought: "GRANDMASTER" }, NOW)).rejects.toMatchObject({
      fieldErrors: { categorySought: "applicant.prepare.unknownCategory" },
    });
    await expect(createPreRegistration(db, actor, { ...base, purpose: "CONFIRM" }, NOW)).rejects.toMatchObject({
      fieldErrors: { categoryHeld: "applicant.prepare.confirmNeedsHeld" },
    });
    const corpCentre = await organizationId(db, "GOVCORP-AKTAU-1");
    await expect(createPreRegistration(db, actor, { ...base, providerId: corpCentre }, NOW)).rejects.toMatchObject({
      fieldErrors: { providerId: "applicant.prepare.unknownProvider" },
    });
  });
});
