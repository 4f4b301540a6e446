// Where an embedded PostgreSQL folder (scripts/embedded-postgres.ts) is reached: its superuser's
// random password is kept in `<data folder>/.password`. No server is started here, so the test
// helpers that only connect to a running one can import it without the server's package.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const USER = "postgres";
/** what embedded-postgres folders made before the random password were initialised with */
export const LEGACY_PASSWORD = "postgres";
export const PASSWORD_FILE = ".password";

export function serverUrl(port: number | string, password: string, database = "postgres"): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** The superuser's password of an embedded folder, or null for a folder made before it had one. */
export function readPassword(dataDir: string): string | null {
  const file = path.join(path.resolve(dataDir), PASSWORD_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

/** The URL of a database on an embedded server, from its folder's password (the server is not started). */
export function embeddedServerUrl(dataDir: string, port: number | string, database = "postgres"): string {
  return serverUrl(port, readPassword(dataDir) ?? LEGACY_PASSWORD, database);
}
