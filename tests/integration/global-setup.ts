// Integration tests run on a real PostgreSQL: the embedded server by default, or the server
// TEST_DATABASE_URL names. One template database is migrated and loaded with reference data
// once; each test file then gets its own copy (CREATE DATABASE … TEMPLATE), which takes
// milliseconds and isolates files that run in parallel.
import { execFileSync } from "node:child_process";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/client";
import { loadReferenceData } from "../../prisma/reference-data";
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(
      process.env.TEST_EMBEDDED_PG_DIR ?? ".data/postgres-test",
      Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330),
    );
    serverUrl = embedded.adminUrl;
  }
  const templateDatabase = `sanat_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${templateDatabase}"`);

  const templateUrl = databaseUrl(serverUrl, templateDatabase);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: templateUrl, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  const db = createPrismaClient(templateUrl, 2);
  await loadReferenceData(db);
  await db.$disconnect();

  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`);
    // test files drop their own copies; clear any left by a crashed run
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'sanat_test_%'`);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  };
}
