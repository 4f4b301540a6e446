// Restores a backup made by `npm run db:backup` (docs/RELIABILITY.md, "Backups").
//
//   npm run db:restore -- <backup> [--replace]
//
// A .dump file goes into the database DATABASE_URL names, created fresh (it must not exist;
// --replace drops it first). A physical backup folder goes into the embedded server's data folder
// (EMBEDDED_PG_DIR, default .data/postgres), which must be empty or absent; --replace moves the
// existing folder aside to <folder>.replaced-<time>. Stop the portal first; `npm start` then
// serves the restored data (the server replays the backup's WAL on its first start).
import { existsSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import { restoreDataFolder, restoreDump } from "./backups";

const EMBEDDED_DIR = process.env.EMBEDDED_PG_DIR ?? ".data/postgres";

async function main() {
  const backup = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  const replace = process.argv.includes("--replace");
  if (!backup || !existsSync(backup)) throw new Error("Usage: npm run db:restore -- <backup file or folder> [--replace]");
  if (statSync(backup).isFile()) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("A .dump is restored into a PostgreSQL server: set DATABASE_URL to the database to create");
    await restoreDump(backup, url, { replace });
    console.log(`Restored ${backup} into ${new URL(url).pathname.slice(1)}.`);
    return;
  }
  if (existsSync(path.join(EMBEDDED_DIR, "postmaster.pid"))) {
    throw new Error(`A server is running on ${EMBEDDED_DIR} (postmaster.pid): stop the portal first`);
  }
  if (replace && existsSync(EMBEDDED_DIR)) {
    const aside = `${EMBEDDED_DIR}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(EMBEDDED_DIR, aside);
    console.log(`The previous data folder was moved to ${aside}.`);
  }
  await restoreDataFolder(backup, EMBEDDED_DIR);
  console.log(`Restored ${backup} into ${EMBEDDED_DIR}; start the portal (npm start) to use it.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
