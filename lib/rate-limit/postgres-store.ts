import type { Db } from "../db/client";
import type { RateLimitCounter, RateLimitStore } from "./fixed-window";

/**
 * Counters in the RateLimitBucket table, so every portal process shares them. All counters of
 * an attempt are upserted by one statement (one round trip, one commit); buckets of past windows
 * are deleted now and then by the caller's traffic itself.
 */
export function createPostgresStore(db: Db, options: { pruneOlderThanSeconds?: number } = {}): RateLimitStore {
  const pruneAfterMs = (options.pruneOlderThanSeconds ?? 24 * 60 * 60) * 1000;
  return {
    async increment(counters) {
      if (counters.length === 0) return [];
      // one row per distinct counter (a statement may not update a row twice), in key order, so
      // two attempts sharing counters lock them in the same order and cannot deadlock
      const distinct = new Map<string, RateLimitCounter & { times: number }>();
      for (const counter of counters) {
        const id = bucketId(counter.key, counter.windowStart);
        const seen = distinct.get(id);
        if (seen) seen.times += 1;
        else distinct.set(id, { ...counter, times: 1 });
      }
      const rows = [...distinct.values()];
      // windowStart is timestamp(3) without time zone holding UTC, as Prisma writes it
      const updated = await db.$queryRaw<{ key: string; windowStart: Date; count: number }[]>`
        INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
        SELECT k, w, n FROM unnest(
          ${rows.map((r) => r.key)}::text[],
          ${rows.map((r) => r.windowStart.toISOString().slice(0, 23))}::timestamp(3)[],
          ${rows.map((r) => r.times)}::int[]
        ) AS t(k, w, n)
        ORDER BY k, w
        ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + EXCLUDED."count"
        RETURNING "key", "windowStart", "count"`;
      // about one attempt in a hundred clears old windows: cheap, and no cron to run
      if (Math.random() < 0.01) {
        const oldest = Math.min(...counters.map((c) => c.windowStart.getTime()));
        await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(oldest - pruneAfterMs) } } });
      }
      const total = new Map(updated.map((row) => [bucketId(row.key, row.windowStart), Number(row.count)]));
      // the same counter twice in one attempt reads as two increments in a row would have
      const given = new Map<string, number>();
      return counters.map(({ key, windowStart }) => {
        const id = bucketId(key, windowStart);
        const before = given.get(id) ?? 0;
        given.set(id, before + 1);
        return total.get(id)! - distinct.get(id)!.times + before + 1;
      });
    },
  };
}

const bucketId = (key: string, windowStart: Date) => `${windowStart.getTime()}|${key}`;
