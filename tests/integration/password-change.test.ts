// The first administrator's one-time password, and the change it forces, on a real PostgreSQL:
// the command creates the account with "must change", the live session says so (every page and
// action then refuses: lib/auth/entry-point-guards.test.ts), and the change is one transaction
// with its audit event that ends the account's other sessions.
import { describe, expect, it } from "vitest";
import { ADMINISTRATOR_CREATED_BY_COMMAND, CommandRefusal, createAdministratorByCommand } from "../../lib/admin/installation";
import { authenticate } from "../../lib/auth/authenticate";
import { changeOwnPassword, PASSWORD_CHANGE_ACTION } from "../../lib/auth/change-password";
import { pendingStepOf } from "../../lib/auth/pending-step";
import { actorOfLiveSession, startUserSession } from "../../lib/auth/user-sessions";
import type { Actor } from "../../lib/domain/permissions";
import { AppError } from "../../lib/errors";
import { createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const NOW = new Date("2026-12-01T06:00:00Z");
const EIGHT_HOURS = 8 * 60 * 60;
const NEW_PASSWORD = "a password of my own";

let serial = 0;
const uniqueLogin = () => `admin.test-${process.pid}-${++serial}`;

/** A new administrator from the command (another one, since the tests share the database), signed in on two browsers. */
async function administratorWithOneTimePassword() {
  const created = await createAdministratorByCommand(testDb.db, { login: uniqueLogin(), fullName: "Бірінші Әкімші", allowAnother: true }, NOW);
  const actor = (await authenticate(testDb.db, created.login, created.oneTimePassword))!;
  const here = await startUserSession(testDb.db, actor.userId, NOW, EIGHT_HOURS);
  const elsewhere = await startUserSession(testDb.db, actor.userId, NOW, EIGHT_HOURS);
  return { ...created, actor, here: here.id, elsewhere: elsewhere.id };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

async function storedUser(userId: string) {
  return testDb.db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, mustChangePassword: true } });
}

describe("the administrator created by the command", () => {
  it("is the first administrator of an install: a one-time password, audited without it, to be changed at the first sign-in", async () => {
    const created = await createAdministratorByCommand(testDb.db, { login: uniqueLogin() }, NOW);
    expect(created.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const user = await testDb.db.user.findUniqueOrThrow({
      where: { id: created.id },
      select: { role: true, mustChangePassword: true, isActive: true, organization: { select: { code: true } } },
    });
    expect(user).toEqual({ role: "SYSTEM_ADMIN", mustChangePassword: true, isActive: true, organization: { code: "MANG-EDU" } });
    const events = await testDb.db.auditEvent.findMany({ where: { action: ADMINISTRATOR_CREATED_BY_COMMAND, data: { path: ["id"], equals: created.id } } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ login: created.login, role: "SYSTEM_ADMIN", wasFirst: true });
    expect(JSON.stringify(events[0]!.data)).not.toContain(created.oneTimePassword);
    expect(await authenticate(testDb.db, created.login, created.oneTimePassword)).toMatchObject({ userId: created.id, role: "SYSTEM_ADMIN" });

    // once there is one, the next comes from /admin, or from the command only when asked for
    await expect(createAdministratorByCommand(testDb.db, { login: uniqueLogin() }, NOW)).rejects.toThrow(/already has 1 active system administrator/);
    await expect(createAdministratorByCommand(testDb.db, { login: created.login, allowAnother: true }, NOW)).rejects.toThrow(CommandRefusal);
    await expect(createAdministratorByCommand(testDb.db, { login: "Not A Login", allowAnother: true }, NOW)).rejects.toThrow(/The login must be/);
    await expect(createAdministratorByCommand(testDb.db, { login: uniqueLogin(), organization: "NO-SUCH-ORG", allowAnother: true }, NOW)).rejects.toThrow(
      /No organization has the code NO-SUCH-ORG/,
    );
  });

  it("has the password step pending in its live session until the password is changed", async () => {
    const admin = await administratorWithOneTimePassword();
    const live = await actorOfLiveSession(testDb.db, admin.here, NOW);
    expect(live).toMatchObject({ userId: admin.id, mustChangePassword: true });
    expect(pendingStepOf(live!)).toBe("change-password");

    await changeOwnPassword(testDb.db, admin.actor, admin.here, { currentPassword: admin.oneTimePassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, NOW);
    expect(pendingStepOf((await actorOfLiveSession(testDb.db, admin.here, NOW))!)).toBeNull();
  });
});

describe("changing one's own password", () => {
  it("sets the new password and clears the step in one transaction with its audit event, and ends the other sessions only", async () => {
    const admin = await administratorWithOneTimePassword();
    await changeOwnPassword(testDb.db, admin.actor, admin.here, { currentPassword: admin.oneTimePassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, NOW);

    expect((await storedUser(admin.id)).mustChangePassword).toBe(false);
    expect(await authenticate(testDb.db, admin.login, admin.oneTimePassword)).toBeNull();
    expect(await authenticate(testDb.db, admin.login, NEW_PASSWORD)).toMatchObject({ userId: admin.id });
    const events = await testDb.db.auditEvent.findMany({ where: { action: PASSWORD_CHANGE_ACTION, actorId: admin.id }, select: { actorRole: true, data: true, at: true } });
    expect(events).toEqual([{ actorRole: "SYSTEM_ADMIN", data: { userId: admin.id, wasOneTimePassword: true }, at: NOW }]);
    expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
    expect(await actorOfLiveSession(testDb.db, admin.here, NOW)).not.toBeNull();
    expect(await actorOfLiveSession(testDb.db, admin.elsewhere, NOW)).toBeNull();
    expect(await testDb.db.userSession.findUniqueOrThrow({ where: { id: admin.elsewhere }, select: { endedReason: true } })).toEqual({ endedReason: "ACCOUNT_CHANGED" });
  });

  it("refuses a wrong current password, a mismatch, the same password or a short one, and changes nothing", async () => {
    const admin = await administratorWithOneTimePassword();
    const before = await storedUser(admin.id);
    const attempt = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
      refusal(changeOwnPassword(testDb.db, admin.actor, admin.here, { currentPassword, newPassword, confirmPassword }, NOW));

    expect(await attempt("not-the-password", NEW_PASSWORD)).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { currentPassword: "passwordChange.errors.currentWrong" } });
    expect(await attempt(admin.oneTimePassword, NEW_PASSWORD, "another password")).toMatchObject({ fieldErrors: { confirmPassword: "passwordChange.errors.mismatch" } });
    expect(await attempt(admin.oneTimePassword, admin.oneTimePassword)).toMatchObject({ fieldErrors: { newPassword: "passwordChange.errors.sameAsCurrent" } });
    expect(await attempt(admin.oneTimePassword, "short")).toMatchObject({ fieldErrors: { newPassword: "passwordChange.errors.tooShort" } });
    expect(await attempt("", NEW_PASSWORD)).toMatchObject({ fieldErrors: { currentPassword: "errors.fieldRequired" } });

    expect(await storedUser(admin.id)).toEqual(before);
    expect(await actorOfLiveSession(testDb.db, admin.elsewhere, NOW)).not.toBeNull();
    expect(await testDb.db.auditEvent.count({ where: { action: PASSWORD_CHANGE_ACTION, actorId: admin.id } })).toBe(0);
  });

  it("changes nothing when its audit event cannot be written", async () => {
    const admin = await administratorWithOneTimePassword();
    const before = await storedUser(admin.id);
    // a trigger of this test's own database refuses this account's audit rows
    await testDb.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_password_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'no audit row today'; END; $$`);
    await testDb.db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_password_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW
      WHEN (NEW.action = '${PASSWORD_CHANGE_ACTION}' AND NEW."actorId" = '${admin.id}') EXECUTE FUNCTION refuse_password_audit()`);
    try {
      await expect(
        changeOwnPassword(testDb.db, admin.actor, admin.here, { currentPassword: admin.oneTimePassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, NOW),
      ).rejects.toThrow(/no audit row today/);
    } finally {
      await testDb.db.$executeRawUnsafe(`DROP TRIGGER refuse_password_audit ON "AuditEvent"`);
      await testDb.db.$executeRawUnsafe(`DROP FUNCTION refuse_password_audit()`);
    }
    expect(await storedUser(admin.id)).toEqual(before);
    expect(await actorOfLiveSession(testDb.db, admin.elsewhere, NOW)).not.toBeNull();
  });

  it("lets one of two changes made at once win; the other is told", async () => {
    const admin = await administratorWithOneTimePassword();
    const change = (newPassword: string) =>
      changeOwnPassword(testDb.db, admin.actor, admin.here, { currentPassword: admin.oneTimePassword, newPassword, confirmPassword: newPassword }, NOW).then(
        () => "changed",
        (error: unknown) => (error instanceof AppError ? error.messageKey : String(error)),
      );
    const [first, second] = (await Promise.all([change("first new password"), change("second new password")])).sort();
    expect(first).toBe("changed");
    // the loser either read the old password and lost the compare-and-set, or read the winner's
    expect(["passwordChange.errors.changedMeanwhile", "passwordChange.errors.currentWrong"]).toContain(second);
    expect(await testDb.db.auditEvent.count({ where: { action: PASSWORD_CHANGE_ACTION, actorId: admin.id } })).toBe(1);
  });

  it("is open to any account, not only one with a one-time password", async () => {
    const clerk: Actor = await createStaff(testDb.db, "CLERK", "AKTAU-SCH-07");
    const { hashPassword } = await import("../../lib/auth/password");
    await testDb.db.user.update({ where: { id: clerk.userId }, data: { passwordHash: await hashPassword("the clerk's password") } });
    const session = await startUserSession(testDb.db, clerk.userId, NOW, EIGHT_HOURS);
    await changeOwnPassword(testDb.db, clerk, session.id, { currentPassword: "the clerk's password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, NOW);
    expect(await testDb.db.auditEvent.findFirst({ where: { action: PASSWORD_CHANGE_ACTION, actorId: clerk.userId }, select: { data: true } })).toEqual({
      data: { userId: clerk.userId, wasOneTimePassword: false },
    });
  });
});
