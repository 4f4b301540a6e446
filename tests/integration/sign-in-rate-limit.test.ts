import { describe, expect, it } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import { authenticateWithinLimits, SIGN_IN_RATE_LIMITS } from "../../lib/auth/sign-in-throttle";
import { createStaffAccount } from "../../prisma/factories";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const PASSWORD = "right-password-2026";

async function staffWithPassword(code: string) {
  const actor = await createStaffAccount(testDb.db, { role: "CLERK", organization: code, passwordHash: await hashPassword(PASSWORD) });
  return { actor, login: actor.login };
}

// a quarter past the start of a 15-minute window: 10 minutes of it are left
const now = new Date("2026-11-25T05:05:00Z");

describe("failed sign-ins are limited in PostgreSQL", () => {
  it("after 5 wrong passwords for one login, even the right one is refused until the window ends", async () => {
    const { login } = await staffWithPassword("AKTAU-SCH-07");
    for (let i = 0; i < SIGN_IN_RATE_LIMITS.perLogin.limit; i++) {
      expect(await authenticateWithinLimits(testDb.db, login, "wrong", `client-${i}`, now)).toBeNull();
    }
    await expect(authenticateWithinLimits(testDb.db, login, PASSWORD, "client-fresh", now)).rejects.toThrow("RATE_LIMITED:600");
    // the IIN or login typed with other spacing or case is the same login
    await expect(authenticateWithinLimits(testDb.db, ` ${login.toUpperCase()} `, PASSWORD, "client-fresh", now)).rejects.toThrow(/^RATE_LIMITED/);

    const nextWindow = new Date("2026-11-25T05:15:00Z");
    expect((await authenticateWithinLimits(testDb.db, login, PASSWORD, "client-fresh", nextWindow))?.role).toBe("CLERK");
  });

  it("successful sign-ins are never counted", async () => {
    const { login } = await staffWithPassword("AKTAU-SCH-07");
    for (let i = 0; i < SIGN_IN_RATE_LIMITS.perLogin.limit * 3; i++) {
      expect(await authenticateWithinLimits(testDb.db, login, PASSWORD, "busy-office", now)).not.toBeNull();
    }
    // …so a typo after a busy morning is still just a wrong password
    expect(await authenticateWithinLimits(testDb.db, login, "typo", "busy-office", now)).toBeNull();
  });

  it("one client guessing many logins is stopped, while other clients still sign in", async () => {
    const { login } = await staffWithPassword("BEINEU-SCH-01");
    for (let i = 0; i < SIGN_IN_RATE_LIMITS.perClient.limit; i++) {
      expect(await authenticateWithinLimits(testDb.db, `nobody.${i}`, "guess", "guesser", now)).toBeNull();
    }
    await expect(authenticateWithinLimits(testDb.db, login, PASSWORD, "guesser", now)).rejects.toThrow(/^RATE_LIMITED:\d+$/);
    expect(await authenticateWithinLimits(testDb.db, login, PASSWORD, "someone-else", now)).not.toBeNull();
  });

  it("a burst of parallel guesses checks no more passwords than the limit", async () => {
    const { login } = await staffWithPassword("AKTAU-SCH-07");
    const burst = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => authenticateWithinLimits(testDb.db, login, "wrong", `c${i}`, now)));
    const checked = burst.filter((r) => r.status === "fulfilled");
    expect(checked).toHaveLength(SIGN_IN_RATE_LIMITS.perLogin.limit);
    expect(checked.every((r) => r.value === null)).toBe(true);
    for (const refused of burst.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(String(refused.reason)).toMatch(/RATE_LIMITED:600$/);
    }
    await expect(authenticateWithinLimits(testDb.db, login, PASSWORD, "later", now)).rejects.toThrow(/^RATE_LIMITED/);
  });
});
