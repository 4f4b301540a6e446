import "server-only";
import { env } from "../env";
import { createPrismaClient, type Db } from "./client";

// One client per server process; in development the module reloads, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { sanatPrisma?: Db };

export function db(): Db {
  if (!globalForPrisma.sanatPrisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForPrisma.sanatPrisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_SIZE);
  }
  return globalForPrisma.sanatPrisma;
}
