// Creates the install's two database roles and its database, closed to everyone else
// (scripts/production/database-roles.ts says what each role may do). Run once, with a superuser:
//
//   DATABASE_ADMIN_URL=postgresql://postgres@db.internal:5432/postgres SANAT_DATABASE=sanat npm run db:roles
//
// Role names: SANAT_DB_OWNER_ROLE and SANAT_DB_APP_ROLE, default <database>_owner and
// <database>_app (roles belong to the whole server, so another install on it picks other names).
// Passwords: SANAT_DB_OWNER_PASSWORD / SANAT_DB_APP_PASSWORD if given, else a random one for a new
// role; an existing role keeps its own. Prints the two URLs `npm run start:production` takes.
// Running it again changes nothing but the passwords given.
import { provisionDatabase, roleNamesFor, urlAs } from "./production/database-roles";

async function main() {
  const adminUrl = process.env.DATABASE_ADMIN_URL;
  if (!adminUrl) throw new Error("DATABASE_ADMIN_URL is required: a superuser's URL on the server that will hold the database");
  const database = process.env.SANAT_DATABASE || "sanat";
  const roles = roleNamesFor(database);
  const given = { owner: process.env.SANAT_DB_OWNER_PASSWORD || undefined, app: process.env.SANAT_DB_APP_PASSWORD || undefined };
  const done = await provisionDatabase(adminUrl, database, roles, given);
  const show = (kind: "owner" | "app") => urlAs(adminUrl, roles[kind], done.passwords[kind] ?? "<its password, unchanged>", database);
  console.log(`Database ${database} (${done.created.database ? "created" : "kept"}), owned by ${roles.owner}; the portal's role ${roles.app}.`);
  console.log(`Roles: ${roles.owner} ${done.created.owner ? "created" : "kept"}, ${roles.app} ${done.created.app ? "created" : "kept"}.`);
  console.log("Give npm run start:production these two (keep them secret):");
  console.log(`  DATABASE_OWNER_URL=${show("owner")}`);
  console.log(`  DATABASE_URL=${show("app")}`);
}

main().catch((error: unknown) => {
  console.error(`db:roles: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
