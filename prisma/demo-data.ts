// Demo data that makes every screen meaningful: staff in every organization, teachers with
// valid IINs, and about two hundred applications in every state. The applications are not
// written directly: each one is walked through the same use-cases the portal runs, on a
// simulated clock, so their history, audit trail and numbers are what real work would leave.
import type { Db } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import type { ApplicationState } from "../lib/domain/lifecycle";
import type { Actor } from "../lib/domain/permissions";
import { assignableCategories } from "../lib/domain/category-choice";
import { regulationRulesSchema, requiredChecklist } from "../lib/domain/regulation-version";
import {
  PROVIDER_HOURS,
  addWorkingMinutes,
  type WorkingCalendar,
} from "../lib/domain/working-calendar";
import type { WorkflowContext } from "../lib/db/context";
import { loadWorkingCalendar } from "../lib/regulation/working-calendar";
import { acceptDocuments } from "../lib/workflow/accept-documents";
import { answerComplaint } from "../lib/complaints/answer-complaint";
import { fileComplaint } from "../lib/complaints/file-complaint";
import { forwardToProvider } from "../lib/workflow/forward-to-provider";
import { issueResult } from "../lib/workflow/issue-result";
import { refuseDocuments } from "../lib/workflow/refuse-documents";
import { registerArrival } from "../lib/workflow/register-arrival";
import { takeInPackage } from "../lib/workflow/register-package";
import { sendResultToCorp } from "../lib/workflow/send-result-to-corp";
import { takeForReview } from "../lib/workflow/take-for-review";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { HANDED_TO_APPLICANT, createRandom, createStaffAccount, createTeacherAccount, makeIntake, makeTeacher, type Random, type StaffAccountSeed } from "./factories";

const PROVIDER_KINDS = ["PRESCHOOL", "SCHOOL", "COLLEGE"] as const;
const CORP_CENTRE_BY_LOCALITY: Record<string, string> = {
  AKTAU: "GOVCORP-AKTAU-1",
  MUNAILY: "GOVCORP-AKTAU-1",
  TUPKARAGAN: "GOVCORP-AKTAU-1",
  MANGYSTAU: "GOVCORP-AKTAU-1",
  ZHANAOZEN: "GOVCORP-ZHANAOZEN",
  KARAKIYA: "GOVCORP-ZHANAOZEN",
  BEINEU: "GOVCORP-BEINEU",
};

interface Staff {
  clerk: Actor;
  executors: Actor[];
}

export interface DemoSummary {
  organizations: number;
  users: number;
  teachers: number;
  applications: number;
  byState: Partial<Record<ApplicationState, number>>;
  applicantLogin: string;
}

export async function loadDemoData(db: Db, options: { now?: Date; applications?: number; seed?: number } = {}): Promise<DemoSummary> {
  const random = createRandom(options.seed ?? 20261125);
  const realNow = options.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organizations = await db.organization.findMany({ select: { id: true, code: true, kind: true, localityCode: true } });
  const byCode = new Map(organizations.map((o) => [o.code, o]));
  const providers = organizations.filter((o) => (PROVIDER_KINDS as readonly string[]).includes(o.kind));

  const user = (login: string, role: StaffAccountSeed["role"], organization: string, fullName: string) =>
    createStaffAccount(db, { login, role, organization, fullName, passwordHash });
  // every member of staff is a person with a name (a teacher reads who worked on her package), drawn
  // from a stream of its own so the packages drawn below stay as they were
  const staffNames = createRandom((options.seed ?? 20261125) + 1);
  let staffCount = 0;
  const personName = () => {
    const { lastName, firstName, middleName } = makeTeacher(staffNames, 10_000 + staffCount++);
    return `${lastName} ${firstName} ${middleName}`;
  };

  // Named demo staff first, then a clerk and an executor for every other organization.
  const staffByProvider = new Map<string, Staff>();
  const demoClerk = await user(DEMO_ACCOUNTS.clerk.login, "CLERK", DEMO_ACCOUNTS.clerk.organization, DEMO_ACCOUNTS.clerk.fullName);
  const demoExecutors = [
    await user(DEMO_ACCOUNTS.executor.login, "EXECUTOR", DEMO_ACCOUNTS.executor.organization, DEMO_ACCOUNTS.executor.fullName),
    await user(DEMO_ACCOUNTS.executor2.login, "EXECUTOR", DEMO_ACCOUNTS.executor2.organization, DEMO_ACCOUNTS.executor2.fullName),
  ];
  staffByProvider.set(byCode.get(DEMO_ACCOUNTS.clerk.organization)!.id, { clerk: demoClerk, executors: demoExecutors });
  for (const provider of providers) {
    if (staffByProvider.has(provider.id)) continue;
    const suffix = provider.code.toLowerCase();
    const clerk = await user(`clerk.${suffix}`, "CLERK", provider.code, personName());
    const executor = await user(`executor.${suffix}`, "EXECUTOR", provider.code, personName());
    staffByProvider.set(provider.id, { clerk, executors: [executor] });
  }
  // The education departments provide the service too (every version names them; the 2020 rules
  // only them): each gets an office clerk and an executor, so a package sent to one is received
  // and decided there. Teachers are not employed by a department, so no demo package goes to one.
  for (const department of organizations.filter((o) => o.kind === "REGIONAL_DEPARTMENT" || o.kind === "DISTRICT_DEPARTMENT")) {
    const suffix = department.code.toLowerCase();
    await user(`clerk.${suffix}`, "CLERK", department.code, personName());
    await user(`executor.${suffix}`, "EXECUTOR", department.code, personName());
  }
  const operators = new Map<string, Actor>();
  operators.set(
    byCode.get(DEMO_ACCOUNTS.operator.organization)!.id,
    await user(DEMO_ACCOUNTS.operator.login, "CORP_OPERATOR", DEMO_ACCOUNTS.operator.organization, DEMO_ACCOUNTS.operator.fullName),
  );
  for (const centre of organizations.filter((o) => o.kind === "STATE_CORP_CENTRE" && !operators.has(o.id))) {
    const operator = await user(`operator.${centre.code.toLowerCase()}`, "CORP_OPERATOR", centre.code, personName());
    operators.set(centre.id, operator);
  }
  // the head of every provider answers its complaints; the demo school's is a named account
  const demoHead = await user(DEMO_ACCOUNTS.head.login, "PROVIDER_HEAD", DEMO_ACCOUNTS.head.organization, DEMO_ACCOUNTS.head.fullName);
  for (const provider of providers.filter((p) => p.code !== DEMO_ACCOUNTS.head.organization)) {
    await user(`head.${provider.code.toLowerCase()}`, "PROVIDER_HEAD", provider.code, personName());
  }
  await user(DEMO_ACCOUNTS.region.login, "REGION_ADMIN", DEMO_ACCOUNTS.region.organization, DEMO_ACCOUNTS.region.fullName);
  await user(DEMO_ACCOUNTS.admin.login, "SYSTEM_ADMIN", DEMO_ACCOUNTS.admin.organization, DEMO_ACCOUNTS.admin.fullName);

  // Teachers: most work in the demo clerk's school or its district, so the demo queues are full.
  const teachers = Array.from({ length: 50 }, (_, index) => ({
    person: makeTeacher(random, index),
    employer: index < 14 ? byCode.get("AKTAU-SCH-07")! : random.pick(providers),
  }));

  const calendar = await loadWorkingCalendar(db);
  const version = await db.regulationVersion.findUniqueOrThrow({ where: { code: "MANGYSTAU-2018" }, select: { rules: true } });
  const rules = regulationRulesSchema.parse(version.rules);

  let clock = realNow;
  // history is replayed, not lived: nobody is notified about months-old steps
  const ctx: WorkflowContext = { db, now: () => clock, notifications: "skip" };
  const count = options.applications ?? 200;
  const lastRefusedByIin = new Map<string, string>();
  const plan = planApplications(random, calendar, realNow, count);

  for (const [index, { startedAt, stage, isCorp }] of plan.entries()) {
    const { person, employer } = random.pick(teachers);
    const staff = staffByProvider.get(employer.id)!;
    const operator = operators.get(byCode.get(CORP_CENTRE_BY_LOCALITY[employer.localityCode] ?? "GOVCORP-AKTAU-1")!.id)!;
    const hasCategory = random.chance(0.55);
    const categoryHeld = hasCategory ? random.pick(rules.categories.slice(0, 2)).code : undefined;
    const purpose = hasCategory && random.chance(0.5) ? "CONFIRM" : "ASSIGN";
    // an assignment is of a category above the one held (lib/domain/category-choice.ts)
    const categorySought = purpose === "CONFIRM" ? categoryHeld! : random.pick(assignableCategories(rules.categories, categoryHeld)).code;
    const checklist = requiredChecklist(rules, hasCategory);
    const willBeIncomplete = random.chance(0.22);
    const missingCode = willBeIncomplete ? random.pick(checklist.filter((i) => i.code !== "APPLICATION_FORM")).code : null;
    const marks = Object.fromEntries(checklist.map((i) => [i.code, i.code === missingCode ? "MISSING" : "PRESENT"] as const));

    const step = (minutesLo: number, minutesHi: number) => {
      clock = addWorkingMinutes(calendar, PROVIDER_HOURS, clock, random.int(minutesLo, minutesHi));
      if (clock > realNow) clock = realNow; // never write the future
    };

    clock = startedAt;
    const intakeStartedAt = new Date(clock.getTime() - random.int(2, 9) * 60_000);
    step(4, index % 11 === 0 ? 30 : 18); // a few clerks miss the 20-minute norm
    const previousApplicationId = lastRefusedByIin.get(person.iin);
    const registered = await takeInPackage(
      ctx,
      isCorp ? operator : staff.clerk,
      makeIntake(
        { purpose, categorySought, categoryHeld, documents: marks, providerId: isCorp ? employer.id : undefined, intakeStartedAt, previousApplicationId },
        person,
      ),
    );
    // an incomplete package at the State Corporation's counter is refused there (MANGYSTAU-2018's incompleteAtCounter)
    if (registered.kind === "refusedAtCounter") continue;
    if (previousApplicationId) lastRefusedByIin.delete(person.iin);
    const id = registered.applicationId;
    if (stage === "INTAKE") continue;
    if (isCorp) {
      step(3, 15);
      await forwardToProvider(ctx, operator, id);
      if (stage === "FORWARDED") continue;
      step(60, 600);
      await registerArrival(ctx, staff.clerk, id);
    }
    if (stage === "REGISTERED") continue;
    // p.10: the office clerk checks a State Corporation package (the version's completenessCheckedBy)
    const executor = isCorp ? staff.clerk : random.pick(staff.executors);
    step(2, index % 7 === 0 ? 40 : 15);
    await takeForReview(ctx, executor, id);
    if (stage === "TAKEN") continue;
    step(5, index % 9 === 0 ? 35 : 18);
    if (missingCode) {
      await refuseDocuments(ctx, executor, {
        applicationId: id,
        marks,
        groundCodes: ["INCOMPLETE_PACKAGE"],
        missingCodes: [missingCode],
        note: undefined,
      });
      lastRefusedByIin.set(person.iin, id);
    } else {
      await acceptDocuments(ctx, executor, { applicationId: id, marks });
    }
    if (stage === "DECIDED") continue;
    if (isCorp) {
      step(30, 900);
      await sendResultToCorp(ctx, staff.clerk, id);
      if (stage === "RESULT_SENT") continue;
      step(60, 1200);
      await issueResult(ctx, operator, { applicationId: id, handover: handoverOf(index) });
    } else {
      step(10, 600);
      await issueResult(ctx, staff.clerk, { applicationId: id, handover: handoverOf(index) });
    }
  }

  // teachers get portal accounts linked to their applicant record (login = IIN), with no password:
  // they sign in by a code sent to their contacts (the demo's SMS outbox and mailbox) or by ЭЦП
  const teacherAccounts = new Map<string, Actor>();
  for (const { person } of teachers) teacherAccounts.set(person.iin, await createTeacherAccount(db, person));
  await fileDemoComplaints(db, calendar, demoHead, teacherAccounts, realNow);

  const groups = await db.application.groupBy({ by: ["state"], _count: { _all: true } });
  return {
    organizations: organizations.length,
    users: await db.user.count(),
    teachers: teachers.length,
    applications: await db.application.count(),
    byState: Object.fromEntries(groups.map((g) => [g.state, g._count._all])),
    applicantLogin: teachers[0]!.person.iin,
  };
}

// now and then a teacher sends someone with her power of attorney
function handoverOf(index: number) {
  return index % 6 === 0
    ? { recipient: "REPRESENTATIVE" as const, representativeName: "Серікова Дана Әлібекқызы", powerOfAttorneyNumber: `${1200 + index}-Н`, isIdentityChecked: true }
    : HANDED_TO_APPLICANT;
}

type Stage = "INTAKE" | "FORWARDED" | "REGISTERED" | "TAKEN" | "DECIDED" | "RESULT_SENT" | "ISSUED";

// How far the demo packages have got. Open ones are recent (a few overdue); finished ones are
// spread over about four months of working time.
const OPEN_STAGES: { stage: Stage; weight: number; corpOnly?: boolean }[] = [
  { stage: "INTAKE", weight: 4, corpOnly: true },
  { stage: "FORWARDED", weight: 6, corpOnly: true },
  { stage: "REGISTERED", weight: 10 },
  { stage: "TAKEN", weight: 7 },
  { stage: "DECIDED", weight: 12 },
  { stage: "RESULT_SENT", weight: 5, corpOnly: true },
];

function planApplications(random: Random, calendar: WorkingCalendar, now: Date, count: number) {
  const plan: { startedAt: Date; stage: Stage; isCorp: boolean }[] = [];
  const openShare = 0.45;
  for (let i = 0; i < count; i++) {
    if (random.next() < openShare) {
      const total = OPEN_STAGES.reduce((sum, s) => sum + s.weight, 0);
      let roll = random.next() * total;
      const chosen = OPEN_STAGES.find((s) => (roll -= s.weight) < 0) ?? OPEN_STAGES[0]!;
      const isCorp = chosen.corpOnly ? true : random.chance(0.4);
      // mostly today and yesterday; about one in six stuck for longer
      const back = random.chance(0.17) ? random.int(9 * 60, 5 * 9 * 60) : random.int(30, 9 * 60);
      plan.push({ startedAt: subtractWorkingMinutes(calendar, now, back), stage: chosen.stage, isCorp });
    } else {
      const back = random.int(6 * 9 * 60, 120 * 9 * 60);
      plan.push({ startedAt: subtractWorkingMinutes(calendar, now, back), stage: "ISSUED", isCorp: random.chance(0.4) });
    }
  }
  return plan.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
}

/** Walks back in working time: the inverse of addWorkingMinutes, for picking past moments. */
function subtractWorkingMinutes(calendar: WorkingCalendar, from: Date, minutes: number): Date {
  let low = new Date(from.getTime() - (minutes * 4 + 14 * 24 * 60) * 60_000);
  let high = from;
  // binary search on the start whose working-time distance to `from` is `minutes`
  for (let i = 0; i < 40; i++) {
    const mid = new Date((low.getTime() + high.getTime()) / 2);
    const end = addWorkingMinutes(calendar, PROVIDER_HOURS, mid, minutes);
    if (end.getTime() > from.getTime()) high = mid;
    else low = mid;
  }
  return addWorkingMinutes(calendar, PROVIDER_HOURS, low, 0);
}

const DEMO_COMPLAINTS = [
  {
    text: "Біліктілікті арттыру курсының сертификатын тапсырдым, оның көшірмесі менде бар. Бас тартуды қайта қарауды сұраймын.",
    filedDaysAgo: 4,
    answer: "Шағым қаралды. Тіркеу кезінде қолхатта сертификат тапсырылмаған деп белгіленген, сондықтан бас тарту негізді. Құжаттарды толық топтамамен қайта тапсыруыңызға болады.",
  },
  // still open, and past its five working days: the head's queue shows it late
  { text: "Прошу пересмотреть отказ: трудовая книжка была в пакете, её копию я сдала вместе с заявлением.", filedDaysAgo: 9, answer: undefined },
];

/**
 * Two complaints to the demo school's head about its refused packages: one answered a working day
 * later, one open and overdue. Filed days back through the use-cases, so their due times and audit
 * events are what real work leaves; the demo teacher's own packages are left to her.
 */
async function fileDemoComplaints(db: Db, calendar: WorkingCalendar, head: Actor, teachers: Map<string, Actor>, now: Date) {
  const refused = await db.application.findMany({
    where: {
      providerId: head.organizationId!,
      state: { in: ["REFUSED", "RESULT_SENT_TO_CORP", "RESULT_ISSUED"] },
      refusalGroundCodes: { isEmpty: false },
      applicant: { iin: { in: [...teachers.keys()] } },
    },
    orderBy: { decidedAt: "desc" },
    select: { id: true, decidedAt: true, applicant: { select: { iin: true } } },
  });
  const firstTeacher = [...teachers.keys()][0];
  const taken = new Set<string>();
  for (const { text, answer, filedDaysAgo } of DEMO_COMPLAINTS) {
    const filedAround = new Date(now.getTime() - filedDaysAgo * 86_400_000);
    const app = refused.find((a) => a.applicant.iin !== firstTeacher && !taken.has(a.id) && a.decidedAt! < filedAround);
    if (!app) continue;
    taken.add(app.id);
    // within office hours: an hour of working time into that day, the answer a working day later
    const within = (start: Date, minutes: number) => new Date(Math.min(addWorkingMinutes(calendar, PROVIDER_HOURS, start, minutes).getTime(), now.getTime()));
    let clock = within(filedAround, 60);
    const ctx: WorkflowContext = { db, now: () => clock, notifications: "skip" };
    const { complaintId } = await fileComplaint(ctx, teachers.get(app.applicant.iin)!, { applicationId: app.id, text });
    if (answer) {
      clock = within(clock, 8 * 60);
      await answerComplaint(ctx, head, { complaintId, text: answer });
    }
  }
}
