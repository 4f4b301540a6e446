// Least privilege in the database. Two roles per install:
//   owner  owns the database, its schema and every table (migrations run as it; only it could
//          disable a trigger or rewrite the audit trail, and the portal never connects as it)
//   app    the portal's role: reads and writes the tables it works on, and may only INSERT and
//          SELECT the audit trail (no UPDATE, DELETE, TRUNCATE, TRIGGER); it owns nothing
// Roles are cluster-wide and a server may hold several installs (or parallel test runs), so their
// names come from the database's name (`<database>_owner`, `<database>_app`) unless given.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface RoleNames {
  owner: string;
  app: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** A role or database name used in SQL unquoted-safe: lower case, digits, underscores, at most 63. */
export function assertIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`${what} must be 1 to 63 of a-z, 0-9 and _ , starting with a letter or _ (got ${JSON.stringify(name)})`);
  return name;
}

export function roleNamesFor(database: string, env: Record<string, string | undefined> = process.env): RoleNames {
  return {
    owner: assertIdentifier(env.SANAT_DB_OWNER_ROLE || `${database}_owner`, "SANAT_DB_OWNER_ROLE"),
    app: assertIdentifier(env.SANAT_DB_APP_ROLE || `${database}_app`, "SANAT_DB_APP_ROLE"),
  };
}

export function newRolePassword(): string {
  return randomBytes(24).toString("base64url");
}

/** `url` with another user, password and database (host, port and options kept). */
export function urlAs(url: string, user: string, password: string | null, database: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(user);
  next.password = password ? encodeURIComponent(password) : "";
  next.pathname = `/${database}`;
  return next.toString();
}

/** `url` with another database, as the same user. */
export function onDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

export interface Provisioned {
  roles: RoleNames;
  /** the password set this time for each role, or null when an existing role kept its own */
  passwords: { owner: string | null; app: string | null };
  created: { owner: boolean; app: boolean; database: boolean };
}

/**
 * Creates (when missing) the two roles and the database owned by `owner`, and closes the database
 * to everyone else: run once per install with a superuser's URL (`adminUrl`, any database).
 * Idempotent: existing roles keep their passwords unless new ones are given.
 */
export async function provisionDatabase(
  adminUrl: string,
  database: string,
  roles: RoleNames,
  passwords: { owner?: string; app?: string } = {},
): Promise<Provisioned> {
  assertIdentifier(database, "the database name");
  if (roles.owner === roles.app) throw new Error("The owner and the portal's role must be two roles");
  const result: Provisioned = { roles, passwords: { owner: null, app: null }, created: { owner: false, app: false, database: false } };
  await withClient(adminUrl, async (admin) => {
    for (const kind of ["owner", "app"] as const) {
      const name = roles[kind];
      const exists = (await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name])).rowCount! > 0;
      const password = passwords[kind] ?? (exists ? null : newRolePassword());
      // NOINHERIT and no attributes: neither can make roles, databases, or skip row security
      const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS";
      if (!exists) await admin.query(`CREATE ROLE ${name} ${attributes} PASSWORD ${quoteLiteral(password!)}`);
      else await admin.query(`ALTER ROLE ${name} ${attributes}${password ? ` PASSWORD ${quoteLiteral(password)}` : ""}`);
      result.passwords[kind] = password;
      result.created[kind] = !exists;
    }
    const owned = await admin.query<{ owner: string }>("SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1", [database]);
    if (owned.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${database} OWNER ${roles.owner}`);
      result.created.database = true;
    } else if (owned.rows[0]!.owner !== roles.owner) {
      await admin.query(`ALTER DATABASE ${database} OWNER TO ${roles.owner}`);
    }
  });
  await withClient(onDatabase(adminUrl, database), async (admin) => {
    await admin.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${roles.app}`);
    await admin.query(`ALTER SCHEMA public OWNER TO ${roles.owner}`);
    await admin.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${roles.app}`);
  });
  return result;
}

/**
 * What the portal's role may do, granted by the owner after every migration (a new table gets
 * its grants at the next start): read and write the working tables, only append to and read the
 * audit trail, nothing on the migrations' own table.
 */
export async function grantPortalRole(ownerUrl: string, appRole: string): Promise<void> {
  assertIdentifier(appRole, "the portal's role");
  await withClient(ownerUrl, async (owner) => {
    await owner.query("BEGIN");
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${appRole}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole}`);
    await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM ${appRole}`);
    await owner.query(`REVOKE ALL ON "_prisma_migrations" FROM ${appRole}`);
    await owner.query("COMMIT");
  });
}

/**
 * Why the portal must not run as the role `appUrl` names (empty when it may): it is a superuser
 * or may make roles or databases, owns (or is a member of the owner of) a table, may rewrite the
 * audit trail, or cannot append to it. Asked of the server, not of our own grants.
 */
export async function leastPrivilegeProblems(appUrl: string): Promise<string[]> {
  return withClient(appUrl, async (app) => {
    const problems: string[] = [];
    const { rows: [role] } = await app.query<{ name: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean }>(
      "SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user",
    );
    for (const attribute of ["rolsuper", "rolcreaterole", "rolcreatedb", "rolbypassrls"] as const) {
      if (role![attribute]) problems.push(`the role ${role!.name} has ${attribute.slice(3).toUpperCase()}`);
    }
    const { rows: owned } = await app.query<{ tablename: string; tableowner: string }>(
      `SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' AND pg_has_role(current_user, tableowner, 'USAGE')`,
    );
    for (const { tablename, tableowner } of owned) problems.push(`the role ${role!.name} acts as the owner (${tableowner}) of "${tablename}"`);
    const { rows: [audit] } = await app.query<Record<"select" | "insert" | "update" | "delete" | "truncate" | "trigger", boolean>>(
      `SELECT ${["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "TRIGGER"].map((p) => `has_table_privilege('"AuditEvent"', '${p}') AS "${p.toLowerCase()}"`).join(", ")}`,
    );
    for (const privilege of ["update", "delete", "truncate", "trigger"] as const) if (audit![privilege]) problems.push(`the role ${role!.name} may ${privilege.toUpperCase()} the audit trail`);
    for (const privilege of ["select", "insert"] as const) if (!audit![privilege]) problems.push(`the role ${role!.name} may not ${privilege.toUpperCase()} the audit trail`);
    return problems;
  });
}
