// Issue 16, items 1-2: a teacher's account comes from her first receipt, and she signs in with a
// code (the receipt's activation code once, then six digits sent to her contacts on file).
import { describe, expect, it } from "vitest";
import { acceptTeacherCode, CODE_REQUEST_LIMITS, NO_PASSWORD, requestOneTimeCode } from "../../lib/auth/sign-in-codes";
import { ONE_TIME_CODE } from "../../lib/auth/sign-in-code-values";
import { checkPassword } from "../../lib/auth/authenticate";
import type { Transports } from "../../lib/notifications/transports";
import { registerPackage } from "../../lib/workflow/register-package";
import { makeIntake, makeUniqueTeacher } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const ORG = "AKTAU-SCH-07";
let clientSeq = 0;
const newClient = () => `client-${process.pid}-${Date.now()}-${++clientSeq}`;

function recordingTransports() {
  const sent: { channel: "SMS" | "EMAIL"; to: string; text: string }[] = [];
  const transports: Transports = {
    email: { name: "test", send: async ({ to, text }) => void sent.push({ channel: "EMAIL", to, text }) },
    sms: { name: "test", send: async ({ to, text }) => void sent.push({ channel: "SMS", to, text }) },
  };
  const lastCode = () => /\b(\d{6})\b/.exec(sent.at(-1)?.text ?? "")?.[1] ?? null;
  return { sent, transports, lastCode };
}

async function registerNewTeacher(phone = "+77011231285") {
  const db = testDb.db;
  const ctx = contextAt(db);
  const clerk = await createStaff(db, "CLERK", ORG);
  const teacher = makeUniqueTeacher({ phone, locale: "ru" });
  const registered = await registerPackage(ctx, clerk, makeIntake({}, teacher));
  const outbox = await db.notification.findMany({ where: { applicationId: registered.applicationId } });
  const activation = /\b([2-9A-Z]{4}-[2-9A-Z]{4})\b/.exec(outbox.map((n) => n.body).join("\n"))?.[1] ?? null;
  return { clerk, teacher, registered, activation, ctx };
}

describe("a teacher's account from her first receipt", () => {
  it("is made by the registration, linked to her record, without a usable password, audited, with an activation code", async () => {
    const db = testDb.db;
    const { clerk, teacher, registered, activation } = await registerNewTeacher();
    const user = await db.user.findUniqueOrThrow({ where: { login: teacher.iin }, select: { id: true, role: true, applicantId: true, passwordHash: true } });
    const applicant = await db.applicant.findUniqueOrThrow({ where: { iin: teacher.iin }, select: { id: true } });
    expect(user).toMatchObject({ role: "APPLICANT", applicantId: applicant.id, passwordHash: NO_PASSWORD });
    expect((await checkPassword(db, teacher.iin, NO_PASSWORD)).actor).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { actorId: clerk.userId, action: "TEACHER_ACCOUNT_CREATED" } });
    expect(audit).toHaveLength(1);
    const codes = await db.signInCode.findMany({ where: { userId: user.id } });
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatchObject({ kind: "ACTIVATION", applicationId: registered.applicationId, usedAt: null });
    expect(activation).not.toBeNull();
    // kept as an HMAC and a sealed copy, never as typed
    expect(JSON.stringify(codes[0])).not.toContain(activation!.replace("-", ""));
  });

  it("links a second package to the same account, and the activation code signs in once", async () => {
    const db = testDb.db;
    const { clerk, teacher, activation, ctx } = await registerNewTeacher();
    await registerPackage(ctx, clerk, makeIntake({ categorySought: "SECOND" }, teacher));
    expect(await db.user.count({ where: { login: teacher.iin } })).toBe(1);

    const client = newClient();
    const first = await acceptTeacherCode(db, { iin: teacher.iin, code: activation!.toLowerCase(), clientKey: client }, new Date());
    expect(first.kind).toBe("passed");
    const again = await acceptTeacherCode(db, { iin: teacher.iin, code: activation!, clientKey: client }, new Date());
    expect(again.kind).toBe("failed");
  });
});

describe("a one-time code", () => {
  it("answers a known and an unknown IIN the same way, and sends only to the known one's phone on file", async () => {
    const db = testDb.db;
    const { teacher } = await registerNewTeacher("+77011231285");
    const { sent, transports } = recordingTransports();
    const known = await requestOneTimeCode(db, transports, { iin: teacher.iin, clientKey: newClient() }, new Date());
    const stranger = makeUniqueTeacher();
    const unknown = await requestOneTimeCode(db, transports, { iin: stranger.iin, clientKey: newClient() }, new Date());
    expect(known).toEqual({ kind: "sent", destination: "+7 *** *** 12 85" });
    expect(unknown.kind).toBe("sent");
    expect(unknown.kind === "sent" && unknown.destination).toMatch(/^\+7 \*\*\* \*\*\* \d\d \d\d$/);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: "SMS", to: "+77011231285" });
    expect(await db.user.count({ where: { login: stranger.iin } })).toBe(0);
  });

  it("signs in once, and not after it expired or was replaced", async () => {
    const db = testDb.db;
    const { teacher } = await registerNewTeacher();
    const { transports, lastCode } = recordingTransports();
    const now = new Date();
    await requestOneTimeCode(db, transports, { iin: teacher.iin, clientKey: newClient() }, now);
    const code = lastCode()!;
    expect((await acceptTeacherCode(db, { iin: teacher.iin, code, clientKey: newClient() }, now)).kind).toBe("passed");
    expect((await acceptTeacherCode(db, { iin: teacher.iin, code, clientKey: newClient() }, now)).kind).toBe("failed");

    await requestOneTimeCode(db, transports, { iin: teacher.iin, clientKey: newClient() }, now);
    const expiring = lastCode()!;
    const late = new Date(now.getTime() + ONE_TIME_CODE.validSeconds * 1000 + 1);
    expect((await acceptTeacherCode(db, { iin: teacher.iin, code: expiring, clientKey: newClient() }, late)).kind).toBe("failed");

    await requestOneTimeCode(db, transports, { iin: teacher.iin, clientKey: newClient() }, now);
    const replaced = lastCode()!;
    await requestOneTimeCode(db, transports, { iin: teacher.iin, clientKey: newClient() }, new Date(now.getTime() + 1));
    if (replaced !== lastCode()) expect((await acceptTeacherCode(db, { iin: teacher.iin, code: replaced, clientKey: newClient() }, now)).kind).toBe("failed");
  });

  it("dies after too many wrong tries, and requests are limited per IIN and per client", async () => {
    const db = testDb.db;
    const { teacher } = await registerNewTeacher();
    const { transports, lastCode } = recordingTransports();
    const now = new Date();
    await requestOneTimeCode(db, transports, { iin: teacher.iin, clientKey: newClient() }, now);
    const code = lastCode()!;
    const wrong = code === "000000" ? "111111" : "000000";
    // each wrong try from a client of its own: the code's own count, not the sign-in limits, ends it
    for (let i = 0; i < ONE_TIME_CODE.maxFailedAttempts; i++) {
      expect((await acceptTeacherCode(db, { iin: teacher.iin, code: wrong, clientKey: newClient() }, now)).kind).toBe("failed");
    }
    expect((await acceptTeacherCode(db, { iin: teacher.iin, code, clientKey: newClient() }, now)).kind).toBe("failed");

    // one asked above: the limit's last place, then a refusal
    const answers = [];
    for (let i = 0; i < CODE_REQUEST_LIMITS.perIin.limit; i++) answers.push(await requestOneTimeCode(db, transports, { iin: teacher.iin, clientKey: newClient() }, now));
    expect(answers.at(-1)!.kind).toBe("refused");

    const client = newClient();
    const perClient = [];
    for (let i = 0; i <= CODE_REQUEST_LIMITS.perClient.limit; i++) perClient.push(await requestOneTimeCode(db, transports, { iin: makeUniqueTeacher().iin, clientKey: client }, now));
    expect(perClient.slice(0, -1).every((a) => a.kind === "sent")).toBe(true);
    expect(perClient.at(-1)!.kind).toBe("refused");
  });
});
