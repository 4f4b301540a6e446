// Backup and restore test (issue #8): seed, back up, change data after the backup, restore into
// a fresh database, check the restored rows are exactly the ones backed up, then serve the
// portal on the restored database and have a clerk sign in and perform transitions.
//
//   NEXT_DIST_DIR=.next npx tsx scripts/reliability/backup-test.ts     (npm run test:backup)
//
// With TEST_DATABASE_URL (the machine's PostgreSQL server): pg_dump -Fc and pg_restore into a new
// database on that server. Without it: the embedded PostgreSQL 17 (BACKUP_PG_DIR, BACKUP_PG_PORT
// and the next port for the restored copy) and the online physical copy. Exits non-zero on any
// difference. Needs a production build.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { makeIin } from "../../lib/domain/identity";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT } from "../../prisma/factories";
import { copyDataFolderOnline, dumpDatabase, restoreDataFolder, restoreDump } from "../backups";
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from "../embedded-postgres";
import { handoverForm, migrateAndSeed, runReliabilityTest, startPortal, StaffClient, waitForPortal, type Portal } from "./harness";

const serverUrl = process.env.TEST_DATABASE_URL;
const mode = serverUrl ? "pg_dump / pg_restore" : "online physical copy";
const PG_PORT = Number(process.env.BACKUP_PG_PORT ?? 54333);
const PG_DIR = path.resolve(process.env.BACKUP_PG_DIR ?? ".data/postgres-backup");
const RESTORED_DIR = `${PG_DIR}-restored`;
const BACKUP_PATH = serverUrl ? path.resolve(".data/reliability/backup-test.dump") : `${PG_DIR}-copy`;
const PORTAL_PORT = Number(process.env.BACKUP_PORTAL_PORT ?? 3111);
const PREFIX = process.env.BACKUP_DB_PREFIX ?? "sanat_backup";
const LOG_FILE = path.resolve(".data/reliability/backup-portal.log");

const servers: EmbeddedServer[] = [];
let portal: Portal | undefined;

interface Snapshot {
  counts: Record<string, number>;
  applications: string;
  audit: string;
  counters: string;
}

/** Row counts of every table and checksums of applications, the audit trail and the number counters. */
async function snapshot(url: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n);
    const checksum = async (sql: string) => String((await client.query<{ sum: string | null }>(sql)).rows[0]!.sum);
    return {
      counts,
      applications: await checksum(
        `SELECT md5(string_agg(concat_ws('|', "id", "registrationNumber", "state", "version", "assignedExecutorId", "updatedAt", "documents"::text), ',' ORDER BY "id")) AS sum FROM "Application"`,
      ),
      audit: await checksum(
        `SELECT md5(string_agg(concat_ws('|', "id", "applicationId", "actorId", "action", "fromState", "toState", "at", "data"::text), ',' ORDER BY "id")) AS sum FROM "AuditEvent"`,
      ),
      counters: await checksum(`SELECT md5(string_agg(concat_ws('|', "year", "lastNumber"), ',' ORDER BY "year")) AS sum FROM "RegistrationCounter"`),
    };
  } finally {
    await client.end();
  }
}

function differences(expected: Snapshot, actual: Snapshot): string[] {
  const found: string[] = [];
  for (const table of new Set([...Object.keys(expected.counts), ...Object.keys(actual.counts)])) {
    if (expected.counts[table] !== actual.counts[table]) found.push(`${table}: ${expected.counts[table]} rows expected, ${actual.counts[table]} found`);
  }
  for (const key of ["applications", "audit", "counters"] as const) {
    if (expected[key] !== actual[key]) found.push(`${key} checksum differs`);
  }
  return found;
}

/** Work done after the backup: a registration and a take-for-review, through the use-cases. */
async function changeAfterBackup(url: string) {
  const db = createPrismaClient(url, 2);
  try {
    const actorOf = async (login: string) => {
      const user = await db.user.findUniqueOrThrow({ where: { login }, select: { id: true, role: true, fullName: true, organizationId: true } });
      return { userId: user.id, role: user.role, name: user.fullName, organizationId: user.organizationId, applicantId: null };
    };
    const ctx = { db, now: () => new Date() };
    await registerPackage(ctx, await actorOf("clerk.aktau7"), {
      iin: makeIin("1981-07-22", "FEMALE", 4242),
      lastName: "Кейінгі",
      firstName: "Өзгеріс",
      email: "after-backup@mail.kz",
      locale: "kk",
      purpose: "ASSIGN",
      categorySought: (await firstCategory(url))!,
      // a package is registered only with something handed over
      documents: { ...ALL_DOCUMENTS_PRESENT },
    });
    const registered = await db.application.findFirstOrThrow({
      where: { state: "REGISTERED", provider: { code: "AKTAU-SCH-07" } },
      select: { id: true },
    });
    await takeForReview(ctx, await actorOf("executor.aktau7"), registered.id);
  } finally {
    await db.$disconnect();
  }
}

async function firstCategory(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string }>(
      `SELECT c->>'code' AS code FROM "RegulationVersion" v, jsonb_array_elements(v."rules"->'categories') c
       WHERE v."status" = 'PUBLISHED' AND v."effectiveFrom" <= now() ORDER BY v."effectiveFrom" DESC LIMIT 1`,
    );
    return rows[0]?.code;
  } finally {
    await client.end();
  }
}

async function recreateDatabase(url: string) {
  const admin = new pg.Client({ connectionString: databaseUrl(url, "postgres") });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

async function dropDatabases(url: string, names: string[]) {
  const admin = new pg.Client({ connectionString: databaseUrl(url, "postgres") });
  await admin.connect();
  for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

async function main(): Promise<boolean> {
  const started = Date.now();
  mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  rmSync(LOG_FILE, { force: true });
  for (const folder of [PG_DIR, RESTORED_DIR, BACKUP_PATH]) rmSync(folder, { recursive: true, force: true });
  console.log(`backup test: ${mode}`);

  // 1. a seeded database
  let sourceUrl: string;
  let sourceServer: EmbeddedServer | null = null;
  if (serverUrl) {
    sourceUrl = databaseUrl(serverUrl, `${PREFIX}_source`);
    await recreateDatabase(sourceUrl);
  } else {
    sourceServer = await startEmbeddedPostgres(PG_DIR, PG_PORT);
    servers.push(sourceServer);
    sourceUrl = databaseUrl(sourceServer.adminUrl, `${PREFIX}_source`);
    await recreateDatabase(sourceUrl);
  }
  await migrateAndSeed(sourceUrl);
  const backedUp = await snapshot(sourceUrl);

  // 2. the backup, then more work that the backup must not contain
  const backupStarted = Date.now();
  if (serverUrl) dumpDatabase(sourceUrl, BACKUP_PATH);
  else await copyDataFolderOnline(sourceServer!.adminUrl, BACKUP_PATH);
  const backupMs = Date.now() - backupStarted;
  await changeAfterBackup(sourceUrl);
  const changed = await snapshot(sourceUrl);
  const changes = differences(backedUp, changed);
  if (changes.length === 0) throw new Error("the change after the backup changed nothing: the test would prove nothing");

  // 3. restore into a fresh database / data folder
  const restoreStarted = Date.now();
  let restoredUrl: string;
  if (serverUrl) {
    restoredUrl = databaseUrl(serverUrl, `${PREFIX}_restored`);
    await restoreDump(BACKUP_PATH, restoredUrl, { replace: true });
  } else {
    await sourceServer!.stop();
    servers.splice(servers.indexOf(sourceServer!), 1);
    await restoreDataFolder(BACKUP_PATH, RESTORED_DIR);
    const restoredServer = await startEmbeddedPostgres(RESTORED_DIR, PG_PORT + 1);
    servers.push(restoredServer);
    restoredUrl = databaseUrl(restoredServer.adminUrl, `${PREFIX}_source`);
  }
  const restoreMs = Date.now() - restoreStarted;
  const restored = await snapshot(restoredUrl);
  const violations = differences(backedUp, restored).map((d) => `restored database: ${d}`);

  // 4. the portal on the restored database: a clerk signs in and works
  portal = startPortal({ port: PORTAL_PORT, databaseUrl: restoredUrl, logFile: LOG_FILE });
  await waitForPortal(portal.baseURL);
  const clerk = new StaffClient("clerk.aktau7", () => portal!.baseURL);
  const form = new FormData();
  const category = (await firstCategory(restoredUrl))!;
  for (const [name, value] of Object.entries({ iin: makeIin("1983-11-02", "MALE", 2424), lastName: "Қалпына", firstName: "Келтірілген", locale: "kk", purpose: "ASSIGN", categorySought: category })) {
    form.append(name, value);
  }
  // a package is registered only with something handed over
  for (const code of Object.keys(ALL_DOCUMENTS_PRESENT)) form.append("documents", code);
  const registered = await clerk.call("registerIntake", { form });
  if (!registered.ok) violations.push(`the clerk could not register on the restored database: ${registered.reason}`);
  const client = new pg.Client({ connectionString: restoredUrl });
  await client.connect();
  try {
    const { rows: decided } = await client.query<{ id: string; version: number }>(
      `SELECT a."id", a."version" FROM "Application" a JOIN "Organization" o ON o."id" = a."providerId"
       WHERE o."code" = 'AKTAU-SCH-07' AND a."channel" = 'OFFICE' AND a."state" IN ('ACCEPTED', 'REFUSED') ORDER BY a."id" LIMIT 1`,
    );
    if (!decided[0]) violations.push("the seed left no decided office application of AKTAU-SCH-07 to issue");
    else {
      const issued = await clerk.call("issueResultAction", handoverForm(decided[0].id, decided[0].version));
      if (!issued.ok) violations.push(`the clerk could not issue a result on the restored database: ${issued.reason}`);
    }
    const { rows: stored } = await client.query<{ action: string }>(
      `SELECT "action" FROM "AuditEvent" WHERE "id" > (SELECT max("id") FROM "AuditEvent") - 2 ORDER BY "id"`,
    );
    const actions = stored.map((r) => r.action).join(", ");
    if (actions !== "REGISTER_AT_OFFICE, ISSUE_RESULT") violations.push(`the restored database's newest audit events are ${actions}`);
  } finally {
    await client.end();
  }

  console.log(
    [
      "── backup test summary ──",
      `method: ${mode}; backup ${(backupMs / 1000).toFixed(1)} s, restore ${(restoreMs / 1000).toFixed(1)} s`,
      `backed up: ${backedUp.counts.Application} applications, ${backedUp.counts.AuditEvent} audit events, ${Object.keys(backedUp.counts).length} tables`,
      `changed after the backup: ${changes.join("; ")}`,
      `restored: ${differences(backedUp, restored).length === 0 ? "identical row counts in every table and identical checksums of applications, audit trail, counters" : "DIFFERENT"}`,
      `portal on the restored database: clerk signed in, registered a package and issued a result: ${registered.ok ? "yes" : "no"}`,
      `violations: ${violations.length}`,
      ...violations.map((v) => `  ✗ ${v}`),
      `total ${((Date.now() - started) / 1000).toFixed(0)} s`,
    ].join("\n"),
  );
  return violations.length === 0;
}

async function cleanUp() {
  portal?.kill("SIGTERM");
  if (portal) await Promise.race([portal.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  portal?.kill("SIGKILL");
  for (const server of servers) await server.stop().catch(() => {});
  if (serverUrl) await dropDatabases(serverUrl, [`${PREFIX}_source`, `${PREFIX}_restored`]).catch(() => {});
  for (const folder of [RESTORED_DIR, BACKUP_PATH]) if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
}

await runReliabilityTest({ name: "backup test", main, cleanUp });
