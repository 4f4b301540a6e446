// The outbox worker as the portal runs it: started once per server process by instrumentation.ts.
import { createPrismaClient } from "../db/client";
import { env } from "../env";
import { log } from "../log/logger";
import { transportsFromEnv } from "./transports";
import { startNotificationWorker, type NotificationWorker } from "./worker";

const globalForWorker = globalThis as unknown as { sanatNotificationWorker?: NotificationWorker };

export function startPortalNotificationWorker(): NotificationWorker | null {
  if (globalForWorker.sanatNotificationWorker) return globalForWorker.sanatNotificationWorker;
  const { DATABASE_URL, NOTIFICATION_WORKER, NOTIFICATION_POLL_MS } = env();
  if (NOTIFICATION_WORKER === "off") {
    log.info("notifications.worker_not_started", { reason: "NOTIFICATION_WORKER=off" });
    return null;
  }
  // its own small pool, so delivery never takes connections the pages need
  const db = createPrismaClient(DATABASE_URL, 2);
  const worker = startNotificationWorker(db, transportsFromEnv(db), { intervalMs: NOTIFICATION_POLL_MS });
  // no signal handlers of its own: they would replace Node's default exit on SIGTERM. A message
  // being handed over when the process dies stays PENDING (its transaction rolls back) and is
  // delivered on the next pass: at least once.
  globalForWorker.sanatNotificationWorker = worker;
  return worker;
}
