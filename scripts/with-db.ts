// Runs commands against PostgreSQL: the embedded server by default, or the one DATABASE_URL names.
//
//   tsx scripts/with-db.ts [--fresh] -- cmd1 args -- cmd2 args -- long-running-server
//
// --fresh drops the database first, and refuses one on another machine unless
// SANAT_ALLOW_REMOTE_RESET=1 (scripts/reset-guard.ts). Commands run in order; the process waits
// for each to finish. Ctrl-C (SIGINT/SIGTERM) is forwarded to the running command's whole
// process group (so `next start` does not leave `next-server` orphaned), then the embedded
// server is stopped cleanly; its data stays in .data/postgres between runs (its superuser's random
// password beside it, in .data/postgres/.password: scripts/embedded-postgres.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";
import { exitUnlessResetAllowed } from "./reset-guard";

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_DIR = process.env.EMBEDDED_PG_DIR ?? ".data/postgres";
const DATABASE = process.env.SANAT_DATABASE ?? "sanat";

function splitCommands(argv: string[]): { flags: string[]; commands: string[][] } {
  const flags: string[] = [];
  const commands: string[][] = [];
  let current: string[] | null = null;
  for (const arg of argv) {
    if (arg === "--") {
      current = [];
      commands.push(current);
    } else if (current) current.push(arg);
    else flags.push(arg);
  }
  return { flags, commands: commands.filter((c) => c.length > 0) };
}

async function ensureDatabase(serverUrl: string, name: string, fresh: boolean) {
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

// A demo install needs a stable session secret without asking the user for one.
function localSessionSecret(): string {
  const file = ".data/nextauth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

let running: ReturnType<typeof spawn> | null = null;
let stopping = false;

function runCommand(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const [bin, ...args] = command as [string, ...string[]];
    const child = spawn(bin, args, { stdio: "inherit", env, detached: true, shell: false });
    running = child;
    child.on("exit", (code, signal) => {
      running = null;
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on("error", (error) => {
      console.error(`Could not start ${bin}: ${error.message}`);
      running = null;
      resolve(127);
    });
  });
}

async function main() {
  const { flags, commands } = splitCommands(process.argv.slice(2));
  const fresh = flags.includes("--fresh");
  let embedded: EmbeddedServer | null = null;
  let url = process.env.DATABASE_URL;
  if (url) {
    if (fresh) exitUnlessResetAllowed(url);
    await ensureDatabase(url, new URL(url).pathname.slice(1), fresh);
  } else {
    console.log(`Starting the embedded PostgreSQL 17 (data in ${EMBEDDED_DIR}, port ${EMBEDDED_PORT})…`);
    embedded = await startEmbeddedPostgres(EMBEDDED_DIR, EMBEDDED_PORT);
    await ensureDatabase(embedded.adminUrl, DATABASE, fresh);
    url = databaseUrl(embedded.adminUrl, DATABASE);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSessionSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? "http://localhost:3000",
    // the demo's rules (lib/env.ts): keys derived from the local session secret; a department's
    // install runs `npm run start:production` instead
    SANAT_MODE: process.env.SANAT_MODE ?? "demo",
    CHECKPOINT_DISABLE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
  };

  const shutdown = async (exitCode: number) => {
    if (embedded) {
      await embedded.stop().catch((error) => console.error("Stopping PostgreSQL failed:", error));
    }
    process.exit(exitCode);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      if (running?.pid) {
        try {
          process.kill(-running.pid, signal);
        } catch {
          // the group is already gone; nothing to forward
        }
      } else void shutdown(130);
    });
  }

  let exitCode = 0;
  for (const command of commands) {
    if (stopping) break;
    exitCode = await runCommand(command, env);
    if (exitCode !== 0 && !stopping) {
      console.error(`\`${command.join(" ")}\` exited with ${exitCode}`);
      break;
    }
  }
  await shutdown(stopping ? 0 : exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
