import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { aggregateFigures, refusalGroundCounts, totalFigures, waitingCounts } from "../../lib/dashboard/aggregate";
import { exportView } from "../../lib/dashboard/export";
import { computeFigures, type FigureRecord } from "../../lib/dashboard/figures";
import { parseDashboardFilter, resolvePeriod } from "../../lib/dashboard/filters";
import { leagueTable } from "../../lib/dashboard/league";
import { listOrganizationPackages } from "../../lib/dashboard/organization-packages";
import { localDateTime } from "../../lib/domain/working-calendar";
import type { Actor } from "../../lib/domain/permissions";
import { regulationRulesSchema } from "../../lib/domain/regulation-version";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { issueResult } from "../../lib/workflow/issue-result";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { registerPackage } from "../../lib/workflow/register-package";
import { sendResultToCorp } from "../../lib/workflow/send-result-to-corp";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, makeIntake, HANDED_TO_APPLICANT } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

// Monday 23 to Sunday 29 November 2026; "now" is Thursday 26th, 15:00 in Aqtau.
const WEEK = parseDashboardFilter({ from: "2026-11-23", to: "2026-11-29" });
const NOW = localDateTime("2026-11-26", "15:00");
const at = (date: string, time: string) => localDateTime(date, time);

let region: Actor;
let aktauDistrict: string;
let beineuDistrict: string;
let school12: string;

/** The same applications, read back as plain records for the reference definitions. */
async function records(db: Db): Promise<FigureRecord[]> {
  const rows = await db.application.findMany({
    select: {
      state: true,
      refusalGroundCodes: true,
      receivedAt: true,
      currentStepDeadline: true,
      corpIntakeMinutes: true,
      registrationMinutes: true,
      checkMinutes: true,
      isResultSentInTime: true,
      providerId: true,
      regulationVersion: { select: { rules: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    minutes: { OFFICE_REGISTRATION: row.registrationMinutes, COMPLETENESS_CHECK: row.checkMinutes, CORP_INTAKE: row.corpIntakeMinutes },
    norms: regulationRulesSchema.parse(row.regulationVersion.rules).stepNormMinutes,
  }));
}

beforeAll(async () => {
  const db = testDb.db;
  region = await createStaff(db, "REGION_ADMIN", "MANG-EDU");
  aktauDistrict = await organizationId(db, "AKTAU-EDU");
  beineuDistrict = await organizationId(db, "BEINEU-EDU");
  school12 = await organizationId(db, "AKTAU-SCH-12");
  const clerk12 = await createStaff(db, "CLERK", "AKTAU-SCH-12");
  const executor12 = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
  const clerkBeineu = await createStaff(db, "CLERK", "BEINEU-SCH-01");
  const clerk28 = await createStaff(db, "CLERK", "AKTAU-SCH-28");
  const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");

  // 1. Office, within every norm: registered in 8 minutes, checked in 17, issued.
  let ctx = contextAt(db, at("2026-11-24", "10:00"));
  const first = await registerPackage(ctx, clerk12, makeIntake({ intakeStartedAt: at("2026-11-24", "09:52") }));
  ctx.advance(5);
  await takeForReview(ctx, executor12, first.applicationId);
  ctx.advance(12);
  await acceptDocuments(ctx, executor12, { applicationId: first.applicationId, marks: ALL_DOCUMENTS_PRESENT });
  await issueResult(ctx, clerk12, { applicationId: first.applicationId, handover: HANDED_TO_APPLICANT });

  // 2. Office, both norms missed: 25 minutes at registration, refused after 30 across no break.
  ctx = contextAt(db, at("2026-11-24", "11:00"));
  const second = await registerPackage(ctx, clerk12, makeIntake({ intakeStartedAt: at("2026-11-24", "10:35") }));
  await takeForReview(ctx, executor12, second.applicationId);
  ctx.advance(30);
  const marks = { ...ALL_DOCUMENTS_PRESENT, TRAINING_CERTIFICATE: "MISSING" as const };
  await refuseDocuments(ctx, executor12, { applicationId: second.applicationId, marks, groundCodes: ["INCOMPLETE_PACKAGE"], missingCodes: ["TRAINING_CERTIFICATE"] });

  // 3. Across lunch, within norm: registered at 12:55 (started 12:50), check 13:00 → 14:40 is 15 working minutes.
  ctx = contextAt(db, at("2026-11-25", "12:55"));
  const third = await registerPackage(ctx, clerk12, makeIntake({ intakeStartedAt: at("2026-11-25", "12:50") }));
  ctx.advance(5);
  await takeForReview(ctx, executor12, third.applicationId);
  ctx.advance(100);
  await acceptDocuments(ctx, executor12, { applicationId: third.applicationId, marks: ALL_DOCUMENTS_PRESENT });

  // 4. Beineu: registered yesterday and never taken: overdue now.
  ctx = contextAt(db, at("2026-11-25", "16:00"));
  await registerPackage(ctx, clerkBeineu, makeIntake({ intakeStartedAt: at("2026-11-25", "15:58") }));

  // 5. State Corporation to school 28, intake 12 minutes, accepted, result sent in time, issued.
  ctx = contextAt(db, at("2026-11-23", "10:00"));
  const providerId = await organizationId(db, "AKTAU-SCH-28");
  const fifth = await registerPackage(ctx, operator, makeIntake({ providerId, intakeStartedAt: at("2026-11-23", "09:55") }));
  ctx.advance(7);
  await forwardToProvider(ctx, operator, fifth.applicationId);
  ctx.advance(120);
  await registerArrival(ctx, clerk28, fifth.applicationId);
  ctx.advance(10);
  // p.10: the office clerk checks a State Corporation package
  await takeForReview(ctx, clerk28, fifth.applicationId);
  ctx.advance(10);
  await acceptDocuments(ctx, clerk28, { applicationId: fifth.applicationId, marks: ALL_DOCUMENTS_PRESENT });
  ctx.advance(60);
  await sendResultToCorp(ctx, clerk28, fifth.applicationId);
  ctx.advance(60);
  await issueResult(ctx, operator, { applicationId: fifth.applicationId, handover: HANDED_TO_APPLICANT });

  // 6. Last week's package, before the period: counted nowhere but its own week.
  ctx = contextAt(db, at("2026-11-18", "10:00"));
  await registerPackage(ctx, clerk12, makeIntake({ intakeStartedAt: at("2026-11-18", "09:30") }));
});

describe("the dashboard's SQL figures", () => {
  it("give the same answers as the reference definitions", async () => {
    const db = testDb.db;
    const expected = computeFigures(await records(db), resolvePeriod(WEEK, NOW), NOW);
    const actual = await totalFigures(db, region, WEEK, NOW);
    expect(actual).toEqual(expected);
    // and the numbers themselves, worked by hand
    expect([actual.received, actual.inProgress, actual.accepted, actual.refused]).toEqual([5, 1, 3, 1]);
    expect(actual.steps.OFFICE_REGISTRATION).toMatchObject({ done: 4, withinNorm: 3, missed: 1, median: 6.5 });
    expect(actual.steps.COMPLETENESS_CHECK).toMatchObject({ done: 4, withinNorm: 3, missed: 1 });
    expect(actual.steps.CORP_INTAKE).toMatchObject({ done: 1, withinNorm: 1, median: 12, p90: 12 });
    expect(actual.resultDelivery).toEqual({ delivered: 1, inTime: 1, share: 1 });
    // the Beineu package and last week's one are both past their deadline
    expect(actual.overdueNow).toBe(2);
  });

  it("times a check across lunch in working minutes", async () => {
    const stored = await testDb.db.application.findFirstOrThrow({ where: { registeredAt: at("2026-11-25", "12:55") } });
    expect(stored.checkMinutes).toBe(15);
  });

  it("group the league table by district, then by organization within a district", async () => {
    const db = testDb.db;
    const byDistrict = await leagueTable(db, region, WEEK, "en", NOW);
    expect(byDistrict.grouping).toBe("district");
    expect(byDistrict.rows.map((r) => [r.name, r.values.received, r.values.overdueNow])).toEqual([
      ["Aktau City Education Department", 4, 1],
      ["Beineu District Education Department", 1, 1],
    ]);
    const inAktau = await leagueTable(db, region, { ...WEEK, district: aktauDistrict, sort: "missedNorm" }, "en", NOW);
    expect(inAktau.grouping).toBe("organization");
    expect(inAktau.rows.map((r) => [r.name, r.values.received, r.values.missedNorm, r.values.registrationShare])).toEqual([
      ["Economic Lyceum No. 12", 3, 2, 2 / 3],
      ["Secondary School No. 28", 1, 0, null],
    ]);
    // every group adds up to the total
    const groups = await aggregateFigures(db, region, WEEK, "organization", NOW);
    expect(groups.reduce((sum, g) => sum + g.figures.received, 0)).toBe(5);
  });

  it("split by channel, by day of receipt, and count refusal grounds", async () => {
    const db = testDb.db;
    const byChannel = await aggregateFigures(db, region, WEEK, "channel", NOW);
    expect(byChannel.map((g) => [g.key, g.figures.received])).toEqual([
      ["OFFICE", 4],
      ["STATE_CORP", 1],
    ]);
    const byDay = await aggregateFigures(db, region, { ...WEEK, district: beineuDistrict }, "day", NOW);
    expect(byDay.map((g) => [g.key, g.figures.received])).toEqual([["2026-11-25", 1]]);
    expect(await refusalGroundCounts(db, region, WEEK, NOW)).toEqual([{ code: "INCOMPLETE_PACKAGE", count: 1 }]);
  });

  it("count packages waiting at each step, and the overdue among them", async () => {
    const waiting = await waitingCounts(testDb.db, region, parseDashboardFilter({}), NOW);
    const registered = waiting.filter((w) => w.state === "REGISTERED").reduce((sum, w) => sum + w.waiting, 0);
    const overdue = waiting.reduce((sum, w) => sum + w.overdue, 0);
    expect(registered).toBe(2);
    expect(overdue).toBe(2);
    expect(waiting.some((w) => w.state === "RESULT_ISSUED")).toBe(false);
  });

  it("drill down to one organization's packages, without personal data", async () => {
    const { rows, total } = await listOrganizationPackages(testDb.db, region, { ...WEEK, organization: school12 }, NOW);
    expect(total).toBe(3);
    expect(Object.keys(rows[0]!)).not.toContain("applicant");
    expect(rows.map((r) => r.registrationMinutes).sort()).toEqual([25, 5, 8]);
    // the package list and the league table read the organization tree the same way
    const inAktau = await listOrganizationPackages(testDb.db, region, { ...WEEK, district: aktauDistrict }, NOW);
    expect(inAktau.total).toBe(4);
  });

  it("refuse every figure to anyone but the regional department", async () => {
    const clerk = await createStaff(testDb.db, "CLERK", "AKTAU-SCH-12");
    await expect(totalFigures(testDb.db, clerk, WEEK, NOW)).rejects.toThrow(/FORBIDDEN/);
    await expect(exportView(testDb.db, clerk, WEEK, { format: "csv", view: "league" }, "kk", NOW)).rejects.toThrow(/FORBIDDEN/);
  });
});

describe("an export", () => {
  it("holds the table's rows and is recorded in the audit trail", async () => {
    const db = testDb.db;
    const filter = { ...WEEK, district: aktauDistrict };
    const file = await exportView(db, region, filter, { format: "csv", view: "league" }, "en", NOW);
    const lines = (file.body as string).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toMatch(/^Name,Received,In progress,/);
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 2))).toEqual([
      ["Economic Lyceum No. 12", "3"],
      ["Secondary School No. 28", "1"],
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "EXPORT", actorId: region.userId }, orderBy: { id: "desc" } });
    expect(event.applicationId).toBeNull();
    expect(event.data).toMatchObject({ view: "league", format: "csv", rows: 2, filter: { district: aktauDistrict, from: "2026-11-23", to: "2026-11-29" } });

    const xlsx = await exportView(db, region, filter, { format: "xlsx", view: "packages" }, "ru", NOW);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe("PK");
    expect(xlsx.rowCount).toBe(4);
    expect(await db.auditEvent.count({ where: { action: "EXPORT", applicationId: null } })).toBe(2);
  });
});
