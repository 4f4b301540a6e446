// Takes a backup of the portal's database (docs/RELIABILITY.md, "Backups").
//
//   npm run db:backup [-- --out <path>]
//
// With DATABASE_URL: `pg_dump -Fc` of that database into backups/<database>-<time>.dump.
// Without it: an online physical copy of the embedded server's data folder (EMBEDDED_PG_DIR,
// default .data/postgres; port EMBEDDED_PG_PORT, default 54329) into backups/embedded-<time>/.
// The embedded server may be running (the portal keeps working); if it is not, it is started
// for the copy and stopped again.
import pg from "pg";
import { copyDataFolderOnline, dumpDatabase } from "./backups";
import { embeddedServerUrl, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_DIR = process.env.EMBEDDED_PG_DIR ?? ".data/postgres";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");

async function isListening(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const file = option("--out") ?? `backups/${new URL(url).pathname.slice(1)}-${stamp}.dump`;
    dumpDatabase(url, file);
    console.log(`Backup written: ${file} (pg_dump -Fc). Restore: npm run db:restore -- ${file}`);
    return;
  }
  let adminUrl = embeddedServerUrl(EMBEDDED_DIR, EMBEDDED_PORT);
  let started: EmbeddedServer | null = null;
  if (!(await isListening(adminUrl))) {
    started = await startEmbeddedPostgres(EMBEDDED_DIR, EMBEDDED_PORT);
    adminUrl = started.adminUrl; // a folder from before the random password has one now
  }
  try {
    const folder = option("--out") ?? `backups/embedded-${stamp}`;
    const backup = await copyDataFolderOnline(adminUrl, folder);
    console.log(
      `Backup written: ${folder} (online physical copy, WAL ${backup.startLsn}–${backup.stopLsn}). ` +
        `Restore: npm run db:restore -- ${folder}`,
    );
  } finally {
    await started?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
