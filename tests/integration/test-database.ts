import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/client";
import { databaseUrl } from "../../scripts/embedded-postgres";

/**
 * Gives the calling test file its own database, copied from the migrated template, and drops it
 * afterwards. Use as `const testDb = useTestDatabase();` then `testDb.db` inside tests.
 */
export function useTestDatabase(): { readonly db: Db; readonly url: string } {
  const serverUrl = inject("serverUrl");
  const name = `sanat_test_${randomBytes(6).toString("hex")}`;
  const url = databaseUrl(serverUrl, name);
  let client: Db | undefined;

  async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
    const connection = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
    await connection.connect();
    try {
      return await run(connection);
    } finally {
      await connection.end();
    }
  }

  beforeAll(async () => {
    await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`));
    client = createPrismaClient(url, 30);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  return {
    get db() {
      if (!client) throw new Error("The test database is created in beforeAll; use it inside tests");
      return client;
    },
    url,
  };
}
