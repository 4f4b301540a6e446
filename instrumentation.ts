// Runs once when a portal server process starts: the notification outbox worker lives in the
// portal process (Node.js runtime only; not during `next build`). NOTIFICATION_WORKER=off
// leaves delivery to another process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.NOTIFICATION_WORKER === "off") return;
  const { startPortalNotificationWorker } = await import("./lib/notifications/portal-worker");
  startPortalNotificationWorker();
}
