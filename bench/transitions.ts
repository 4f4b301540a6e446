// State transitions per second, sustained: workers drive packages through the real use-cases
// (register at the office → take for review → accept → issue), each step one transaction with
// its compare-and-set, audit event and notification outbox rows, against the generated database.
import { makeIin } from "../lib/domain/identity";
import type { Actor } from "../lib/domain/permissions";
import { createPrismaClient } from "../lib/db/client";
import { acceptDocuments } from "../lib/workflow/accept-documents";
import type { WorkflowContext } from "../lib/db/context";
import { issueResult } from "../lib/workflow/issue-result";
import { HANDED_TO_APPLICANT } from "../prisma/factories";
import { registerPackage } from "../lib/workflow/register-package";
import { takeForReview } from "../lib/workflow/take-for-review";
import { GENERATED_STAFF } from "../scripts/generate-data";
import { BENCH_SECRET } from "./load";

// a registration keeps the teacher's activation code under a key of the portal's secret
// (lib/auth/sign-in-code-values.ts): this child registers as the bench's portal would
process.env.NEXTAUTH_SECRET ??= BENCH_SECRET;

const ALL_PRESENT = {
  APPLICATION_FORM: "PRESENT",
  IDENTITY_DOCUMENT: "PRESENT",
  EDUCATION_DIPLOMA: "PRESENT",
  TRAINING_CERTIFICATE: "PRESENT",
  EMPLOYMENT_RECORD: "PRESENT",
} as const;

export interface TransitionResult {
  transitions: number;
  seconds: number;
  perSecond: number;
  concurrency: number;
}

/** Runs `concurrency` workers for `seconds`; every package they start they also finish. */
export async function measureTransitions(url: string, seconds: number, concurrency: number, runId: number): Promise<TransitionResult> {
  const db = createPrismaClient(url, concurrency + 2);
  try {
    const users = await db.user.findMany({
      where: { login: { in: [GENERATED_STAFF.transitionsClerk, GENERATED_STAFF.transitionsExecutor] } },
      select: { id: true, login: true, role: true, fullName: true, organizationId: true },
    });
    const actorOf = (login: string): Actor => {
      const user = users.find((u) => u.login === login);
      if (!user) throw new Error(`${login} is missing: generate the data first (scripts/generate-data.ts)`);
      return { userId: user.id, role: user.role, name: user.fullName, organizationId: user.organizationId, applicantId: null };
    };
    // another school than the one whose queue pages are measured (see GENERATED_STAFF)
    const clerk = actorOf(GENERATED_STAFF.transitionsClerk);
    const executor = actorOf(GENERATED_STAFF.transitionsExecutor);
    // the real clock: deadlines and step minutes are computed as in production
    const ctx: WorkflowContext = { db, now: () => new Date() };
    let transitions = 0;
    let serial = runId * 100_000;
    const deadline = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline) {
        serial += 1;
        const intake = {
          iin: makeIin("1985-03-14", serial % 2 ? "FEMALE" : "MALE", serial),
          lastName: "Бенчмарк",
          firstName: "Айгүл",
          // as most teachers give both: every step also queues an email and an SMS in the outbox
          email: `bench${serial}@mail.kz`,
          phone: "+7 701 555 12 34",
          locale: "kk" as const,
          purpose: "ASSIGN" as const,
          categorySought: "FIRST",
          documents: ALL_PRESENT,
        };
        const { applicationId } = await registerPackage(ctx, clerk, intake);
        await takeForReview(ctx, executor, applicationId);
        await acceptDocuments(ctx, executor, { applicationId, marks: ALL_PRESENT });
        await issueResult(ctx, clerk, { applicationId, handover: HANDED_TO_APPLICANT });
        transitions += 4;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = (performance.now() - started) / 1000;
    return { transitions, seconds: elapsed, perSecond: transitions / elapsed, concurrency };
  } finally {
    await db.$disconnect();
  }
}

// Run as a child process by the HTTP bench (`tsx bench/transitions.ts <url> <seconds> <workers> <run>`),
// so each run starts with its own pool and a stuck run can be stopped from outside.
if (process.argv[1]?.endsWith("transitions.ts")) {
  const [url, seconds, concurrency, runId] = process.argv.slice(2);
  measureTransitions(url!, Number(seconds), Number(concurrency), Number(runId)).then(
    (result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
