// Fixed-window rate limits: a counter per (key, window). The counting is pure and tested here;
// where the counters live (PostgreSQL, shared by every portal process) is the store's business.

export interface RateLimitRule {
  /** what is counted, e.g. "status:ip" */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitStore {
  /** adds one to the counter of (key, windowStart) and returns the new count */
  increment(key: string, windowStart: Date): Promise<number>;
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
  let retryAfterSeconds = 0;
  for (const { rule, subject } of checks) {
    const windowStart = windowStartOf(now, rule.windowSeconds);
    const count = await store.increment(`${rule.name}:${subject}`, windowStart);
    if (count > rule.limit) {
      const windowEnd = windowStart.getTime() + rule.windowSeconds * 1000;
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil((windowEnd - now.getTime()) / 1000));
    }
  }
  return retryAfterSeconds > 0 ? { isAllowed: false, retryAfterSeconds } : { isAllowed: true };
}

/** For unit tests and single-process tools. */
export function createMemoryStore(): RateLimitStore & { size(): number } {
  const counters = new Map<string, number>();
  return {
    async increment(key, windowStart) {
      const id = `${key}@${windowStart.toISOString()}`;
      const count = (counters.get(id) ?? 0) + 1;
      counters.set(id, count);
      return count;
    },
    size: () => counters.size,
  };
}
