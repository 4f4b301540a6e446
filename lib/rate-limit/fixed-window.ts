// Fixed-window rate limits: a counter per (key, window). The counting is pure and tested here;
// where the counters live (PostgreSQL, shared by every portal process) is the store's business.

export interface RateLimitRule {
  /** what is counted, e.g. "status:ip" */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitCounter {
  key: string;
  windowStart: Date;
}

export interface RateLimitStore {
  /**
   * Adds one to each counter and returns the new counts in the same order. All of one attempt's
   * counters at once: the PostgreSQL store does it in one statement (one round trip, one commit).
   */
  increment(counters: readonly RateLimitCounter[]): Promise<number[]>;
}

export type RateLimitDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

export function windowStartOf(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one attempt against every rule (each with its own subject: a client, a registration
 * number…) and refuses when any counter is past its limit. Every attempt is counted, refused
 * ones too, so hammering does not reopen the window early.
 */
export async function consumeRateLimit(
  store: RateLimitStore,
  checks: readonly { rule: RateLimitRule; subject: string }[],
  now: Date,
): Promise<RateLimitDecision> {
  return (await countAttempt(store, checks, now)).decision;
}

/** consumeRateLimit, with each counter's new count too (in the order of `checks`). */
export async function countAttempt(
  store: RateLimitStore,
  checks: readonly { rule: RateLimitRule; subject: string }[],
  now: Date,
): Promise<{ decision: RateLimitDecision; counts: number[] }> {
  const counters = checks.map(({ rule, subject }) => ({ key: `${rule.name}:${subject}`, windowStart: windowStartOf(now, rule.windowSeconds) }));
  const counts = await store.increment(counters);
  let retryAfterSeconds = 0;
  checks.forEach(({ rule }, i) => {
    if (counts[i]! > rule.limit) {
      const windowEnd = counters[i]!.windowStart.getTime() + rule.windowSeconds * 1000;
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil((windowEnd - now.getTime()) / 1000));
    }
  });
  return { decision: retryAfterSeconds > 0 ? { isAllowed: false, retryAfterSeconds } : { isAllowed: true }, counts };
}

/** For unit tests and single-process tools. */
export function createMemoryStore(): RateLimitStore & { size(): number } {
  const counters = new Map<string, number>();
  return {
    async increment(toCount) {
      return toCount.map(({ key, windowStart }) => {
        const id = `${key}@${windowStart.toISOString()}`;
        const count = (counters.get(id) ?? 0) + 1;
        counters.set(id, count);
        return count;
      });
    },
    size: () => counters.size,
  };
}
