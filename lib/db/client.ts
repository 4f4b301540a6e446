// The Prisma client for plain Node use (seed, scripts, tests); the app imports lib/db/prisma.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolThatDropsDeadConnections(connectionString, max), { disposeExternalPool: true }) });
}

/**
 * Prisma 6.19 gives a transaction's connection back to the pool only after its COMMIT or ROLLBACK
 * succeeds. When the connection dies inside a transaction (PostgreSQL restarted, the backend
 * terminated) neither can, and the pool counts the dead connection forever: after `max` such
 * losses every query of the process waits (found by scripts/reliability/crash-test.ts). Here a
 * checked-out connection that fails is removed from the pool at once; a later release of it is a
 * no-op.
 */
function poolThatDropsDeadConnections(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  const connect = pool.connect.bind(pool);
  const guardedConnect = async () => {
    const client = await connect();
    const release = client.release;
    let isReleased = false;
    const releaseOnce = (error?: Error | boolean) => {
      if (isReleased) return;
      isReleased = true;
      client.removeListener("error", onError);
      release(error);
    };
    const onError = (error: Error) => releaseOnce(error);
    client.on("error", onError);
    client.release = releaseOnce;
    return client;
  };
  // pool.query() checks out with a callback and releases with the error itself: leave it as it is
  pool.connect = ((callback?: Parameters<typeof connect>[0]) => (callback ? connect(callback) : guardedConnect())) as typeof pool.connect;
  return pool;
}
