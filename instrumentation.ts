// Runs once when a portal server process starts. Everything it does needs Node.js, so it lives in
// instrumentation-node.ts, imported only in that runtime (Next.js's pattern for Node-only start-up).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPortalProcess } = await import("./instrumentation-node");
  await startPortalProcess();
}
