import type { Db } from "../db/client";
import type { RateLimitStore } from "./fixed-window";

/**
 * Counters in the RateLimitBucket table, so every portal process shares them. One upsert per
 * attempt; buckets of past windows are deleted now and then by the caller's traffic itself.
 */
export function createPostgresStore(db: Db, options: { pruneOlderThanSeconds?: number } = {}): RateLimitStore {
  const pruneAfterMs = (options.pruneOlderThanSeconds ?? 24 * 60 * 60) * 1000;
  return {
    async increment(key, windowStart) {
      const rows = await db.$queryRaw<{ count: number }[]>`
        INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
        ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
        RETURNING "count"`;
      // about one attempt in a hundred clears old windows: cheap, and no cron to run
      if (Math.random() < 0.01) {
        await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(windowStart.getTime() - pruneAfterMs) } } });
      }
      return Number(rows[0]?.count ?? 0);
    },
  };
}
