// Backups of the portal's PostgreSQL, two ways (docs/RELIABILITY.md, "Backups"):
//
// - a PostgreSQL server (DATABASE_URL): a logical dump, `pg_dump -Fc`, restored with
//   `pg_restore` into a fresh database. PG_DUMP / PG_RESTORE name other binaries when the ones
//   on PATH are older than the server (pg_dump refuses a newer server).
// - the embedded PostgreSQL 17: no pg_dump of that version exists on the machine, so an online
//   physical copy of the data folder with PostgreSQL's own low-level API: pg_backup_start, copy,
//   pg_backup_stop, its backup_label written into the copy, and the WAL written meanwhile (a
//   temporary replication slot keeps it from being recycled while the copy runs). The portal keeps
//   working during the backup; a restored copy replays that WAL on start and is consistent as of
//   pg_backup_stop. Stop-copy-start would be simpler but needs the server stopped, and the server
//   belongs to the running portal's process (scripts/with-db.ts).
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { copyFile, lstat, mkdir, readdir, readlink, symlink } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { databaseUrl } from "./embedded-postgres";

// ----- a PostgreSQL server: pg_dump / pg_restore ---------------------------------------------

const PG_DUMP = process.env.PG_DUMP ?? "pg_dump";
const PG_RESTORE = process.env.PG_RESTORE ?? "pg_restore";

/** `pg_dump -Fc` of the database `url` names into `file`. */
export function dumpDatabase(url: string, file: string) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  execFileSync(PG_DUMP, ["--format=custom", "--file", file, "--dbname", url], { stdio: ["ignore", "inherit", "inherit"] });
}

/**
 * Creates the database `url` names (it must not exist: a restore never mixes with other rows)
 * and restores the dump into it. Ownership and grants of the source are not carried over: the
 * restoring user owns everything, as the portal's user did.
 */
export async function restoreDump(file: string, url: string, { replace = false } = {}) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: databaseUrl(url, "postgres") });
  await admin.connect();
  try {
    if (replace) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) throw new Error(`The database ${name} already exists; restore into a new one, or pass --replace to drop it first`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  execFileSync(PG_RESTORE, ["--exit-on-error", "--no-owner", "--no-acl", "--dbname", url, file], { stdio: ["ignore", "inherit", "inherit"] });
}

// ----- the embedded server: an online physical copy ---------------------------------------------

/** Run-time files PostgreSQL recreates; copying them would confuse the restored server. */
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "recovery.signal", "standby.signal"]);
/** Folders whose contents are not part of a backup (their folders must exist, empty). */
const EMPTIED_FOLDERS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);

export interface PhysicalBackup {
  folder: string;
  startLsn: string;
  stopLsn: string;
}

/** Copies a folder tree, tolerating files that vanish while it runs (the server keeps working). */
async function copyTree(from: string, to: string, skip: (relative: string, isDirectory: boolean) => "copy" | "skip" | "empty", relative = "") {
  await mkdir(to, { recursive: true, mode: 0o700 });
  let entries: string[];
  try {
    entries = await readdir(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const name of entries) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    const child = relative ? `${relative}/${name}` : name;
    try {
      const stat = await lstat(source);
      const decision = skip(child, stat.isDirectory());
      if (decision === "skip") continue;
      if (stat.isSymbolicLink()) await symlink(await readlink(source), target);
      else if (stat.isDirectory()) {
        if (decision === "empty") await mkdir(target, { recursive: true, mode: 0o700 });
        else await copyTree(source, target, skip, child);
      } else await copyFile(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

/**
 * An online physical backup of the whole server `serverUrl` names (a superuser connection to the
 * server whose data folder is on this machine) into `folder`, which must not exist.
 */
export async function copyDataFolderOnline(serverUrl: string, folder: string): Promise<PhysicalBackup> {
  if (existsSync(folder)) throw new Error(`${folder} already exists; a backup goes into a new folder`);
  const session = new pg.Client({ connectionString: serverUrl });
  await session.connect();
  try {
    const dataDir = (await session.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory;
    const slot = `sanat_backup_${process.pid}`;
    // a temporary slot reserves the WAL from here on and disappears with this session
    await session.query("SELECT pg_create_physical_replication_slot($1, true, true)", [slot]);
    const { rows: started } = await session.query<{ lsn: string }>("SELECT pg_backup_start($1, true)::text AS lsn", [`sanat ${new Date().toISOString()}`]);
    await copyTree(dataDir, folder, (relative, isDirectory) => {
      if (!isDirectory && SKIPPED_FILES.has(relative)) return "skip";
      if (relative.includes("pgsql_tmp")) return "skip";
      if (isDirectory && EMPTIED_FOLDERS.has(relative)) return "empty";
      return "copy";
    });
    const { rows: stopped } = await session.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)",
    );
    const { labelfile, spcmapfile, lsn: stopLsn } = stopped[0]!;
    writeFileSync(path.join(folder, "backup_label"), labelfile);
    if (spcmapfile) writeFileSync(path.join(folder, "tablespace_map"), spcmapfile);
    // the WAL from the backup's start to its end (pg_backup_stop switched to a new segment)
    mkdirSync(path.join(folder, "pg_wal", "archive_status"), { recursive: true, mode: 0o700 });
    await copyTree(path.join(dataDir, "pg_wal"), path.join(folder, "pg_wal"), (relative, isDirectory) =>
      isDirectory ? "skip" : /^[0-9A-F]{24}(\.history)?$/.test(relative) ? "copy" : "skip",
    );
    writeFileSync(
      path.join(folder, "SANAT_BACKUP.json"),
      JSON.stringify({ kind: "physical", startLsn: started[0]!.lsn, stopLsn, takenAt: new Date().toISOString() }, null, 2),
    );
    return { folder, startLsn: started[0]!.lsn, stopLsn };
  } finally {
    await session.end();
  }
}

/** The owner the embedded server runs as: `postgres` when we are root (embedded-postgres' createPostgresUser). */
function serverOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  return { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) };
}

function chownTree(target: string, owner: { uid: number; gid: number }) {
  chownSync(target, owner.uid, owner.gid);
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) chownTree(child, owner);
    else if (!entry.isSymbolicLink()) chownSync(child, owner.uid, owner.gid);
  }
}

/** Copies a physical backup into a new data folder; starting a server on it replays the WAL. */
export async function restoreDataFolder(backupFolder: string, dataDir: string) {
  if (!existsSync(path.join(backupFolder, "backup_label"))) throw new Error(`${backupFolder} is not a physical backup (no backup_label)`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty; restore into a new folder`);
  await copyTree(backupFolder, dataDir, (relative) => (relative === "SANAT_BACKUP.json" ? "skip" : "copy"));
  chmodSync(dataDir, 0o700);
  const owner = serverOwner();
  if (owner) chownTree(dataDir, owner);
}
