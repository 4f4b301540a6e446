// Round trips to PostgreSQL per operation: every statement the pg driver sends (BEGIN and COMMIT
// included) while one status lookup, one queue page's data or one transition runs, with the
// timing of each operation in this process (median of BENCH_RUNS after a warm-up).
//
//   tsx bench/round-trips.ts postgresql://…/generated-database
//
// It calls the same functions as the route and the pages (lib/, app/(public)/status/public-status.ts),
// on a database filled by scripts/generate-data.ts.
import pg from "pg";
import { createPrismaClient } from "../lib/db/client";
import type { Actor } from "../lib/domain/permissions";
import { loadQueue, parseQueueQuery } from "../lib/applications/staff-queue";
import { makeIin } from "../lib/domain/identity";
import { lookUpPublicStatus } from "../lib/applications/public-status";
import { registerPackage } from "../lib/workflow/register-package";
import { takeForReview } from "../lib/workflow/take-for-review";
import { acceptDocuments } from "../lib/workflow/accept-documents";
import { issueResult } from "../lib/workflow/issue-result";
import { HANDED_TO_APPLICANT } from "../prisma/factories";
import { GENERATED_STAFF } from "../scripts/generate-data";

let statements = 0;
const log: string[] = [];
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  const first = args[0] as string | { text?: string };
  if (process.env.BENCH_VERBOSE === "1") log.push((typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ").slice(0, 140));
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(label: string, run: (i: number) => Promise<unknown>) {
  await run(-1);
  const counts: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    log.length = 0;
    const before = statements;
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
    counts.push(statements - before);
  }
  console.log(`${label.padEnd(44)} round trips ${median(counts)} (min ${Math.min(...counts)}, max ${Math.max(...counts)}), median ${median(times).toFixed(1)} ms`);
  if (log.length) console.log(log.map((line) => `    ${line}`).join("\n"));
}

async function main() {
  const url = process.argv[2];
  if (!url) throw new Error("usage: tsx bench/round-trips.ts <database url>");
  const db = createPrismaClient(url, 10);
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  try {
    const { rows: pairs } = await raw.query<{ registrationNumber: string; iin: string; accessCode: string }>(
      `SELECT a."registrationNumber", p.iin, a."accessCode" FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId"
       WHERE a.id LIKE 'gen-a-%' ORDER BY random() LIMIT 200`,
    );
    const users = await db.user.findMany({
      where: { login: { in: [GENERATED_STAFF.clerk, GENERATED_STAFF.executor] } },
      select: { id: true, login: true, role: true, fullName: true, organizationId: true },
    });
    const actorOf = (login: string): Actor => {
      const user = users.find((u) => u.login === login)!;
      return { userId: user.id, role: user.role, name: user.fullName, organizationId: user.organizationId, applicantId: null };
    };
    const clerk = actorOf(GENERATED_STAFF.clerk) as Actor & { role: "CLERK" };
    const executor = actorOf(GENERATED_STAFF.executor) as Actor & { role: "EXECUTOR" };

    await measure("status lookup (rate limits, match, detail)", (i) =>
      lookUpPublicStatus(db, pairs[(i + 1) % pairs.length]!, `probe-${process.pid}-${i}`, "kk", new Date()),
    );
    await measure("status lookup, a miss", (i) =>
      lookUpPublicStatus(db, { ...pairs[(i + 7) % pairs.length]!, iin: makeIin("1970-01-01", "MALE", 9000 + i + 1) }, `probe-miss-${process.pid}-${i}`, "kk", new Date()),
    );
    await measure("executor's queue data (loadQueue)", () => loadQueue(db, executor, parseQueueQuery({}), "kk"));
    await measure("clerk's arrivals data (loadQueue)", () => loadQueue(db, clerk, parseQueueQuery({ view: "arrivals" }), "kk"));

    const ctx = { db, now: () => new Date() };
    const ALL_PRESENT = { APPLICATION_FORM: "PRESENT", IDENTITY_DOCUMENT: "PRESENT", EDUCATION_DIPLOMA: "PRESENT", TRAINING_CERTIFICATE: "PRESENT", EMPLOYMENT_RECORD: "PRESENT" } as const;
    const ids: string[] = [];
    let serial = 900_000 + (process.pid % 50_000);
    await measure("registerPackage", async () => {
      serial += 1;
      const { applicationId } = await registerPackage(ctx, clerk, {
        iin: makeIin("1985-03-14", "FEMALE", serial), lastName: "Зонд", firstName: "Айгүл", locale: "kk",
        purpose: "ASSIGN", categorySought: "FIRST", documents: ALL_PRESENT,
      });
      ids.push(applicationId);
    });
    let next = 0;
    await measure("takeForReview", () => takeForReview(ctx, executor, ids[next++]!));
    next = 0;
    await measure("acceptDocuments", () => acceptDocuments(ctx, executor, { applicationId: ids[next++]!, marks: ALL_PRESENT }));
    next = 0;
    await measure("issueResult", () => issueResult(ctx, clerk, { applicationId: ids[next++]!, handover: HANDED_TO_APPLICANT }));
  } finally {
    await raw.end();
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
