// Failed sign-ins are counted per login and per client, in the PostgreSQL rate-limit buckets
// every portal process shares. Only failures count: a clerk who signs in fifty times a day is
// never slowed down, while guessing one account's password (or many accounts' from one place)
// stops after a few tries until the window ends.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import { consumeRateLimit, windowStartOf, type RateLimitRule } from "../rate-limit/fixed-window";
import { createPostgresStore } from "../rate-limit/postgres-store";
import type { Actor } from "../domain/permissions";
import { authenticate, normalizeLogin } from "./authenticate";

export const SIGN_IN_RATE_LIMITS = {
  perLogin: { name: "sign-in:login", limit: 5, windowSeconds: 15 * 60 },
  perClient: { name: "sign-in:client", limit: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** What authorize() throws when sign-in is refused for now; next-auth hands the message to the form. */
export const SIGN_IN_RATE_LIMITED = "RATE_LIMITED";

export function rateLimitedError(retryAfterSeconds: number): Error {
  return new Error(`${SIGN_IN_RATE_LIMITED}:${retryAfterSeconds}`);
}

// logins are hashed like client addresses: the buckets hold no personal data (an IIN is one)
const loginSubject = (login: string) => createHash("sha256").update(normalizeLogin(login)).digest("hex").slice(0, 24);

function checksFor(login: string, clientKey: string) {
  return [
    { rule: SIGN_IN_RATE_LIMITS.perLogin, subject: loginSubject(login) },
    { rule: SIGN_IN_RATE_LIMITS.perClient, subject: clientKey },
  ];
}

/** Takes back the attempt a successful sign-in reserved: only failures count against the limits. */
async function forgiveAttempt(db: Db, checks: ReturnType<typeof checksFor>, now: Date): Promise<void> {
  for (const { rule, subject } of checks) {
    const windowStart = windowStartOf(now, rule.windowSeconds);
    await db.rateLimitBucket.updateMany({
      where: { key: `${rule.name}:${subject}`, windowStart, count: { gt: 0 } },
      data: { count: { decrement: 1 } },
    });
  }
}

/**
 * authenticate() behind the limits. Each attempt first reserves a place in the login's and the
 * client's counters (one atomic upsert each), so a burst of parallel guesses checks no more
 * passwords than the limit; over the limit it throws the rate-limited error before any password
 * is checked, so a right guess then is refused like a wrong one. A success gives its place back.
 */
export async function authenticateWithinLimits(db: Db, login: string, password: string, clientKey: string, now: Date): Promise<Actor | null> {
  const checks = checksFor(login, clientKey);
  const decision = await consumeRateLimit(createPostgresStore(db), checks, now);
  if (!decision.isAllowed) throw rateLimitedError(decision.retryAfterSeconds);
  const actor = await authenticate(db, login, password);
  if (actor) await forgiveAttempt(db, checks, now);
  return actor;
}
