// The portal as a department runs it: `npm run build` once, then `npm run start:production`.
//
//   DATABASE_URL        the portal's role (`<database>_app`: npm run db:roles makes it)
//   DATABASE_OWNER_URL  the tables' owner (`<database>_owner`): migrations, grants, reference data
//   NEXTAUTH_URL, NEXTAUTH_SECRET, DOCUMENT_SIGNING_SECRET, and the rest of lib/env.ts
//   PORT (3000), HOST (127.0.0.1: a reverse proxy of ours stands in front, docs in the README)
//
// In order: the configuration is validated (production rules, every bad variable named); the
// migrations run as the owner; the owner grants the portal's role what it may do; the reference
// data is loaded (missing rows only; never an account: the first administrator comes from
// `npm run admin:create`); the portal's role is checked from the server's side (not a superuser,
// owns nothing, may only INSERT and SELECT the audit trail); the start is written to the audit
// trail; then the portal (scripts/serve.mjs: `next start` and the client's address) runs as the portal's role, without the owner's URL in its environment.
// Ctrl-C / SIGTERM go to the portal's whole process group.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { recordProductionStart } from "../lib/admin/installation";
import { createPrismaClient } from "../lib/db/client";
import { EnvError, parseEnv } from "../lib/env";
import { loadReferenceData } from "../prisma/reference-data";
import { grantPortalRole, leastPrivilegeProblems } from "./production/database-roles";

const BIN = path.resolve("node_modules/.bin");

const startSettings = z.object({
  DATABASE_OWNER_URL: z
    .string({ error: "is required: the tables' owner runs the migrations, the portal runs as DATABASE_URL's role (npm run db:roles makes both)" })
    .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), { error: "must be a postgresql:// URL" }),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

function fail(message: string): never {
  console.error(`start:production: ${message}`);
  process.exit(1);
}

function configuration() {
  const source = { ...process.env, SANAT_MODE: "production" };
  const problems: string[] = [];
  let portal: ReturnType<typeof parseEnv> | null = null;
  try {
    portal = parseEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    problems.push(...error.problems.map((p) => `  ${p.variable} ${p.message}`));
  }
  const start = startSettings.safeParse(source);
  if (!start.success) problems.push(...start.error.issues.map((issue) => `  ${String(issue.path[0])} ${issue.message}`));
  if (problems.length || !portal || !start.success) fail(`the configuration is invalid:\n${problems.join("\n")}`);
  const appRole = decodeURIComponent(new URL(portal.DATABASE_URL).username);
  const ownerRole = decodeURIComponent(new URL(start.data.DATABASE_OWNER_URL).username);
  if (!appRole || appRole === ownerRole) fail("DATABASE_URL must name the portal's own role, not the owner's (DATABASE_OWNER_URL)");
  if (new URL(portal.DATABASE_URL).pathname !== new URL(start.data.DATABASE_OWNER_URL).pathname) fail("DATABASE_URL and DATABASE_OWNER_URL must name the same database");
  if (!existsSync(path.join(start.data.NEXT_DIST_DIR, "BUILD_ID"))) fail(`no build in ${start.data.NEXT_DIST_DIR}: run \`npm run build\` first`);
  return { portal, start: start.data, appRole };
}

function migrate(ownerUrl: string) {
  const result = spawnSync(path.join(BIN, "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: ownerUrl, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) fail(`the migrations failed (prisma migrate deploy exited with ${result.status ?? result.signal})`);
}

/** Several portal processes may start at once: one loads the reference data, the others then find it loaded. */
async function loadReferenceDataOnce(ownerUrl: string) {
  const lock = new pg.Client({ connectionString: ownerUrl });
  await lock.connect();
  const db = createPrismaClient(ownerUrl, 2);
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('sanat: reference data'))");
    const loaded = await loadReferenceData(db);
    const added = loaded.organizations + loaded.regulationVersions + loaded.holidays;
    console.log(
      added
        ? `Reference data added: ${loaded.organizations} organizations, ${loaded.regulationVersions} regulation versions, ${loaded.holidays} holidays.`
        : "Reference data: nothing to add.",
    );
  } finally {
    await db.$disconnect();
    await lock.end();
  }
}

async function recordStart(ownerUrl: string, appRole: string) {
  const db = createPrismaClient(ownerUrl, 1);
  try {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    await recordProductionStart(db, { version, node: process.version, portalRole: appRole });
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const { portal, start, appRole } = configuration();
  const ownerUrl = start.DATABASE_OWNER_URL;
  migrate(ownerUrl);
  await grantPortalRole(ownerUrl, appRole);
  await loadReferenceDataOnce(ownerUrl);
  const problems = await leastPrivilegeProblems(portal.DATABASE_URL);
  if (problems.length) fail(`the portal's database role has more rights than it may:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  await recordStart(ownerUrl, appRole);

  const env: NodeJS.ProcessEnv = { ...process.env, SANAT_MODE: "production", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: start.NEXT_DIST_DIR };
  delete env.DATABASE_OWNER_URL; // the portal never holds the owner's password
  console.log(`Starting the portal (production) on ${start.HOST}:${start.PORT} as the database role ${appRole}; public origin ${portal.NEXTAUTH_URL}`);
  // the portal's entry: next start plus each client's socket address for the rate limits
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-H", start.HOST, "-p", String(start.PORT)], { env, stdio: "inherit", detached: true });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // the group is already gone
      }
    });
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
