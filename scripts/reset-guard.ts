// `npm run db:reset` (scripts/with-db.ts --fresh) drops the database DATABASE_URL names, and the
// full demo seed (prisma/seed.ts --demo without --if-empty) empties every table. Both refuse a database on
// another machine unless the environment says so explicitly: a DATABASE_URL left over in a shell
// must not be able to wipe a shared or production server.

/** Set to 1 to reset a database that is not on this machine. */
export const ALLOW_REMOTE_RESET = "SANAT_ALLOW_REMOTE_RESET";

export type ResetDecision = { isAllowed: true } | { isAllowed: false; message: string };

/** The hosts a connection string connects to: the `host` parameter wins over the URL's host, as in node-postgres. */
function hostsOf(url: URL, env: Record<string, string | undefined>): string[] {
  const named = url.searchParams.get("host") || percentDecoded(url.hostname) || env.PGHOST || "localhost";
  return named.split(",").map((host) => host.trim().replace(/^\[(.*)\]$/, "$1"));
}

/** `%2Fvar%2Frun%2Fpostgresql` is a socket's folder written as a host; a broken escape stays as it is (and is not local). */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function isLocalHost(host: string): boolean {
  if (host.startsWith("/")) return true; // a unix socket's folder
  if (host === "localhost" || host === "::1" || host === "0:0:0:0:0:0:0:1") return true;
  return /^127(\.\d{1,3}){3}$/.test(host); // the IPv4 loopback network
}

/** Whether a reset (drop, or empty every table) of the database at `databaseUrl` may go ahead. */
export function decideReset(databaseUrl: string, env: Record<string, string | undefined>): ResetDecision {
  const isAllowedAnywhere = env[ALLOW_REMOTE_RESET] === "1";
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    if (isAllowedAnywhere) return { isAllowed: true };
    return { isAllowed: false, message: `Refusing to reset the database: DATABASE_URL is not a URL, so where it points cannot be told. Fix it, or set ${ALLOW_REMOTE_RESET}=1 if you mean it.` };
  }
  const hosts = hostsOf(url, env);
  if (isAllowedAnywhere || hosts.every(isLocalHost)) return { isAllowed: true };
  const where = `${hosts.join(",")}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  return {
    isAllowed: false,
    message:
      `Refusing to reset the database at ${where}: it is not on this machine (127.0.0.1, localhost, ::1 or a unix socket), ` +
      `and a reset deletes all its data. To reset it anyway, run the command again with ${ALLOW_REMOTE_RESET}=1.`,
  };
}

/** Exits with the refusal's message when a reset of `databaseUrl` is not allowed. */
export function exitUnlessResetAllowed(databaseUrl: string): void {
  const decision = decideReset(databaseUrl, process.env);
  if (decision.isAllowed) return;
  console.error(decision.message);
  process.exit(2);
}
