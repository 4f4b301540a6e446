// Loads the reference data every install needs; the demo's accounts and applications only when
// asked for by name.
//   tsx prisma/seed.ts                    reference data only (organizations, regulation versions,
//                                         holidays): inserts what is missing, changes nothing else,
//                                         never an account. What the production start runs.
//   tsx prisma/seed.ts --demo             wipe the database's rows and load the reference and demo
//                                         data (refused for a database on another machine unless
//                                         SANAT_ALLOW_REMOTE_RESET=1): db:reset, the e2e server
//   tsx prisma/seed.ts --demo --if-empty  load the demo only into a database without accounts, so
//                                         restarting keeps the data: npm start, npm run dev
// --demo is refused outright on a database that has run in production (its audit trail says so).
import { createPrismaClient, type Db } from "../lib/db/client";
import { hasRunInProduction } from "../lib/admin/installation";
import { exitUnlessResetAllowed } from "../scripts/reset-guard";
import { loadDemoData } from "./demo-data";
import { loadReferenceData } from "./reference-data";

const FLAGS = ["--demo", "--if-empty"] as const;

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set: run through scripts/with-db.ts or set it yourself");
const unknown = process.argv.slice(2).filter((arg) => !(FLAGS as readonly string[]).includes(arg));
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(" ")}; the seed takes ${FLAGS.join(", ")}.`);
  process.exit(2);
}
const withDemo = process.argv.includes("--demo");
const onlyIfEmpty = process.argv.includes("--if-empty");
if (onlyIfEmpty && !withDemo) {
  console.error("--if-empty goes with --demo (the reference data alone is always safe to load again).");
  process.exit(2);
}
if (withDemo && !onlyIfEmpty) exitUnlessResetAllowed(url);
const db = createPrismaClient(url, 4);

/** Empties every table; the audit trail's TRUNCATE trigger is its owner's to lift, for this statement only. */
async function wipe(db: Db) {
  await db.$transaction([
    db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_truncate`),
    db.$executeRawUnsafe(
      `TRUNCATE "AuditEvent", "Application", "User", "Applicant", "Organization", "RegulationVersion", "Holiday", "RegistrationCounter" RESTART IDENTITY CASCADE`,
    ),
    db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_truncate`),
  ]);
}

try {
  const started = Date.now();
  if (!withDemo) {
    const loaded = await loadReferenceData(db);
    console.log(`Reference data: ${loaded.organizations} organizations, ${loaded.regulationVersions} regulation versions, ${loaded.holidays} holidays added (no accounts).`);
  } else if (await hasRunInProduction(db)) {
    console.error("This database has run in production (its audit trail says so): the demo's accounts and applications are never loaded into it.");
    process.exitCode = 1;
  } else if (onlyIfEmpty && (await db.user.count()) > 0) {
    console.log("The database already has accounts; the demo seed was skipped.");
  } else {
    if (!onlyIfEmpty) await wipe(db);
    await loadReferenceData(db);
    const summary = await loadDemoData(db);
    console.log(
      `Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.organizations} organizations, ` +
        `${summary.users} users, ${summary.applications} applications ${JSON.stringify(summary.byState)}; ` +
        `demo teacher's IIN: ${summary.applicantLogin}`,
    );
  }
} finally {
  await db.$disconnect();
}
