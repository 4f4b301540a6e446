// Fills a database with synthetic applications for benchmarks, in one INSERT … SELECT over
// generate_series (about a minute per million rows here): two years of intake over every
// provider, step times around the norm; the last ten days' packages are in every state, older
// ones finished, as in real life.
import type { Db } from "../lib/db/client";

export async function fillApplications(db: Db, rows: number): Promise<void> {
  const applicant = await db.applicant.upsert({
    where: { iin: "880412400017" },
    create: { iin: "880412400017", lastName: "Bench", firstName: "Bench" },
    update: {},
    select: { id: true },
  });
  const version = await db.regulationVersion.findUniqueOrThrow({ where: { code: "MANGYSTAU-2018" }, select: { id: true } });
  await db.$executeRawUnsafe(`
      WITH providers AS (SELECT array_agg(id ORDER BY code) AS ids FROM "Organization" WHERE kind IN ('PRESCHOOL','SCHOOL','COLLEGE')),
           states AS (SELECT enum_range(NULL::"ApplicationState") AS s)
      INSERT INTO "Application" (id, "registrationNumber", channel, state, "applicantId", "providerId", "regulationVersionId", purpose,
        "categorySought", documents, "refusalGroundCodes", "missingDocumentCodes", "receivedAt", "intakeStartedAt",
        "registrationMinutes", "checkMinutes", "corpIntakeMinutes", "isResultSentInTime", "currentStepDeadline", "updatedAt")
      SELECT 'bench' || g, 'B-' || g,
        CASE WHEN g % 5 < 2 THEN 'STATE_CORP'::"Channel" ELSE 'OFFICE'::"Channel" END,
        CASE WHEN g % 730 < 10 THEN st.s[1 + (g * 7) % 8] ELSE 'RESULT_ISSUED'::"ApplicationState" END, '${applicant.id}', p.ids[1 + g % array_length(p.ids, 1)], '${version.id}', 'ASSIGN',
        (ARRAY['SECOND','FIRST','HIGHEST'])[1 + g % 3], '{}'::jsonb,
        CASE WHEN g % 9 = 0 THEN ARRAY['INCOMPLETE_PACKAGE'] ELSE ARRAY[]::text[] END, ARRAY[]::text[],
        TIMESTAMP '2026-11-25 10:00' - (g % 730) * INTERVAL '1 day' - (g % 480) * INTERVAL '1 minute',
        TIMESTAMP '2026-11-25 10:00' - (g % 730) * INTERVAL '1 day' - (g % 480) * INTERVAL '1 minute',
        (g % 31)::float, (g % 37)::float, CASE WHEN g % 5 < 2 THEN (g % 29)::float END,
        CASE WHEN g % 5 < 2 THEN g % 11 <> 0 END,
        CASE WHEN g % 730 < 10 AND (g * 7) % 8 < 7 THEN TIMESTAMP '2026-11-25 10:00' - (g % 100) * INTERVAL '1 hour' + INTERVAL '2 days' END,
        now()
      FROM generate_series(1, ${rows}) AS g, providers p, states st`);
  await db.$executeRawUnsafe(`ANALYZE "Application"`);
}
