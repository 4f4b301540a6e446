// The end-to-end database (e2eDatabaseUrl in ../support.ts), to pick real packages for the
// stories and to check what was stored.
import { createPrismaClient, type Db } from "../../lib/db/client";
import { DEMO_TEACHER_IIN, e2eDatabaseUrl } from "../support";

export { DEMO_TEACHER_IIN };

export async function withE2eDatabase<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const db = createPrismaClient(e2eDatabaseUrl(), 2);
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
  }
}

/** A package of the demo teacher in the given states, with its number, its access code and the teacher's IIN. */
export async function demoTeacherPackage(states?: string[]): Promise<{ id: string; registrationNumber: string; accessCode: string; iin: string }> {
  return withE2eDatabase(async (db) => {
    const found = await db.application.findFirst({
      where: { applicant: { iin: DEMO_TEACHER_IIN }, ...(states ? { state: { in: states as never } } : {}) },
      orderBy: { receivedAt: "desc" },
      select: { id: true, registrationNumber: true, accessCode: true },
    });
    if (!found) throw new Error(`The demo teacher has no package${states ? ` in ${states.join(", ")}` : ""}; the seed changed`);
    return { ...found, iin: DEMO_TEACHER_IIN };
  });
}
