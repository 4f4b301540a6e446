import type { Db } from "../db/client";
import { windowStartOf, type RateLimitRule } from "./fixed-window";

/**
 * Gives back the places an attempt took in the counters (consumeRateLimit) once it turned out to
 * be no failure, so the counters hold failures only: one statement for all of them, never below
 * zero. Between the two statements parallel attempts see the place taken, which errs on the side
 * of the limit.
 */
export async function forgiveRateLimit(db: Db, checks: readonly { rule: RateLimitRule; subject: string }[], now: Date): Promise<void> {
  if (checks.length === 0) return;
  const keys = checks.map(({ rule, subject }) => `${rule.name}:${subject}`);
  // windowStart is timestamp(3) without time zone holding UTC, as the store writes it
  const windows = checks.map(({ rule }) => windowStartOf(now, rule.windowSeconds).toISOString().slice(0, 23));
  // rows locked in key order, as the store's upsert takes them, so the two never deadlock
  await db.$executeRaw`
    WITH locked AS (
      SELECT b."key", b."windowStart" FROM "RateLimitBucket" b
      JOIN unnest(${keys}::text[], ${windows}::timestamp(3)[]) AS t(k, w) ON b."key" = t.k AND b."windowStart" = t.w
      WHERE b."count" > 0
      ORDER BY b."key", b."windowStart"
      FOR UPDATE OF b
    )
    UPDATE "RateLimitBucket" AS b SET "count" = b."count" - 1
    FROM locked WHERE b."key" = locked."key" AND b."windowStart" = locked."windowStart" AND b."count" > 0`;
}
