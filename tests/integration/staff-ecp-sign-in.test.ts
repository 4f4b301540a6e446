// Staff sign in with a digital signature too (issue 16, item 3): the system administrator sets a
// staff member's IIN (checked, unique, audited masked), and the ecp provider finds the account by
// the certificate's IIN for teachers and for staff alike, refusing a blocked one.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, updateStaffAccount } from "../../lib/admin/users";
import { authorizeEcp, EcpSignInError } from "../../lib/auth/ecp/authorize";
import { issueEcpChallenge } from "../../lib/auth/ecp/challenge";
import { signCms, TestCa, type TestKeyHolder } from "../../lib/auth/ecp/test-ca.test-support";
import type { EcpTrust } from "../../lib/auth/ecp/verify-signature";
import { startUserSession } from "../../lib/auth/user-sessions";
import { AppError } from "../../lib/errors";
import { createTeacherAccount, makeUniqueTeacher } from "../../prisma/factories";
import { createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const now = new Date();
const CLIENT = "ip:127.0.0.19";
let ca: TestCa;
let trust: EcpTrust;

beforeAll(async () => {
  ca = await TestCa.create("Sanat Staff");
  trust = ca.trust();
}, 60_000);

const lastAudit = (action: string) => testDb.db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
const spaced = (iin: string) => `${iin.slice(0, 6)} ${iin.slice(6)}`;
const masked = (iin: string) => `${iin.slice(0, 4)}******${iin.slice(-2)}`;
const account = (organization: string) => ({ fullName: "Жаңа Қызметкер", role: "CLERK" as const, organizationId: organization, password: "long-enough-1" });

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function signIn(iin: string, key: TestKeyHolder) {
  const issued = await issueEcpChallenge(testDb.db, CLIENT, now);
  if (!issued) throw new Error("no challenge was issued");
  const cms = await signCms(key, new TextEncoder().encode(issued.challenge), { detached: true, chain: [ca.intermediate.certificate] });
  return authorizeEcp(testDb.db, { iin, challenge: issued.challenge, cms }, { clientKey: CLIENT, now, trust });
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(EcpSignInError);
  return (error as EcpSignInError).reason;
}

describe("a staff member's IIN, set by the system administrator", () => {
  it("is checked by the IIN checksum, unique among staff, audited masked, and its change ends the account's sessions", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const iin = makeUniqueTeacher().iin;

    const { id } = await createStaffAccount(db, admin, { ...account(school), login: `clerk.iin-${randomBytes(4).toString("hex")}`, iin: spaced(iin) }, now);
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { iin: true } })).toEqual({ iin });
    expect((await lastAudit("ADMIN_CREATE_USER")).data).toMatchObject({ id, iin: masked(iin) });
    expect(JSON.stringify((await lastAudit("ADMIN_CREATE_USER")).data)).not.toContain(iin);

    // a wrong check digit is a field error, and nothing is stored
    const wrongDigit = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    const invalid = await appErrorOf(createStaffAccount(db, admin, { ...account(school), login: "clerk.bad-iin", iin: wrongDigit }, now));
    expect(invalid.fieldErrors).toEqual({ iin: "errors.invalidIin" });
    expect(await db.user.count({ where: { login: "clerk.bad-iin" } })).toBe(0);
    const short = await appErrorOf(updateStaffAccount(db, admin, id, { ...account(school), isActive: true, iin: "12345" }, now));
    expect(short.fieldErrors).toEqual({ iin: "errors.invalidIin" });

    // another account cannot hold the same IIN
    const taken = await appErrorOf(createStaffAccount(db, admin, { ...account(school), login: "clerk.same-iin", iin }, now));
    expect([taken.code, taken.messageKey, taken.fieldErrors]).toEqual(["CONFLICT", "dashboard.admin.errors.iinTaken", { iin: "dashboard.admin.errors.iinTaken" }]);
    const other = await createStaffAccount(db, admin, { ...account(school), login: `clerk.other-${iin}` }, now);
    const takenOnUpdate = await appErrorOf(updateStaffAccount(db, admin, other.id, { ...account(school), isActive: true, iin }, now));
    expect(takenOnUpdate.messageKey).toBe("dashboard.admin.errors.iinTaken");

    // a new IIN is audited masked and ends the sessions the old one may have opened
    const session = await startUserSession(db, id, now, 3600);
    const newIin = makeUniqueTeacher().iin;
    await updateStaffAccount(db, admin, id, { ...account(school), password: undefined, isActive: true, iin: newIin }, now);
    expect((await lastAudit("ADMIN_UPDATE_USER")).data).toEqual({ id, changes: { iin: { from: masked(iin), to: masked(newIin) } } });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.id }, select: { endedReason: true } })).toEqual({ endedReason: "ACCOUNT_CHANGED" });

    // cleared: the account has no IIN, and the old one is free again
    await updateStaffAccount(db, admin, id, { ...account(school), password: undefined, isActive: true, iin: "" }, now);
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { iin: true } })).toEqual({ iin: null });
    expect((await lastAudit("ADMIN_UPDATE_USER")).data).toEqual({ id, changes: { iin: { from: masked(newIin), to: null } } });
  });
});

describe("signing in with a digital signature, for staff", () => {
  it("signs a staff member in by the IIN the administrator set, TOTP or not, and refuses a blocked account", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const iin = makeUniqueTeacher().iin;
    const key = await ca.person({ iin });

    // before the administrator sets the IIN there is no account to sign in to
    const { id } = await createStaffAccount(db, admin, { ...account(school), login: `clerk.ecp-${iin}` }, now);
    expect(await refusalOf(signIn(iin, key))).toBe("NO_ACCOUNT");

    await updateStaffAccount(db, admin, id, { ...account(school), password: undefined, isActive: true, iin }, now);
    expect(await signIn(iin, key)).toMatchObject({ id, role: "CLERK", organizationId: school, applicantId: null });

    // a qualified signature is two factors already: a confirmed TOTP is not asked after it
    await db.userSecondFactor.create({ data: { userId: id, secretEncrypted: "not-read-here", confirmedAt: now } });
    expect(await signIn(iin, key)).toMatchObject({ id, role: "CLERK" });

    await updateStaffAccount(db, admin, id, { ...account(school), password: undefined, isActive: false, iin }, now);
    expect(await refusalOf(signIn(iin, key))).toBe("ACCOUNT_INACTIVE");
  }, 60_000);

  it("refuses a blocked teacher's account, and takes the staff account of a person who has both", async () => {
    const db = testDb.db;
    const teacher = makeUniqueTeacher();
    const teacherAccount = await createTeacherAccount(db, teacher);
    const key = await ca.person({ iin: teacher.iin });
    expect(await signIn(teacher.iin, key)).toMatchObject({ id: teacherAccount.userId, role: "APPLICANT" });

    // she works as a clerk too: the workspace wins
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const staff = await createStaffAccount(db, admin, { ...account(school), login: `clerk.both-${teacher.iin}`, iin: teacher.iin }, now);
    expect(await signIn(teacher.iin, key)).toMatchObject({ id: staff.id, role: "CLERK" });

    // the staff account blocked, her own applications stay hers
    await updateStaffAccount(db, admin, staff.id, { ...account(school), password: undefined, isActive: false, iin: teacher.iin }, now);
    expect(await signIn(teacher.iin, key)).toMatchObject({ id: teacherAccount.userId, role: "APPLICANT" });

    await db.user.update({ where: { id: teacherAccount.userId }, data: { isActive: false } });
    expect(await refusalOf(signIn(teacher.iin, key))).toBe("ACCOUNT_INACTIVE");
  }, 60_000);

  it("does not take a staff login that happens to be twelve digits for an IIN", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-01");
    const iin = makeUniqueTeacher().iin;
    await createStaffAccount(db, admin, { ...account(school), login: iin }, now);
    expect(await refusalOf(signIn(iin, await ca.person({ iin })))).toBe("NO_ACCOUNT");
  }, 60_000);
});
