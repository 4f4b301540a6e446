// Creates a system administrator with a one-time password, printed once; it must be changed at
// the first sign-in. The first administrator of an install comes from here (the portal has no
// accounts until then); later ones are made in /admin.
//
//   npm run admin:create -- --login <login> [--name "<full name>"] [--organization <code>] [--another]
//
// DATABASE_URL: the portal's database (its own role is enough). --organization defaults to the
// regional department at the root of the tree. --another creates one although an active
// administrator exists (e.g. when none of them can sign in any more).
import { parseArgs } from "node:util";
import { CommandRefusal, createAdministratorByCommand } from "../lib/admin/installation";
import { createPrismaClient } from "../lib/db/client";

const USAGE = 'npm run admin:create -- --login <login> [--name "<full name>"] [--organization <code>] [--another]';

async function main() {
  const { values } = parseArgs({
    options: { login: { type: "string" }, name: { type: "string" }, organization: { type: "string" }, another: { type: "boolean", default: false } },
    strict: true,
  });
  if (!values.login) throw new CommandRefusal(`--login is required: ${USAGE}`);
  const url = process.env.DATABASE_URL;
  if (!url) throw new CommandRefusal("DATABASE_URL is required: the portal's database (its own role is enough)");
  const db = createPrismaClient(url, 1);
  try {
    const created = await createAdministratorByCommand(db, {
      login: values.login,
      fullName: values.name,
      organization: values.organization,
      allowAnother: values.another,
    });
    const origin = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : "the portal";
    console.log(`Created the system administrator ${created.login}.`);
    console.log("One-time password (shown only now; it must be changed at the first sign-in):");
    console.log("");
    console.log(`    ${created.oneTimePassword}`);
    console.log("");
    console.log(`Sign in at ${origin}/sign-in with the login ${created.login}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  // a refusal or a wrong option is the operator's to fix: its message alone, no stack
  const isUsage = error instanceof CommandRefusal || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
  console.error(isUsage ? `admin:create: ${(error as Error).message}` : error);
  process.exit(isUsage ? 2 : 1);
});
