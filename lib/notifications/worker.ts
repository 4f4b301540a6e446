// Delivers the outbox after commit. Each notification is claimed with FOR UPDATE SKIP LOCKED in
// its own short transaction, so any number of portal processes can run the worker side by side
// without sending a message twice; a failure is stored (attempts, lastError) and retried later
// with a growing delay until it is marked FAILED.
import type { Db } from "../db/client";
import { log as logger } from "../log/logger";
import type { Transports } from "./transports";

export interface DeliveryOptions {
  /** how many notifications one pass may deliver */
  batchSize?: number;
  /** after this many failed attempts the notification is FAILED and left for a person to look at */
  maxAttempts?: number;
  /** first retry delay; each next one doubles, capped at six hours */
  retryBaseSeconds?: number;
  now?: () => Date;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  retrying: number;
}

const MAX_DELAY_SECONDS = 6 * 60 * 60;

/** One pass over the due notifications; returns what happened. */
export async function deliverPendingNotifications(db: Db, transports: Transports, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const { batchSize = 20, maxAttempts = 5, retryBaseSeconds = 30, now = () => new Date() } = options;
  const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0 };
  for (let i = 0; i < batchSize; i++) {
    const outcome = await deliverOne(db, transports, { maxAttempts, retryBaseSeconds, now: now() });
    if (outcome === "none") break;
    report[outcome] += 1;
  }
  return report;
}

async function deliverOne(
  db: Db,
  transports: Transports,
  { maxAttempts, retryBaseSeconds, now }: { maxAttempts: number; retryBaseSeconds: number; now: Date },
): Promise<keyof DeliveryReport | "none"> {
  return db.$transaction(
    async (tx) => {
      // due: never tried, or its retry delay (base·(2^attempts − 1) after creation, capped) has passed
      const [row] = await tx.$queryRaw<{ id: string; channel: "EMAIL" | "SMS"; recipient: string; subject: string; body: string; locale: string; attempts: number }[]>`
        SELECT "id", "channel", "recipient", "subject", "body", "locale", "attempts"
        FROM "Notification"
        WHERE "status" = 'PENDING'
          AND "createdAt" + make_interval(secs => LEAST(${retryBaseSeconds}::float8 * (power(2, "attempts") - 1), ${MAX_DELAY_SECONDS}::float8)) <= ${now}
        ORDER BY "createdAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!row) return "none" as const;
      try {
        if (row.channel === "EMAIL") await transports.email.send({ id: row.id, to: row.recipient, subject: row.subject, text: row.body }, tx);
        else await transports.sms.send({ to: row.recipient, text: row.body, locale: row.locale });
        await tx.notification.update({ where: { id: row.id }, data: { status: "SENT", attempts: { increment: 1 }, sentAt: now, lastError: null } });
        return "sent" as const;
      } catch (error) {
        const isLastAttempt = row.attempts + 1 >= maxAttempts;
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        await tx.notification.update({
          where: { id: row.id },
          data: { status: isLastAttempt ? "FAILED" : "PENDING", attempts: { increment: 1 }, lastError: message.slice(0, 1000) },
        });
        return isLastAttempt ? ("failed" as const) : ("retrying" as const);
      }
    },
    // the row stays locked while the message is handed over; a slow SMTP server must not hit the default 5 s
    { timeout: 60_000, maxWait: 10_000 },
  );
}

export interface NotificationWorker {
  /** one pass now (tests, and the loop itself) */
  runOnce(): Promise<DeliveryReport>;
  /** stops the loop after the pass in progress */
  stop(): Promise<void>;
}

/** Polls the outbox every `intervalMs` until stopped. Errors of a pass are logged, never fatal. */
export function startNotificationWorker(
  db: Db,
  transports: Transports,
  options: DeliveryOptions & { intervalMs?: number; log?: (line: string, error?: unknown) => void } = {},
): NotificationWorker {
  const { intervalMs = 2000, log = (line, error) => logger.error("notifications.delivery_pass_failed", { message: line, error }) } = options;
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  const runOnce = () => deliverPendingNotifications(db, transports, options);
  const loop = () => {
    if (isStopped) return;
    current = runOnce()
      .catch((error: unknown) => log("[notifications] delivery pass failed; retrying on the next pass", error))
      .finally(() => {
        if (!isStopped) timer = setTimeout(loop, intervalMs).unref();
      });
  };
  timer = setTimeout(loop, 0).unref();

  return {
    runOnce,
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
