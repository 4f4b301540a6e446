// The seed split: the reference data (what every install needs) loads on its own, idempotently,
// and never makes an account; the demo's accounts come only with --demo, never into a database
// that has run in production. The seed is run as the commands run it (tsx prisma/seed.ts).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { hasRunInProduction, recordProductionStart } from "../../lib/admin/installation";
import { HOLIDAYS_2018_2027 } from "../../lib/domain/holidays";
import { loadReferenceData } from "../../prisma/reference-data";
import { ORGANIZATIONS } from "../../prisma/reference/organizations";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const run = promisify(execFile);

/** `tsx prisma/seed.ts <args>` on this file's database: its exit code and what it printed. */
async function seed(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts", ...args], {
      env: { ...process.env, DATABASE_URL: testDb.url, CHECKPOINT_DISABLE: "1" },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Every reference row as text, for "nothing changed": the three tables whole, in key order. */
async function referenceSnapshot(): Promise<string> {
  const rows = await testDb.db.$queryRaw<{ snapshot: string }[]>`
    SELECT (SELECT json_agg(o ORDER BY o.code)::text FROM "Organization" o)
        || (SELECT json_agg(v ORDER BY v.code)::text FROM "RegulationVersion" v)
        || (SELECT json_agg(h ORDER BY h.date)::text FROM "Holiday" h) AS snapshot`;
  return rows[0]!.snapshot;
}

/** Empties the reference tables (the copy of the template has them loaded, and no accounts). */
async function emptyReferenceTables() {
  await testDb.db.$executeRawUnsafe(`DELETE FROM "Organization"`);
  await testDb.db.$executeRawUnsafe(`DELETE FROM "RegulationVersion"`);
  await testDb.db.$executeRawUnsafe(`DELETE FROM "Holiday"`);
}

describe("the reference data", () => {
  it("loads into an empty database on its own, without a single account, and loading it again changes nothing", async () => {
    await emptyReferenceTables();
    const first = await seed();
    expect(first).toMatchObject({ code: 0 });
    expect(first.output).toContain(`${ORGANIZATIONS.length} organizations, ${REGULATION_VERSIONS.length} regulation versions, ${HOLIDAYS_2018_2027.length} holidays added (no accounts)`);
    expect(await testDb.db.organization.count()).toBe(ORGANIZATIONS.length);
    expect(await testDb.db.regulationVersion.count({ where: { status: "PUBLISHED" } })).toBe(REGULATION_VERSIONS.length);
    expect(await testDb.db.holiday.count()).toBe(HOLIDAYS_2018_2027.length);
    expect(await testDb.db.user.count()).toBe(0);
    expect(await testDb.db.applicant.count()).toBe(0);
    expect(await testDb.db.application.count()).toBe(0);

    const before = await referenceSnapshot();
    const second = await seed();
    expect(second.output).toContain("0 organizations, 0 regulation versions, 0 holidays added");
    expect(await referenceSnapshot()).toBe(before);
    expect(await loadReferenceData(testDb.db)).toEqual({ organizations: 0, regulationVersions: 0, holidays: 0 });
    expect(await referenceSnapshot()).toBe(before);
  });

  it("leaves what the administrators changed as they changed it, and adds only what is missing", async () => {
    await testDb.db.organization.update({ where: { code: "AKTAU-SCH-07" }, data: { nameEn: "Renamed by the administrator" } });
    await testDb.db.regulationVersion.update({ where: { code: REGULATION_VERSIONS[0]!.code }, data: { titleEn: "Edited title" } });
    const removed = HOLIDAYS_2018_2027[0]!;
    await testDb.db.holiday.delete({ where: { date: new Date(`${removed.date}T00:00:00Z`) } });

    expect(await loadReferenceData(testDb.db)).toEqual({ organizations: 0, regulationVersions: 0, holidays: 1 });
    expect((await testDb.db.organization.findUniqueOrThrow({ where: { code: "AKTAU-SCH-07" } })).nameEn).toBe("Renamed by the administrator");
    expect((await testDb.db.regulationVersion.findUniqueOrThrow({ where: { code: REGULATION_VERSIONS[0]!.code } })).titleEn).toBe("Edited title");
  });
});

describe("the demo data", () => {
  it("is loaded only when asked for by name", async () => {
    expect(await seed("--if-empty")).toMatchObject({ code: 2, output: expect.stringContaining("--if-empty goes with --demo") });
    expect(await seed("--dmeo")).toMatchObject({ code: 2, output: expect.stringContaining("Unknown option --dmeo") });
    expect(await testDb.db.user.count()).toBe(0);
  });

  it("is refused outright by a database that has run in production", async () => {
    await recordProductionStart(testDb.db, { version: "test" });
    expect(await hasRunInProduction(testDb.db)).toBe(true);
    const events = await testDb.db.auditEvent.count();
    for (const args of [["--demo"], ["--demo", "--if-empty"]]) {
      const result = await seed(...args);
      expect(result, args.join(" ")).toMatchObject({ code: 1, output: expect.stringContaining("has run in production") });
    }
    expect(await testDb.db.user.count()).toBe(0);
    // nothing was wiped: the audit trail still holds what it held
    expect(await testDb.db.auditEvent.count()).toBe(events);
  });
});
