// Runs once when a portal server process starts: console output is masked, and the notification
// outbox worker lives in the portal process (Node.js runtime only; not during `next build`).
// NOTIFICATION_WORKER=off leaves delivery to another process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // whatever Next.js or a library prints goes out with IINs, e-mails and phones masked (lib/log/)
  const { redactConsole } = await import("./lib/log/console-redaction");
  redactConsole();
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.NOTIFICATION_WORKER === "off") return;
  const { startPortalNotificationWorker } = await import("./lib/notifications/portal-worker");
  startPortalNotificationWorker();
}
