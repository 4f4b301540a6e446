// Fresh, migrated benchmark databases: on the embedded PostgreSQL (port 54370, .data/postgres-bench)
// or on a given server (names must start with sanat_bench_ there).
import { execFileSync } from "node:child_process";
import pg from "pg";
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from "../scripts/embedded-postgres";

export const EMBEDDED_PORT = 54370;

export async function startBenchPostgres(): Promise<EmbeddedServer> {
  return startEmbeddedPostgres(".data/postgres-bench", EMBEDDED_PORT);
}

/** Drops and recreates `name` on the server, migrates it, and returns its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  if (!name.startsWith("sanat_bench")) throw new Error(`bench databases are named sanat_bench_*, not ${name}`);
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrl(serverUrl, name);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  return url;
}
