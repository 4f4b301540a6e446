// The portal server's start in the Node.js runtime (instrumentation.ts imports it only there, so the
// Edge build never sees process.exit): the configuration is validated (a bad variable stops the
// start, named), console output is masked, and the notification outbox worker starts (not during
// `next build`). NOTIFICATION_WORKER=off leaves delivery to another process.
export async function startPortalProcess(): Promise<void> {
  // whatever Next.js or a library prints goes out with IINs, e-mails and phones masked (lib/log/)
  const { redactConsole } = await import("./lib/log/console-redaction");
  redactConsole();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env, EnvError } = await import("./lib/env");
  try {
    // next-auth reads NEXTAUTH_URL itself: without it, it would build its URLs from the request's Host
    process.env.NEXTAUTH_URL ??= env().NEXTAUTH_URL;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    // a server that cannot work must not look healthy to its supervisor: stop now, not at the first request
    process.exit(78); // EX_CONFIG
  }
  const { startPortalNotificationWorker } = await import("./lib/notifications/portal-worker");
  startPortalNotificationWorker();
}
