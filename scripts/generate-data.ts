// The scale data generator: fills a migrated database (reference data is loaded if missing) with
// synthetic providers, teachers, staff and applications in every state, with their audit trail.
// Deterministic from a seed; rows go through the real tables, keys and unique constraints.
//
//   tsx scripts/generate-data.ts --url postgresql://… [--applications 1000000]
//       [--organizations 600] [--teachers 30000] [--seed 1] [--jobs 2]
//
// Applications arrive in working hours (Asia/Aqtau), evenly over a span of at least two years
// ending at the reference time; registration numbers run 000001… per local calendar year in
// arrival order, and the year's counter is set past them so real registrations continue after.
// Packages of the last twelve days are spread over every state of their channel; older ones are
// finished. Step times are a few minutes to a couple of days, so some of them break the norm.
import pg from "pg";
import { makeIin } from "../lib/domain/identity";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/client";
import { loadReferenceData } from "../prisma/reference-data";

export interface GenerateOptions {
  applications: number;
  /** providers in total, the reference data's included */
  organizations: number;
  teachers: number;
  seed: number;
  /** connections inserting at once */
  jobs: number;
  /** the end of the generated history; pinned so two runs give the same rows */
  now: Date;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_OPTIONS: GenerateOptions = {
  applications: 1_000_000,
  organizations: 600,
  teachers: 30_000,
  seed: 1,
  jobs: 2,
  now: new Date("2026-11-25T10:00:00Z"),
};

/** The accounts the HTTP bench signs in with (all at the first generated school, or the region). */
export const GENERATED_STAFF = {
  password: "bench-2026",
  clerk: "gen.clerk",
  executor: "gen.executor",
  region: "gen.region",
  executorId: "gen-exec-1",
  // the transitions benchmark works in another school: the packages it adds must not grow the
  // queues whose pages the HTTP benchmark measures
  transitionsClerk: "gen.transitions.clerk",
  transitionsExecutor: "gen.transitions.executor",
} as const;

const BATCH = 20_000;
const AQTAU_OFFSET_MS = 5 * 3600_000;
const DAY_MS = 86_400_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertProviders(client: pg.Client, options: GenerateOptions, random: () => number) {
  const existing = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM "Organization" WHERE kind IN ('PRESCHOOL','SCHOOL','COLLEGE')`,
  );
  const missing = Math.max(0, options.organizations - Number(existing.rows[0]!.n));
  const districts = await client.query<{ id: string; localityCode: string }>(
    `SELECT id, "localityCode" FROM "Organization" WHERE kind = 'DISTRICT_DEPARTMENT' ORDER BY code`,
  );
  const ids: string[] = [], codes: string[] = [], kinds: string[] = [], names: string[] = [], parents: string[] = [], localities: string[] = [];
  for (let i = 1; i <= missing; i++) {
    const district = districts.rows[Math.floor(random() * districts.rows.length)]!;
    const roll = random();
    const kind = roll < 0.7 ? "SCHOOL" : roll < 0.9 ? "PRESCHOOL" : "COLLEGE";
    ids.push(`gen-org-${i}`);
    codes.push(`GEN-${kind.slice(0, 3)}-${String(i).padStart(4, "0")}`);
    kinds.push(kind);
    names.push(`${kind === "SCHOOL" ? "Школа" : kind === "PRESCHOOL" ? "Детский сад" : "Колледж"} № ${i}`);
    parents.push(district.id);
    localities.push(district.localityCode);
  }
  await client.query(
    `INSERT INTO "Organization" (id, code, kind, "nameKk", "nameRu", "nameEn", "localityCode", "parentId")
     SELECT id, code, kind::"OrganizationKind", name, name, name, locality, parent
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, code, kind, name, locality, parent)
     ON CONFLICT (code) DO NOTHING`,
    [ids, codes, kinds, names, localities, parents],
  );
}

async function insertTeachers(client: pg.Client, options: GenerateOptions, random: () => number) {
  const seen = new Set<string>();
  const ids: string[] = [], iins: string[] = [], lastNames: string[] = [], firstNames: string[] = [];
  const LAST = ["Ахметова", "Сейітов", "Жұмабаева", "Қасымов", "Нұрланова", "Иванова", "Тәжібаев", "Оспанова"];
  const FIRST = ["Айгүл", "Ерлан", "Мадина", "Арман", "Гүлжан", "Дархан", "Айнұр", "Елена"];
  for (let i = 1; ids.length < options.teachers; i++) {
    const year = 1960 + Math.floor(random() * 40);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const iin = makeIin(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, random() < 0.8 ? "FEMALE" : "MALE", i);
    if (seen.has(iin)) continue;
    seen.add(iin);
    ids.push(`gen-t-${ids.length + 1}`);
    iins.push(iin);
    lastNames.push(LAST[i % LAST.length]!);
    firstNames.push(FIRST[(i * 7) % FIRST.length]!);
  }
  for (let from = 0; from < ids.length; from += 10_000) {
    const slice = (values: string[]) => values.slice(from, from + 10_000);
    await client.query(
      `INSERT INTO "Applicant" (id, iin, "lastName", "firstName")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
      [slice(ids), slice(iins), slice(lastNames), slice(firstNames)],
    );
  }
}

async function insertStaff(client: pg.Client) {
  const hash = await hashPassword(GENERATED_STAFF.password);
  await client.query(
    `INSERT INTO "User" (id, login, "passwordHash", role, "fullName", "organizationId") VALUES
       ($1, $3, $5, 'EXECUTOR', 'Bench Executor', 'gen-org-1'),
       ('gen-clerk-1', $2, $5, 'CLERK', 'Bench Clerk', 'gen-org-1'),
       ('gen-region', $4, $5, 'REGION_ADMIN', 'Bench Region', (SELECT id FROM "Organization" WHERE code = 'MANG-EDU')),
       ('gen-clerk-2', $6, $5, 'CLERK', 'Bench Transitions Clerk', 'gen-org-2'),
       ('gen-exec-2', $7, $5, 'EXECUTOR', 'Bench Transitions Executor', 'gen-org-2')
     ON CONFLICT (login) DO NOTHING`,
    [
      GENERATED_STAFF.executorId,
      GENERATED_STAFF.clerk,
      GENERATED_STAFF.executor,
      GENERATED_STAFF.region,
      hash,
      GENERATED_STAFF.transitionsClerk,
      GENERATED_STAFF.transitionsExecutor,
    ],
  );
}

/** One INSERT of applications [first, last] (all in one registration year) with their audit events. */
function applicationBatchSql(): string {
  // $1 first g, $2 last g, $3 total rows, $4 span in seconds, $5 first local midnight (UTC),
  // $6 reference time, $7 seed, $8 year, $9 the year's first g, $10 version id
  return `
  WITH ids AS (
    SELECT array_agg(id ORDER BY code) AS providers FROM "Organization" WHERE kind IN ('PRESCHOOL','SCHOOL','COLLEGE')
  ), corp AS (
    SELECT array_agg(id ORDER BY code) AS centres FROM "Organization" WHERE kind = 'STATE_CORP_CENTRE'
  ), teachers AS (SELECT count(*) AS n FROM "Applicant" WHERE id LIKE 'gen-t-%'),
  raw AS (
    SELECT g, (g - 1) * $4::bigint / $3::bigint AS t,
      abs(hashint8extended(g, $7::bigint * 8 + 1)) AS h1, abs(hashint8extended(g, $7::bigint * 8 + 2)) AS h2,
      abs(hashint8extended(g, $7::bigint * 8 + 3)) AS h3, abs(hashint8extended(g, $7::bigint * 8 + 4)) AS h4
    FROM generate_series($1::bigint, $2::bigint) AS g
  ), base AS (
    SELECT g, h1, h2, h3, h4,
      -- working hours 09:00–18:00 local: a day of the timeline is squeezed into nine hours
      $5::timestamp + (t / 86400) * INTERVAL '1 day' + INTERVAL '9 hours' + ((t % 86400) * 9 / 24) * INTERVAL '1 second' AS received,
      CASE WHEN h1 % 5 < 2 THEN 'STATE_CORP' ELSE 'OFFICE' END AS channel,
      h1 % 9 = 0 AS is_refused
    FROM raw
  ), staged AS (
    SELECT b.*,
      CASE WHEN $6::timestamp - b.received > INTERVAL '12 days' THEN 6
           WHEN b.channel = 'STATE_CORP' THEN (h2 % 7)::int
           ELSE (ARRAY[2, 3, 4, 6])[1 + h2 % 4] END AS stage,
      (30 + h3 % 240)::int AS corp_min, (5 + h3 % 25)::int AS reg_min, (30 + h4 % 600)::int AS wait_min,
      (60 + h4 % 2000)::int AS check_min, (60 + h2 % 1400)::int AS send_min, (60 + h3 % 2880)::int AS issue_min
    FROM base b
  ), timed AS (
    SELECT s.*,
      CASE WHEN channel = 'STATE_CORP' THEN received + corp_min * INTERVAL '1 minute' END AS forwarded,
      CASE WHEN channel = 'STATE_CORP' THEN received + corp_min * INTERVAL '1 minute' + (1200 + h4 % 1440) * INTERVAL '1 minute'
           ELSE received + reg_min * INTERVAL '1 minute' END AS registered
    FROM staged s
  ), stamped AS (
    SELECT t.*, registered + wait_min * INTERVAL '1 minute' AS taken,
      registered + (wait_min + check_min) * INTERVAL '1 minute' AS decided,
      registered + (wait_min + check_min + send_min) * INTERVAL '1 minute' AS sent,
      registered + (wait_min + check_min + CASE WHEN channel = 'STATE_CORP' THEN send_min ELSE 0 END + issue_min) * INTERVAL '1 minute' AS issued,
      -- the service term: three days from arrival; the result is due at the State Corporation a day before
      received + INTERVAL '3 days' AS service_deadline
    FROM timed t
  ), shaped AS (
    SELECT s.*,
      (CASE stage WHEN 0 THEN 'CORP_ACCEPTED' WHEN 1 THEN 'IN_TRANSIT_TO_PROVIDER' WHEN 2 THEN 'REGISTERED' WHEN 3 THEN 'UNDER_REVIEW'
         WHEN 4 THEN CASE WHEN is_refused THEN 'REFUSED' ELSE 'ACCEPTED' END WHEN 5 THEN 'RESULT_SENT_TO_CORP' ELSE 'RESULT_ISSUED' END) AS state
    FROM stamped s
  ), app AS (
    INSERT INTO "Application" (id, "registrationNumber", channel, state, version, "applicantId", "providerId", "corpCentreId",
      "regulationVersionId", purpose, "categorySought", "categoryHeld", documents, "refusalGroundCodes", "missingDocumentCodes",
      "assignedExecutorId", "receivedAt", "intakeStartedAt", "corpAcceptedAt", "forwardedAt", "registeredAt", "takenAt", "decidedAt",
      "resultSentAt", "issuedAt", "serviceDeadline", "resultToCorpDeadline", "currentStepDeadline",
      "corpIntakeMinutes", "registrationMinutes", "checkMinutes", "isResultSentInTime", "createdAt", "updatedAt")
    SELECT 'gen-a-' || g, $8::int || '-' || lpad((g - $9::bigint + 1)::text, 6, '0'), channel::"Channel", state::"ApplicationState",
      CASE WHEN channel = 'STATE_CORP' THEN stage ELSE stage - 2 END,
      'gen-t-' || (1 + h3 % tc.n), ids.providers[1 + h2 % array_length(ids.providers, 1)],
      CASE WHEN channel = 'STATE_CORP' THEN corp.centres[1 + h4 % array_length(corp.centres, 1)] END,
      $10, CASE WHEN h1 % 4 = 0 THEN 'CONFIRM'::"Purpose" ELSE 'ASSIGN'::"Purpose" END,
      (ARRAY['SECOND','FIRST','HIGHEST'])[1 + h3 % 3], CASE WHEN h1 % 4 = 0 THEN (ARRAY['SECOND','FIRST','HIGHEST'])[1 + h3 % 3] END,
      '{}'::jsonb,
      CASE WHEN stage >= 4 AND is_refused THEN ARRAY['INCOMPLETE_PACKAGE'] ELSE ARRAY[]::text[] END, ARRAY[]::text[],
      CASE WHEN stage >= 3 THEN 'gen-exec-' || (1 + h2 % array_length(ids.providers, 1)) END,
      received, received, CASE WHEN channel = 'STATE_CORP' THEN received END,
      CASE WHEN stage >= 1 THEN forwarded END, CASE WHEN stage >= 2 THEN registered END,
      CASE WHEN stage >= 3 THEN taken END, CASE WHEN stage >= 4 THEN decided END,
      CASE WHEN stage >= 5 AND channel = 'STATE_CORP' THEN sent END, CASE WHEN stage >= 6 THEN issued END,
      service_deadline, CASE WHEN channel = 'STATE_CORP' THEN service_deadline - INTERVAL '1 day' END,
      CASE stage WHEN 0 THEN received + INTERVAL '1 day' WHEN 1 THEN forwarded + INTERVAL '2 days' WHEN 2 THEN registered + INTERVAL '1 day'
        WHEN 3 THEN registered + INTERVAL '2 days' WHEN 4 THEN CASE WHEN channel = 'STATE_CORP' THEN service_deadline - INTERVAL '1 day' END END,
      CASE WHEN channel = 'STATE_CORP' AND stage >= 1 THEN corp_min::float END,
      CASE WHEN stage >= 2 THEN CASE WHEN channel = 'STATE_CORP' THEN (15 + h3 % 40)::float ELSE reg_min::float END END,
      CASE WHEN stage >= 4 THEN check_min::float END,
      CASE WHEN channel = 'STATE_CORP' AND stage >= 5 THEN sent <= service_deadline - INTERVAL '1 day' END,
      received, COALESCE(CASE WHEN stage >= 6 THEN issued END, received)
    FROM shaped, ids, corp, teachers tc
    RETURNING id, channel, state, "providerId", "corpCentreId", "corpAcceptedAt", "forwardedAt", "registeredAt", "takenAt", "decidedAt",
      "resultSentAt", "issuedAt", "refusalGroundCodes"
  )
  INSERT INTO "AuditEvent" ("applicationId", "actorRole", "organizationId", action, "fromState", "toState", at)
  SELECT app.id, e.role::"Role", e.org, e.action, e.from_state::"ApplicationState", e.to_state::"ApplicationState", e.at
  FROM app CROSS JOIN LATERAL (VALUES
    ('CORP_OPERATOR', app."corpCentreId", 'ACCEPT_AT_CORP', NULL, 'CORP_ACCEPTED', app."corpAcceptedAt"),
    ('CORP_OPERATOR', app."corpCentreId", 'FORWARD_TO_PROVIDER', 'CORP_ACCEPTED', 'IN_TRANSIT_TO_PROVIDER', app."forwardedAt"),
    ('CLERK', app."providerId", CASE WHEN app.channel = 'STATE_CORP' THEN 'REGISTER_ARRIVAL' ELSE 'REGISTER_AT_OFFICE' END,
      CASE WHEN app.channel = 'STATE_CORP' THEN 'IN_TRANSIT_TO_PROVIDER' END, 'REGISTERED', app."registeredAt"),
    -- p.10: the office clerk checks a State Corporation package (MANGYSTAU-2018's completenessCheckedBy)
    (CASE WHEN app.channel = 'STATE_CORP' THEN 'CLERK' ELSE 'EXECUTOR' END, app."providerId", 'TAKE_FOR_REVIEW', 'REGISTERED', 'UNDER_REVIEW', app."takenAt"),
    (CASE WHEN app.channel = 'STATE_CORP' THEN 'CLERK' ELSE 'EXECUTOR' END, app."providerId", CASE WHEN cardinality(app."refusalGroundCodes") > 0 THEN 'REFUSE_DOCUMENTS' ELSE 'ACCEPT_DOCUMENTS' END,
      'UNDER_REVIEW', CASE WHEN cardinality(app."refusalGroundCodes") > 0 THEN 'REFUSED' ELSE 'ACCEPTED' END, app."decidedAt"),
    ('CLERK', app."providerId", 'SEND_RESULT_TO_CORP', CASE WHEN cardinality(app."refusalGroundCodes") > 0 THEN 'REFUSED' ELSE 'ACCEPTED' END,
      'RESULT_SENT_TO_CORP', app."resultSentAt"),
    (CASE WHEN app.channel = 'STATE_CORP' THEN 'CORP_OPERATOR' ELSE 'CLERK' END,
      CASE WHEN app.channel = 'STATE_CORP' THEN app."corpCentreId" ELSE app."providerId" END, 'ISSUE_RESULT',
      CASE WHEN app.channel = 'STATE_CORP' THEN 'RESULT_SENT_TO_CORP' WHEN cardinality(app."refusalGroundCodes") > 0 THEN 'REFUSED' ELSE 'ACCEPTED' END,
      'RESULT_ISSUED', app."issuedAt")
  ) AS e(role, org, action, from_state, to_state, at)
  WHERE e.at IS NOT NULL`;
}

/** Local (Asia/Aqtau) midnight at or before `at`, as a UTC instant. */
function localMidnight(at: Date): number {
  const local = at.getTime() + AQTAU_OFFSET_MS;
  return Math.floor(local / DAY_MS) * DAY_MS - AQTAU_OFFSET_MS;
}

export async function generateData(url: string, partial: Partial<GenerateOptions> = {}): Promise<{ seconds: number }> {
  const options = { ...DEFAULT_OPTIONS, ...partial };
  const started = performance.now();
  const db = createPrismaClient(url, 2);
  try {
    await loadReferenceData(db);
  } finally {
    await db.$disconnect();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const random = mulberry32(options.seed);
    await insertProviders(client, options, random);
    await insertTeachers(client, options, random);
    await insertStaff(client);
    const version = await client.query<{ id: string }>(`SELECT id FROM "RegulationVersion" WHERE code = 'MANGYSTAU-2018'`);

    // at most ~900,000 a year, so numbers keep their six digits
    const rows = options.applications;
    const spanDays = Math.max(730, Math.ceil((rows * 365) / 900_000));
    const firstMidnight = localMidnight(new Date(options.now.getTime() - spanDays * DAY_MS));
    const spanSeconds = BigInt(spanDays) * 86_400n;
    // the first g of each local calendar year: (g - 1) * span / rows >= secondsToYearStart
    const yearStarts: { year: number; firstG: number }[] = [];
    const firstYear = new Date(firstMidnight + AQTAU_OFFSET_MS).getUTCFullYear();
    yearStarts.push({ year: firstYear, firstG: 1 });
    for (let year = firstYear + 1; ; year++) {
      const seconds = BigInt((Date.UTC(year, 0, 1) - AQTAU_OFFSET_MS - firstMidnight) / 1000);
      const firstG = Number((seconds * BigInt(rows) + spanSeconds - 1n) / spanSeconds) + 1;
      if (firstG > rows) break;
      yearStarts.push({ year, firstG });
    }
    const sql = applicationBatchSql();
    const batches: { year: number; firstG: number; first: number; last: number }[] = [];
    for (const [index, { year, firstG }] of yearStarts.entries()) {
      const lastOfYear = (yearStarts[index + 1]?.firstG ?? rows + 1) - 1;
      for (let first = firstG; first <= lastOfYear; first += BATCH) {
        batches.push({ year, firstG, first, last: Math.min(lastOfYear, first + BATCH - 1) });
      }
      await client.query(
        `INSERT INTO "RegistrationCounter" (year, "lastNumber") VALUES ($1, $2)
         ON CONFLICT (year) DO UPDATE SET "lastNumber" = GREATEST("RegistrationCounter"."lastNumber", EXCLUDED."lastNumber")`,
        [year, lastOfYear - firstG + 1],
      );
    }
    // index upkeep and key checks dominate: one connection per core keeps both busy
    let done = 0;
    const worker = async () => {
      const connection = new pg.Client({ connectionString: url });
      await connection.connect();
      // a crash mid-way means regenerating anyway, so commits need not wait for the disk
      await connection.query(`SET synchronous_commit = off`);
      try {
        for (let batch = batches.shift(); batch; batch = batches.shift()) {
          await connection.query(sql, [
            batch.first, batch.last, rows, spanSeconds.toString(), new Date(firstMidnight).toISOString().replace("Z", ""),
            options.now.toISOString().replace("Z", ""), options.seed, batch.year, batch.firstG, version.rows[0]!.id,
          ]);
          done += batch.last - batch.first + 1;
          options.onProgress?.(done, rows);
        }
      } finally {
        await connection.end();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, worker));
    await client.query(`ANALYZE`);
  } finally {
    await client.end();
  }
  return { seconds: (performance.now() - started) / 1000 };
}

export function progressBar(label: string): (done: number, total: number) => void {
  const started = performance.now();
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${seconds.toFixed(0)} s`,
    );
    if (done >= total) process.stderr.write("\n");
  };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  const url = argument("url") ?? process.env.DATABASE_URL;
  if (!url) throw new Error("Give the database: --url postgresql://… or DATABASE_URL (migrated: npx prisma migrate deploy)");
  const options: Partial<GenerateOptions> = {
    applications: Number(argument("applications") ?? DEFAULT_OPTIONS.applications),
    organizations: Number(argument("organizations") ?? DEFAULT_OPTIONS.organizations),
    teachers: Number(argument("teachers") ?? DEFAULT_OPTIONS.teachers),
    seed: Number(argument("seed") ?? DEFAULT_OPTIONS.seed),
    jobs: Number(argument("jobs") ?? DEFAULT_OPTIONS.jobs),
  };
  const { seconds } = await generateData(url, { ...options, onProgress: progressBar("applications") });
  console.log(`generated ${options.applications!.toLocaleString("en")} applications in ${seconds.toFixed(1)} s`);
}

if (process.argv[1]?.endsWith("generate-data.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
