// Failed sign-ins, counted in the PostgreSQL rate-limit buckets every portal process shares. Only
// failures count: a clerk who signs in fifty times a day is never slowed down.
//
// Refusing a login outright after N failures from anywhere let anyone lock anyone out (issue 14,
// finding 3). So a client is refused only for what *it* did: 5 failures for one login, or 30 for
// any logins, in 15 minutes. A login's failures from everywhere never refuse its owner: past 5 in
// the window every attempt at it first waits, longer and longer (up to 8 s), which costs a
// guesser spread over many addresses far more than the owner's one try. Each failure for an
// existing account is kept (SignInFailure) until its owner's next sign-in tells them.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { log } from "../log/logger";
import { countAttempt, windowStartOf, type RateLimitRule } from "../rate-limit/fixed-window";
import { createPostgresStore } from "../rate-limit/postgres-store";
import { checkPassword, normalizeLogin } from "./authenticate";
import { acceptSignInCode, secondFactorOf } from "./second-factor";

const WINDOW_SECONDS = 15 * 60;

export const SIGN_IN_RATE_LIMITS = {
  perLoginAndClient: { name: "sign-in:login-client", limit: 5, windowSeconds: WINDOW_SECONDS },
  perClient: { name: "sign-in:client", limit: 30, windowSeconds: WINDOW_SECONDS },
  // counted, never refused: it sets the delay (signInDelayMs)
  perLogin: { name: "sign-in:login", limit: Number.MAX_SAFE_INTEGER, windowSeconds: WINDOW_SECONDS },
} as const satisfies Record<string, RateLimitRule>;

export const SIGN_IN_SLOWDOWN = { afterFailures: 5, firstDelayMs: 500, maxDelayMs: 8_000 } as const;

/** The wait before checking a password for a login that failed `failures` times in the window, from anywhere. */
export function signInDelayMs(failures: number): number {
  const over = failures - SIGN_IN_SLOWDOWN.afterFailures;
  if (over <= 0) return 0;
  return Math.min(SIGN_IN_SLOWDOWN.maxDelayMs, SIGN_IN_SLOWDOWN.firstDelayMs * 2 ** (over - 1));
}

/** Failed sign-ins are kept this long at most when the owner never signs in again. */
export const SIGN_IN_FAILURE_RETENTION_DAYS = 30;

// logins are hashed like client addresses: the buckets and logs hold no personal data (an IIN is one)
export const loginSubject = (login: string) => createHash("sha256").update(normalizeLogin(login)).digest("hex").slice(0, 24);

export type FailureReason = "password" | "code";

/** What one checked attempt found: the actor, a first factor that needs its second, or a failure. */
type Checked<T> = { ok: true; value: T } | { ok: false; userId: string | null; reason: FailureReason };

export type SignInOutcome<T> = { kind: "passed"; value: T } | { kind: "failed" } | { kind: "refused"; retryAfterSeconds: number };

export interface ThrottleOptions {
  /** how to wait (tests pass a recorder) */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function checksFor(login: string, clientKey: string) {
  const subject = loginSubject(login);
  return [
    { rule: SIGN_IN_RATE_LIMITS.perLoginAndClient, subject: `${subject}:${clientKey}` },
    { rule: SIGN_IN_RATE_LIMITS.perClient, subject: clientKey },
    { rule: SIGN_IN_RATE_LIMITS.perLogin, subject },
  ];
}

/**
 * Takes back a reserved attempt: a success, or a refusal (no password was checked), is no failure.
 * The rows are locked in key order, as the reserving upsert locks them, so a burst of attempts
 * reserving and giving back the same counters cannot deadlock.
 */
async function forgiveAttempt(db: Db, checks: ReturnType<typeof checksFor>, now: Date): Promise<void> {
  const keys = checks.map(({ rule, subject }) => `${rule.name}:${subject}`);
  const windows = checks.map(({ rule }) => windowStartOf(now, rule.windowSeconds).toISOString().slice(0, 23));
  await db.$executeRaw`
    UPDATE "RateLimitBucket" b SET "count" = b."count" - 1
    FROM (
      SELECT r."key", r."windowStart" FROM "RateLimitBucket" r
      JOIN unnest(${keys}::text[], ${windows}::timestamp(3)[]) AS t(k, w) ON r."key" = t.k AND r."windowStart" = t.w
      WHERE r."count" > 0
      ORDER BY r."key", r."windowStart"
      FOR UPDATE OF r
    ) locked
    WHERE b."key" = locked."key" AND b."windowStart" = locked."windowStart"`;
}

/**
 * Runs `check` (a password, a code) behind the limits. Each attempt first reserves a place in its
 * counters (one atomic upsert), so a burst of parallel guesses from one client checks no more than
 * the limit; a client over a limit is refused before anything is checked, and its attempt is not
 * counted (nothing was tried). A success gives its place back; a failure keeps it, is logged, and
 * is kept for the account's owner.
 */
export async function withinSignInLimits<T>(
  db: Db,
  login: string,
  clientKey: string,
  now: Date,
  check: () => Promise<Checked<T>>,
  options: ThrottleOptions = {},
): Promise<SignInOutcome<T>> {
  const checks = checksFor(login, clientKey);
  const { decision, counts } = await countAttempt(createPostgresStore(db), checks, now);
  const fields = { login: loginSubject(login), client: clientKey };
  if (!decision.isAllowed) {
    await forgiveAttempt(db, checks, now);
    log.warn("auth.sign_in.refused", { ...fields, retryAfterSeconds: decision.retryAfterSeconds });
    return { kind: "refused", retryAfterSeconds: decision.retryAfterSeconds };
  }
  // the failures of this login from everywhere before this attempt
  const delayMs = signInDelayMs(counts[2]! - 1);
  if (delayMs > 0) {
    log.warn("auth.sign_in.slowed", { ...fields, delayMs });
    await (options.sleep ?? realSleep)(delayMs);
  }
  const checked = await check();
  if (checked.ok) {
    await forgiveAttempt(db, checks, now);
    return { kind: "passed", value: checked.value };
  }
  log.warn("auth.sign_in.failed", { ...fields, userId: checked.userId, reason: checked.userId ? checked.reason : "unknown_login" });
  if (checked.userId) await db.signInFailure.create({ data: { userId: checked.userId, clientKey, reason: checked.reason, at: now } });
  if (Math.random() < 0.01) await pruneSignInFailures(db, now);
  return { kind: "failed" };
}

/** The first factor, as the form's first step sees it: the actor, and whether a code must follow. */
export interface PasswordPassed {
  actor: Actor;
  needsCode: boolean;
}

/**
 * Login and password (and, for an account with a second factor, a code given in the same
 * request: next-auth's credentials endpoint). Without a code such an account passes with
 * `needsCode`, and the code is checked by codeWithinLimits as an attempt of its own.
 */
export async function passwordWithinLimits(
  db: Db,
  input: { login: string; password: string; code?: string },
  clientKey: string,
  now: Date,
  options: ThrottleOptions = {},
): Promise<SignInOutcome<PasswordPassed>> {
  return withinSignInLimits<PasswordPassed>(db, input.login, clientKey, now, async () => {
    const { actor, userId } = await checkPassword(db, input.login, input.password);
    if (!actor) return { ok: false, userId, reason: "password" };
    if (!(await secondFactorOf(db, actor.userId)).isConfirmed) return { ok: true, value: { actor, needsCode: false } };
    if (input.code === undefined || input.code === "") return { ok: true, value: { actor, needsCode: true } };
    if (!(await acceptSignInCode(db, actor.userId, input.code, now))) return { ok: false, userId: actor.userId, reason: "code" };
    return { ok: true, value: { actor, needsCode: false } };
  }, options);
}

/** The code (or a recovery code) of an account whose password was right a moment ago (the form's second step). */
export async function codeWithinLimits(
  db: Db,
  input: { login: string; userId: string; code: string },
  clientKey: string,
  now: Date,
  options: ThrottleOptions = {},
): Promise<SignInOutcome<true>> {
  return withinSignInLimits<true>(db, input.login, clientKey, now, async () => {
    if (await acceptSignInCode(db, input.userId, input.code, now)) return { ok: true, value: true };
    return { ok: false, userId: input.userId, reason: "code" };
  }, options);
}

export interface FailureNotice {
  /** failed attempts since the last sign-in, from clients other than the one signing in now */
  count: number;
  lastAt: Date;
}

/**
 * At a sign-in: what failed for this account since the last one, from elsewhere (this client's
 * own typos are not news to it), then forgotten. Null when there is nothing to tell.
 */
export async function takeFailureNotice(db: Db, userId: string, clientKey: string): Promise<FailureNotice | null> {
  const rows = await db.$queryRaw<{ clientKey: string; at: Date }[]>`
    DELETE FROM "SignInFailure" WHERE "userId" = ${userId} RETURNING "clientKey", "at"`;
  const elsewhere = rows.filter((row) => row.clientKey !== clientKey);
  if (elsewhere.length === 0) return null;
  return { count: elsewhere.length, lastAt: new Date(Math.max(...elsewhere.map((row) => row.at.getTime()))) };
}

export async function pruneSignInFailures(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - SIGN_IN_FAILURE_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.signInFailure.deleteMany({ where: { at: { lt: before } } });
  return count;
}
