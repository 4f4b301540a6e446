// Failed sign-ins on a real PostgreSQL: a client is limited for what it did, never for what
// others did to the account (issue 14, finding 3); a login attacked from everywhere slows down;
// the owner hears of it; the second factor's wrong codes count like wrong passwords.
import { describe, expect, it } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import { acceptTotpCode, confirmSecondFactor, pendingSecretFor, RECOVERY_CODE_COUNT, secondFactorKey } from "../../lib/auth/second-factor";
import {
  codeWithinLimits,
  passwordWithinLimits,
  pruneSignInFailures,
  SIGN_IN_RATE_LIMITS,
  signInDelayMs,
  takeFailureNotice,
} from "../../lib/auth/sign-in-throttle";
import { totpCode } from "../../lib/auth/totp";
import { createStaffAccount } from "../../prisma/factories";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const PASSWORD = "right-password-2026";
// the key second factors are sealed with (the portal derives it from NEXTAUTH_SECRET)
process.env.SECOND_FACTOR_SECRET = "integration-secret-0123456789abcdef";
const KEY = secondFactorKey();
const noWait = { sleep: async () => {} };

async function staffWithPassword(code: string) {
  const actor = await createStaffAccount(testDb.db, { role: "CLERK", organization: code, passwordHash: await hashPassword(PASSWORD) });
  return { actor, login: actor.login };
}

// a quarter past the start of a 15-minute window: 10 minutes of it are left
const now = new Date("2026-11-25T05:05:00Z");

/** Records the waits instead of waiting. */
function recorder() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

const signIn = (login: string, password: string, client: string, at = now, options: { sleep?: (ms: number) => Promise<void> } = noWait) => passwordWithinLimits(testDb.db, { login, password }, client, at, options);

describe("failed sign-ins are limited per login and client, and per client", () => {
  it("five wrong passwords from one client refuse that client for that login, until the window ends", async () => {
    const { login } = await staffWithPassword("AKTAU-SCH-07");
    for (let i = 0; i < SIGN_IN_RATE_LIMITS.perLoginAndClient.limit; i++) expect(await signIn(login, "wrong", "guesser")).toEqual({ kind: "failed" });
    expect(await signIn(login, PASSWORD, "guesser")).toEqual({ kind: "refused", retryAfterSeconds: 600 });
    // the IIN or login typed with other spacing or case is the same login
    expect((await signIn(` ${login.toUpperCase()} `, PASSWORD, "guesser")).kind).toBe("refused");
    const nextWindow = new Date("2026-11-25T05:15:00Z");
    expect((await signIn(login, PASSWORD, "guesser", nextWindow)).kind).toBe("passed");
  });

  it("the owner signs in with the right password however many clients failed for the login (the issue's lockout)", async () => {
    const { login } = await staffWithPassword("AKTAU-SCH-07");
    const { sleep, waits } = recorder();
    // five wrong passwords from each of four addresses: twenty failures for the login
    for (let client = 0; client < 4; client++) {
      for (let i = 0; i < 5; i++) expect((await signIn(login, `wrong-${i}`, `attacker-${client}`, now, { sleep })).kind).toBe("failed");
    }
    const owner = await signIn(login, PASSWORD, "owner-office", now, { sleep });
    expect(owner.kind).toBe("passed");
    // slowed down, never refused: the longest wait is the cap
    expect(Math.max(...waits)).toBe(signInDelayMs(20));
    expect(signInDelayMs(20)).toBe(8_000);
  });

  it("a login failing from everywhere waits longer and longer before each check", () => {
    expect([0, 5, 6, 7, 8, 9, 10, 11, 50].map(signInDelayMs)).toEqual([0, 0, 500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it("successful sign-ins are never counted, and a refused attempt is not a failure", async () => {
    const { login } = await staffWithPassword("AKTAU-SCH-07");
    for (let i = 0; i < 15; i++) expect((await signIn(login, PASSWORD, "busy-office")).kind).toBe("passed");
    // …so a typo after a busy morning is still just a wrong password
    expect((await signIn(login, "typo", "busy-office")).kind).toBe("failed");
    const buckets = await testDb.db.rateLimitBucket.findMany({ where: { key: { startsWith: "sign-in:login-client:" } }, select: { count: true } });
    expect(buckets.some((b) => b.count === 1)).toBe(true);
  });

  it("one client guessing many logins is stopped, while other clients still sign in", async () => {
    const { login } = await staffWithPassword("BEINEU-SCH-01");
    for (let i = 0; i < SIGN_IN_RATE_LIMITS.perClient.limit; i++) expect((await signIn(`nobody.${i}`, "guess", "sprayer")).kind).toBe("failed");
    expect((await signIn(login, PASSWORD, "sprayer")).kind).toBe("refused");
    expect((await signIn(login, PASSWORD, "someone-else")).kind).toBe("passed");
  });

  it("a burst of parallel guesses from one client checks no more passwords than the limit", async () => {
    const { login } = await staffWithPassword("AKTAU-SCH-07");
    const burst = await Promise.all(Array.from({ length: 20 }, () => signIn(login, "wrong", "burst")));
    expect(burst.filter((r) => r.kind === "failed")).toHaveLength(SIGN_IN_RATE_LIMITS.perLoginAndClient.limit);
    expect(burst.filter((r) => r.kind === "refused")).toHaveLength(20 - SIGN_IN_RATE_LIMITS.perLoginAndClient.limit);
    expect((await signIn(login, PASSWORD, "burst")).kind).toBe("refused");
    expect((await signIn(login, PASSWORD, "another")).kind).toBe("passed");
  });
});

describe("the owner is told of failed sign-ins from elsewhere", () => {
  it("counts the failures of other clients since the last sign-in, once", async () => {
    const { actor, login } = await staffWithPassword("AKTAU-SCH-07");
    await signIn(login, "wrong", "attacker", new Date("2026-11-25T05:01:00Z"));
    await signIn(login, "wrong", "attacker", new Date("2026-11-25T05:02:00Z"));
    await signIn(login, "typo", "owner-office", new Date("2026-11-25T05:03:00Z"));
    expect(await takeFailureNotice(testDb.db, actor.userId, "owner-office")).toEqual({ count: 2, lastAt: new Date("2026-11-25T05:02:00Z") });
    expect(await takeFailureNotice(testDb.db, actor.userId, "owner-office")).toBeNull();
  });

  it("says nothing of the owner's own typos, and unknown logins leave no row", async () => {
    const { actor, login } = await staffWithPassword("AKTAU-SCH-07");
    await signIn(login, "typo", "owner-office");
    await signIn("nobody.at.all", "guess", "owner-office");
    expect(await takeFailureNotice(testDb.db, actor.userId, "owner-office")).toBeNull();
    expect(await testDb.db.signInFailure.count({ where: { userId: actor.userId } })).toBe(0);
  });

  it("forgets failures after 30 days if the owner never signs in", async () => {
    const { actor, login } = await staffWithPassword("AKTAU-SCH-07");
    await signIn(login, "wrong", "attacker", new Date("2026-10-01T05:00:00Z"));
    expect(await pruneSignInFailures(testDb.db, now)).toBeGreaterThanOrEqual(1);
    expect(await testDb.db.signInFailure.count({ where: { userId: actor.userId } })).toBe(0);
  });
});

describe("the second factor at sign-in", () => {
  async function staffWithSecondFactor() {
    const staff = await staffWithPassword("AKTAU-SCH-07");
    const secret = (await pendingSecretFor(testDb.db, staff.actor.userId, KEY))!;
    expect(await acceptTotpCode(testDb.db, staff.actor.userId, totpCode(secret, now), now, { pending: true, key: KEY })).toBe(true);
    return { ...staff, secret };
  }
  const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it("the right password asks for the code; a code checks against the confirmed secret, once", async () => {
    const { actor, login, secret } = await staffWithSecondFactor();
    const first = await signIn(login, PASSWORD, "office");
    expect(first).toMatchObject({ kind: "passed", value: { needsCode: true } });
    const code = totpCode(secret, later(30));
    expect(await codeWithinLimits(testDb.db, { login, userId: actor.userId, code }, "office", later(30), noWait)).toEqual({ kind: "passed", value: true });
    // the same code again (replayed) is a failure
    expect(await codeWithinLimits(testDb.db, { login, userId: actor.userId, code }, "office", later(31), noWait)).toEqual({ kind: "failed" });
  });

  it("a code may come with the password (next-auth's endpoint), and a wrong one fails the whole attempt", async () => {
    const { login, secret } = await staffWithSecondFactor();
    const wrong = await passwordWithinLimits(testDb.db, { login, password: PASSWORD, code: "000000" }, "api", later(60), noWait);
    expect(wrong.kind).toBe("failed");
    const right = await passwordWithinLimits(testDb.db, { login, password: PASSWORD, code: totpCode(secret, later(60)) }, "api", later(60), noWait);
    expect(right).toMatchObject({ kind: "passed", value: { needsCode: false } });
  });

  it("wrong codes count against the same limits as wrong passwords", async () => {
    const { actor, login, secret } = await staffWithSecondFactor();
    for (let i = 0; i < SIGN_IN_RATE_LIMITS.perLoginAndClient.limit; i++) {
      expect((await codeWithinLimits(testDb.db, { login, userId: actor.userId, code: "123456" }, "code-guesser", later(90), noWait)).kind).toBe("failed");
    }
    expect((await codeWithinLimits(testDb.db, { login, userId: actor.userId, code: totpCode(secret, later(90)) }, "code-guesser", later(90), noWait)).kind).toBe("refused");
    expect((await signIn(login, PASSWORD, "code-guesser", later(90))).kind).toBe("refused");
    expect(await testDb.db.signInFailure.count({ where: { userId: actor.userId, reason: "code" } })).toBe(5);
  });

  it("an unconfirmed secret is not asked for, and confirming takes a right code of that secret", async () => {
    const { actor, login } = await staffWithPassword("AKTAU-SCH-07");
    const secret = (await pendingSecretFor(testDb.db, actor.userId, KEY))!;
    // the page shows the same pending secret on every visit until it is confirmed
    expect(await pendingSecretFor(testDb.db, actor.userId, KEY)).toBe(secret);
    expect(await signIn(login, PASSWORD, "office")).toMatchObject({ kind: "passed", value: { needsCode: false } });
    expect(await acceptTotpCode(testDb.db, actor.userId, "000000", now, { pending: true, key: KEY })).toBe(false);
    expect(await acceptTotpCode(testDb.db, actor.userId, totpCode(secret, now), now, { pending: true, key: KEY })).toBe(true);
    // confirmed: the secret is never shown again
    expect(await pendingSecretFor(testDb.db, actor.userId, KEY)).toBeNull();
    const stored = await testDb.db.userSecondFactor.findUniqueOrThrow({ where: { userId: actor.userId }, select: { secretEncrypted: true } });
    expect(stored.secretEncrypted).not.toContain(secret);
  });

  it("confirming gives ten recovery codes: each signs in once instead of the app's code", async () => {
    const { actor, login } = await staffWithPassword("AKTAU-SCH-07");
    const secret = (await pendingSecretFor(testDb.db, actor.userId, KEY))!;
    expect(await confirmSecondFactor(testDb.db, actor.userId, "000000", now, KEY)).toBeNull();
    const codes = (await confirmSecondFactor(testDb.db, actor.userId, totpCode(secret, now), now, KEY))!;
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    const stored = await testDb.db.userSecondFactor.findUniqueOrThrow({ where: { userId: actor.userId }, select: { recoveryCodeHashes: true } });
    expect(stored.recoveryCodeHashes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(stored.recoveryCodeHashes.join()).not.toContain(codes[0]!.slice(0, 5));

    const withCode = (code: string) => codeWithinLimits(testDb.db, { login, userId: actor.userId, code }, "lost-phone", later(120), noWait);
    expect(await withCode(codes[3]!.toLowerCase())).toEqual({ kind: "passed", value: true });
    expect(await withCode(codes[3]!)).toEqual({ kind: "failed" });
    expect(await withCode("AAAAA-AAAAA")).toEqual({ kind: "failed" });
    expect((await testDb.db.userSecondFactor.findUniqueOrThrow({ where: { userId: actor.userId }, select: { recoveryCodeHashes: true } })).recoveryCodeHashes).toHaveLength(RECOVERY_CODE_COUNT - 1);
  });
});
