// Loads reference data and the demo data.
//   tsx prisma/seed.ts             wipe the database's rows and load everything (refused for a
//                                  database on another machine unless SANAT_ALLOW_REMOTE_RESET=1)
//   tsx prisma/seed.ts --if-empty  load only into an empty database (the run command uses this,
//                                  so restarting the portal keeps the data)
import { createPrismaClient } from "../lib/db/client";
import { exitUnlessResetAllowed } from "../scripts/reset-guard";
import { loadDemoData } from "./demo-data";
import { loadReferenceData } from "./reference-data";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set: run through scripts/with-db.ts or set it yourself");
const onlyIfEmpty = process.argv.includes("--if-empty");
if (!onlyIfEmpty) exitUnlessResetAllowed(url);
const db = createPrismaClient(url, 4);

try {
  if (onlyIfEmpty && (await db.organization.count()) > 0) {
    console.log("The database already has data; the demo seed was skipped.");
  } else {
    if (!onlyIfEmpty) {
      await db.$executeRawUnsafe(
        `TRUNCATE "AuditEvent", "Application", "User", "Applicant", "Organization", "RegulationVersion", "Holiday", "RegistrationCounter" RESTART IDENTITY CASCADE`,
      );
    }
    const started = Date.now();
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
