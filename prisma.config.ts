import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter";

process.env.CHECKPOINT_DISABLE ??= "1";
// `prisma generate` needs a URL to pick the Wasm engine even though it never connects.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:54329/sanat";

// The Wasm schema engine arms long timers that keep `migrate` alive for up to a minute
// after it is done; unref the long ones so the process exits when its work ends.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...args);
  if ((ms ?? 0) >= 5000 && typeof timer === "object" && timer && "unref" in timer) timer.unref();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => createMigrationAdapter(process.env.DATABASE_URL!),
});
