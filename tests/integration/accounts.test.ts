// Issue 16, items 4 and 6, on a real PostgreSQL: an administrator's reset of a staff password
// (one-time, shown once, never stored in plain or audited, sessions ended); passwords for staff
// only; a teacher's change of her own contacts, confirmed by a code sent to the new one; and
// "sign out everywhere".
import { describe, expect, it } from "vitest";
import { CONTACT_CHANGE_ACTION, CONTACT_CODE_LIMITS, confirmContactChange, myContacts, requestContactChange } from "../../lib/account/change-contact";
import { SIGN_OUT_EVERYWHERE_ACTION, signOutEverywhere } from "../../lib/account/sign-out-everywhere";
import { PASSWORD_RESET_ACTION, createStaffAccount, resetStaffPassword, updateStaffAccount } from "../../lib/admin/users";
import { authenticate, checkPassword } from "../../lib/auth/authenticate";
import { changeOwnPassword } from "../../lib/auth/change-password";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { acceptTeacherCode, requestOneTimeCode } from "../../lib/auth/sign-in-codes";
import { ONE_TIME_CODE } from "../../lib/auth/sign-in-code-values";
import { actorOfLiveSession, startUserSession } from "../../lib/auth/user-sessions";
import type { Actor } from "../../lib/domain/permissions";
import { AppError } from "../../lib/errors";
import type { Transports } from "../../lib/notifications/transports";
import { registerPackage } from "../../lib/workflow/register-package";
import { createTeacherAccount, makeIntake, makeUniqueTeacher } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const NOW = new Date("2026-12-03T06:00:00Z");
const HOURS_8 = 8 * 60 * 60;
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

function recordingTransports() {
  const sent: { channel: "SMS" | "EMAIL"; to: string; text: string }[] = [];
  const transports: Transports = {
    email: { name: "test", send: async ({ to, text }) => void sent.push({ channel: "EMAIL", to, text }) },
    sms: { name: "test", send: async ({ to, text }) => void sent.push({ channel: "SMS", to, text }) },
  };
  const codeSentTo = (to: string) => /\b(\d{6})\b/.exec(sent.filter((m) => m.to === to).at(-1)?.text ?? "")?.[1] ?? null;
  return { sent, transports, codeSentTo };
}

let serial = 0;
const uniqueLogin = (prefix: string) => `${prefix}.${process.pid}-${++serial}`;

describe("an administrator resets a staff member's password", () => {
  async function clerkSignedInTwice() {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const school = await organizationId(db, "AKTAU-SCH-07");
    const login = uniqueLogin("clerk.reset");
    const { id } = await createStaffAccount(db, admin, { login, fullName: "Сбросова Ә.", role: "CLERK", organizationId: school, password: "first-password-1" }, NOW);
    const desk = await startUserSession(db, id, NOW, HOURS_8);
    const laptop = await startUserSession(db, id, NOW, HOURS_8);
    return { admin, id, login, school, sessions: [desk.id, laptop.id] };
  }

  it("makes a one-time password shown once, keeps only its hash, ends every session, audits it without the password, in one go", async () => {
    const db = testDb.db;
    const { admin, id, login, sessions } = await clerkSignedInTwice();
    const reset = await resetStaffPassword(db, admin, id, later(60));
    expect(reset.login).toBe(login);
    expect(reset.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);

    const stored = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, mustChangePassword: true } });
    expect(stored.mustChangePassword).toBe(true);
    expect(stored.passwordHash).not.toContain(reset.oneTimePassword);
    expect(await verifyPassword(stored.passwordHash, reset.oneTimePassword)).toBe(true);
    // the old password is gone, the new one signs in, and the session it starts must change it first
    expect(await authenticate(db, login, "first-password-1")).toBeNull();
    const actor = (await authenticate(db, login, reset.oneTimePassword))!;
    const fresh = await startUserSession(db, actor.userId, later(120), HOURS_8);
    expect(await actorOfLiveSession(db, fresh.id, later(120))).toMatchObject({ mustChangePassword: true });

    for (const sessionId of sessions) expect(await actorOfLiveSession(db, sessionId, later(61))).toBeNull();
    const ended = await db.userSession.findMany({ where: { id: { in: sessions } }, select: { endedReason: true } });
    expect(ended.map((s) => s.endedReason)).toEqual(["PASSWORD_RESET", "PASSWORD_RESET"]);

    const audit = await db.auditEvent.findMany({ where: { action: PASSWORD_RESET_ACTION, actorId: admin.userId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toEqual({ id, login, endedSessions: 2 });
    expect(JSON.stringify(audit.map((a) => a.data))).not.toContain(reset.oneTimePassword);
  });

  it("is for the system administrator only, on staff accounts only, and not on their own account", async () => {
    const db = testDb.db;
    const { admin, id } = await clerkSignedInTwice();
    const before = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, mustChangePassword: true } });
    for (const role of ["REGION_ADMIN", "CLERK", "PROVIDER_HEAD"] as const) {
      const other = await createStaff(db, role, role === "REGION_ADMIN" ? "MANG-EDU" : "AKTAU-SCH-07");
      expect((await refusal(resetStaffPassword(db, other, id, NOW))).code).toBe("FORBIDDEN");
    }
    const teacher = await createTeacherAccount(db, makeUniqueTeacher());
    expect((await refusal(resetStaffPassword(db, teacher, id, NOW))).code).toBe("FORBIDDEN");
    expect((await refusal(resetStaffPassword(db, admin, teacher.userId, NOW))).messageKey).toBe("dashboard.admin.errors.notFound");
    expect((await refusal(resetStaffPassword(db, admin, admin.userId, NOW))).messageKey).toBe("dashboard.admin.errors.cannotResetOwnPassword");
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, mustChangePassword: true } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: PASSWORD_RESET_ACTION, data: { path: ["id"], equals: id } } })).toBe(0);
  });

  it("makes any password an administrator sets one-time, on creation and on change; a change of other fields leaves it", async () => {
    const db = testDb.db;
    const { admin, id, school } = await clerkSignedInTwice();
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(true);
    await db.user.update({ where: { id }, data: { mustChangePassword: false } });
    await updateStaffAccount(db, admin, id, { fullName: "Сбросова Әсел", role: "CLERK", organizationId: school, isActive: true }, NOW);
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(false);
    await updateStaffAccount(db, admin, id, { fullName: "Сбросова Әсел", role: "CLERK", organizationId: school, isActive: true, password: "admin-typed-2" }, NOW);
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(true);
  });

  it("leaves the owner's change asking for the current password and refusing the same one again", async () => {
    const db = testDb.db;
    const { admin, id, login } = await clerkSignedInTwice();
    const { oneTimePassword } = await resetStaffPassword(db, admin, id, NOW);
    const actor = (await authenticate(db, login, oneTimePassword))!;
    const here = await startUserSession(db, actor.userId, NOW, HOURS_8);
    const wrongCurrent = await refusal(changeOwnPassword(db, actor, here.id, { currentPassword: "first-password-1", newPassword: "my own password 9", confirmPassword: "my own password 9" }, NOW));
    expect(wrongCurrent.fieldErrors).toEqual({ currentPassword: "passwordChange.errors.currentWrong" });
    const same = await refusal(changeOwnPassword(db, actor, here.id, { currentPassword: oneTimePassword, newPassword: oneTimePassword, confirmPassword: oneTimePassword }, NOW));
    expect(same.fieldErrors).toMatchObject({ newPassword: "passwordChange.errors.sameAsCurrent" });
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(true);
    await changeOwnPassword(db, actor, here.id, { currentPassword: oneTimePassword, newPassword: "my own password 9", confirmPassword: "my own password 9" }, NOW);
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(false);
  });
});

describe("passwords are for staff only", () => {
  it("refuses a teacher's IIN with the answer of a wrong password, even where her row holds a password hash", async () => {
    const db = testDb.db;
    const teacher = await createTeacherAccount(db, makeUniqueTeacher());
    // a row from before this rule (the demo gave teachers a password)
    await db.user.update({ where: { id: teacher.userId }, data: { passwordHash: await hashPassword("sanat2026") } });
    expect(await checkPassword(db, teacher.login, "sanat2026")).toEqual({ actor: null, userId: teacher.userId });
    expect(await checkPassword(db, teacher.login, "a-wrong-one")).toEqual({ actor: null, userId: teacher.userId });
  });
});

describe("a teacher changes her contacts", () => {
  async function teacherWithPackage(phone = "+77011231285", email = "old.mail@mail.kz") {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
    const person = makeUniqueTeacher({ phone, email, locale: "ru" });
    const registered = await registerPackage(ctx, clerk, makeIntake({}, person));
    const user = await db.user.findUniqueOrThrow({ where: { login: person.iin }, select: { id: true, fullName: true, applicantId: true } });
    const actor: Actor = { userId: user.id, name: user.fullName, role: "APPLICANT", organizationId: null, applicantId: user.applicantId };
    return { actor, person, registered };
  }

  it("sees them masked, and a new phone becomes hers only on the code sent to it: record, packages, audit masked, the old phone told", async () => {
    const db = testDb.db;
    const { actor, person, registered } = await teacherWithPackage();
    expect(await myContacts(db, actor)).toEqual({ phone: "+7 *** *** 12 85", email: "o***@mail.kz" });
    const { sent, transports, codeSentTo } = recordingTransports();

    const asked = await requestContactChange(db, transports, actor, { kind: "phone", phone: "8 (702) 555-44-33" }, NOW);
    expect(asked).toEqual({ kind: "phone", destination: "+7 *** *** 44 33" });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: "SMS", to: "+77025554433" });
    const code = codeSentTo("+77025554433")!;
    // kept as an HMAC, bound to her account, short-lived
    const row = await db.signInCode.findFirstOrThrow({ where: { userId: actor.userId, kind: "CONTACT_CHANGE" } });
    expect(row.codeHash).not.toContain(code);
    expect(row.expiresAt.getTime() - NOW.getTime()).toBe(ONE_TIME_CODE.validSeconds * 1000);
    // asking changed nothing yet
    expect(await myContacts(db, actor)).toEqual({ phone: "+7 *** *** 12 85", email: "o***@mail.kz" });

    const wrong = await refusal(confirmContactChange(db, transports, actor, { code: code === "000000" ? "111111" : "000000" }, later(10)));
    expect([wrong.code, wrong.messageKey, wrong.fieldErrors]).toEqual(["INVALID_INPUT", "myAccount.contacts.errors.wrongCode", { code: "myAccount.contacts.errors.wrongCode" }]);
    expect((await db.applicant.findUniqueOrThrow({ where: { iin: person.iin }, select: { phone: true } })).phone).toBe("+77011231285");

    expect(await confirmContactChange(db, transports, actor, { code }, later(20))).toEqual({ kind: "phone", contact: "+7 *** *** 44 33" });
    expect(await db.applicant.findUniqueOrThrow({ where: { iin: person.iin }, select: { phone: true, email: true } })).toEqual({ phone: "+77025554433", email: "old.mail@mail.kz" });
    expect(await db.application.findUniqueOrThrow({ where: { id: registered.applicationId }, select: { contactPhone: true, contactEmail: true } })).toEqual({
      contactPhone: "+77025554433",
      contactEmail: "old.mail@mail.kz",
    });
    expect(await myContacts(db, actor)).toEqual({ phone: "+7 *** *** 44 33", email: "o***@mail.kz" });
    const audit = await db.auditEvent.findMany({ where: { actorId: actor.userId, action: CONTACT_CHANGE_ACTION } });
    expect(audit.map((a) => a.data)).toEqual([{ userId: actor.userId, kind: "phone", from: "+7 *** *** 12 85", to: "+7 *** *** 44 33" }]);
    expect(JSON.stringify(audit.map((a) => a.data))).not.toMatch(/7011231285|7025554433/);
    // the old phone hears of it, in her language
    expect(sent.at(-1)).toMatchObject({ channel: "SMS", to: "+77011231285" });
    expect(sent.at(-1)!.text).toContain("+7 *** *** 44 33");
    expect(sent.at(-1)!.text).toMatch(/изменён/);

    // her sign-in codes now go to the new phone
    const signIn = recordingTransports();
    await requestOneTimeCode(db, signIn.transports, { iin: person.iin, clientKey: `c-${process.pid}-${++serial}` }, later(30));
    expect(signIn.sent.at(-1)).toMatchObject({ channel: "SMS", to: "+77025554433" });

    // the code was used: again, nothing
    expect((await refusal(confirmContactChange(db, transports, actor, { code }, later(40)))).messageKey).toBe("myAccount.contacts.errors.wrongCode");
  });

  it("changes an e-mail the same way, with the notice to the old address", async () => {
    const db = testDb.db;
    const { actor, person } = await teacherWithPackage();
    const { sent, transports, codeSentTo } = recordingTransports();
    await requestContactChange(db, transports, actor, { kind: "email", email: " New.Mail@Mail.KZ " }, NOW);
    expect(sent[0]).toMatchObject({ channel: "EMAIL", to: "new.mail@mail.kz" });
    await confirmContactChange(db, transports, actor, { code: codeSentTo("new.mail@mail.kz")! }, later(5));
    expect((await db.applicant.findUniqueOrThrow({ where: { iin: person.iin }, select: { email: true } })).email).toBe("new.mail@mail.kz");
    expect(sent.at(-1)).toMatchObject({ channel: "EMAIL", to: "old.mail@mail.kz" });
  });

  it("refuses an expired code, a code of another kind, bad contacts and the same contact, changing nothing", async () => {
    const db = testDb.db;
    const { actor, person } = await teacherWithPackage();
    const { transports, codeSentTo } = recordingTransports();
    await requestContactChange(db, transports, actor, { kind: "phone", phone: "+7 705 111 22 33" }, NOW);
    const code = codeSentTo("+77051112233")!;
    const late = later(ONE_TIME_CODE.validSeconds + 1);
    expect((await refusal(confirmContactChange(db, transports, actor, { code }, late))).messageKey).toBe("myAccount.contacts.errors.wrongCode");
    // a sign-in code is no contact code, and a contact code signs no one in
    const signIn = recordingTransports();
    await requestOneTimeCode(db, signIn.transports, { iin: person.iin, clientKey: `c-${process.pid}-${++serial}` }, NOW);
    const signInCode = /\b(\d{6})\b/.exec(signIn.sent.at(-1)!.text)![1]!;
    if (signInCode !== code) expect((await refusal(confirmContactChange(db, transports, actor, { code: signInCode }, later(1)))).messageKey).toBe("myAccount.contacts.errors.wrongCode");
    await requestContactChange(db, transports, actor, { kind: "phone", phone: "+7 705 111 22 34" }, later(2));
    const contactCode = codeSentTo("+77051112234")!;
    expect((await acceptTeacherCode(db, { iin: person.iin, code: contactCode, clientKey: `c-${process.pid}-${++serial}` }, later(3))).kind).toBe(contactCode === signInCode ? "passed" : "failed");

    expect((await refusal(requestContactChange(db, transports, actor, { kind: "phone", phone: "+7 7292 50 50 50" }, NOW))).fieldErrors).toEqual({ phone: "myAccount.contacts.errors.notMobile" });
    expect((await refusal(requestContactChange(db, transports, actor, { kind: "email", email: "not-an-address" }, NOW))).fieldErrors).toEqual({ email: "errors.invalidEmail" });
    expect((await refusal(requestContactChange(db, transports, actor, { kind: "phone", phone: "+7 701 123 12 85" }, NOW))).fieldErrors).toEqual({ phone: "myAccount.contacts.errors.sameAsCurrent" });
    expect((await refusal(confirmContactChange(db, transports, actor, { code: "12ab" }, NOW))).fieldErrors).toEqual({ code: "myAccount.contacts.errors.codeShape" });
    expect(await db.applicant.findUniqueOrThrow({ where: { iin: person.iin }, select: { phone: true } })).toEqual({ phone: "+77011231285" });
    expect(await db.auditEvent.count({ where: { actorId: actor.userId, action: CONTACT_CHANGE_ACTION } })).toBe(0);
  });

  it("ends a code after too many wrong tries, and limits the codes asked per account", async () => {
    const db = testDb.db;
    const { actor } = await teacherWithPackage();
    const { transports, codeSentTo } = recordingTransports();
    await requestContactChange(db, transports, actor, { kind: "phone", phone: "+7 707 000 00 01" }, NOW);
    const code = codeSentTo("+77070000001")!;
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < ONE_TIME_CODE.maxFailedAttempts; i++) await refusal(confirmContactChange(db, transports, actor, { code: wrong }, later(1)));
    expect((await refusal(confirmContactChange(db, transports, actor, { code }, later(2)))).messageKey).toBe("myAccount.contacts.errors.wrongCode");

    for (let i = 1; i < CONTACT_CODE_LIMITS.perAccount.limit; i++) await requestContactChange(db, transports, actor, { kind: "phone", phone: `+7 707 000 00 0${i + 1}` }, later(3));
    const limited = await refusal(requestContactChange(db, transports, actor, { kind: "phone", phone: "+7 707 000 00 09" }, later(4)));
    expect([limited.code, limited.messageKey]).toEqual(["RATE_LIMITED", "myAccount.contacts.errors.tooManyCodes"]);
  });

  it("is the teacher's own: staff cannot use it, and no one is signed out of it", async () => {
    const db = testDb.db;
    const { transports } = recordingTransports();
    for (const role of ["CLERK", "SYSTEM_ADMIN"] as const) {
      const staff = await createStaff(db, role, role === "CLERK" ? "AKTAU-SCH-07" : "MANG-EDU");
      expect((await refusal(myContacts(db, staff))).code).toBe("FORBIDDEN");
      expect((await refusal(requestContactChange(db, transports, staff, { kind: "phone", phone: "+7 701 999 99 99" }, NOW))).code).toBe("FORBIDDEN");
      expect((await refusal(confirmContactChange(db, transports, staff, { code: "123456" }, NOW))).code).toBe("FORBIDDEN");
    }
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the account and only its own, audited", async () => {
    const db = testDb.db;
    const teacher = await createTeacherAccount(db, makeUniqueTeacher());
    const other = await createTeacherAccount(db, makeUniqueTeacher());
    const phone = await startUserSession(db, teacher.userId, NOW, HOURS_8);
    const laptop = await startUserSession(db, teacher.userId, NOW, HOURS_8);
    const others = await startUserSession(db, other.userId, NOW, HOURS_8);
    expect(await signOutEverywhere(db, teacher, later(60))).toBe(2);
    for (const s of [phone, laptop]) expect(await actorOfLiveSession(db, s.id, later(61))).toBeNull();
    expect(await actorOfLiveSession(db, others.id, later(61))).toMatchObject({ userId: other.userId });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: phone.id } })).endedReason).toBe("SIGNED_OUT_EVERYWHERE");
    const audit = await db.auditEvent.findMany({ where: { actorId: teacher.userId, action: SIGN_OUT_EVERYWHERE_ACTION } });
    expect(audit.map((a) => a.data)).toEqual([{ userId: teacher.userId, endedSessions: 2 }]);
    expect((await refusal(signOutEverywhere(db, null, NOW))).code).toBe("UNAUTHENTICATED");
  });

  it("works for staff too", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-07");
    const desk = await startUserSession(db, clerk.userId, NOW, HOURS_8);
    expect(await signOutEverywhere(db, clerk, later(1))).toBe(1);
    expect(await actorOfLiveSession(db, desk.id, later(2))).toBeNull();
  });
});
