import { describe, expect, it } from "vitest";
import { localDateTime } from "../../lib/domain/working-calendar";
import { AppError } from "../../lib/errors";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { issueResult } from "../../lib/workflow/issue-result";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { registerPackage } from "../../lib/workflow/register-package";
import { sendResultToCorp } from "../../lib/workflow/send-result-to-corp";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

describe("a package through the State Corporation", () => {
  it("goes to the provider and back, with the term and the return deadline of paragraph 10", async () => {
    const db = testDb.db;
    // Monday 14 Dec 2026, 11:00 in Aqtau; Wednesday 16 Dec is Independence Day
    const ctx = contextAt(db, localDateTime("2026-12-14", "11:00"));
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-28");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-28");
    const providerId = await organizationId(db, "AKTAU-SCH-28");

    const { applicationId } = await registerPackage(ctx, operator, makeIntake({ providerId }));
    const accepted = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(accepted.state).toBe("CORP_ACCEPTED");
    expect(accepted.channel).toBe("STATE_CORP");
    expect(accepted.corpCentreId).toBe(operator.organizationId);
    // same locality: 3 working days, the day of acceptance not counted, skipping the holiday
    expect(accepted.serviceDeadline).toEqual(localDateTime("2026-12-18", "18:00"));
    // the result is due back one day of 24 hours before the term ends (p.10)
    expect(accepted.resultToCorpDeadline).toEqual(localDateTime("2026-12-17", "18:00"));

    ctx.advance(10);
    await forwardToProvider(ctx, operator, applicationId);
    ctx.advance(24 * 60);
    await registerArrival(ctx, clerk, applicationId);
    ctx.advance(5);
    await takeForReview(ctx, executor, applicationId);
    ctx.advance(10);
    await acceptDocuments(ctx, executor, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
    // the clerk cannot hand a State Corporation result over at the office
    await expect(issueResult(ctx, clerk, applicationId)).rejects.toBeInstanceOf(AppError);
    ctx.advance(60);
    await sendResultToCorp(ctx, clerk, applicationId);
    ctx.advance(120);
    await issueResult(ctx, operator, applicationId);

    const done = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(done.state).toBe("RESULT_ISSUED");
    expect(done.resultSentAt! <= done.resultToCorpDeadline!).toBe(true);
    const actions = await db.auditEvent.findMany({ where: { applicationId }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual([
      "ACCEPT_AT_CORP",
      "FORWARD_TO_PROVIDER",
      "REGISTER_ARRIVAL",
      "TAKE_FOR_REVIEW",
      "ACCEPT_DOCUMENTS",
      "SEND_RESULT_TO_CORP",
      "ISSUE_RESULT",
    ]);
  });

  it("gives 7 working days when the provider is in another district", async () => {
    const db = testDb.db;
    const ctx = contextAt(db, localDateTime("2026-12-14", "11:00"));
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const { applicationId } = await registerPackage(ctx, operator, makeIntake({ providerId: await organizationId(db, "BEINEU-SCH-04") }));
    const stored = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored.serviceDeadline).toEqual(localDateTime("2026-12-24", "18:00"));
  });

  it("refuses a provider that is not an education organization", async () => {
    const db = testDb.db;
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const centreId = await organizationId(db, "GOVCORP-BEINEU");
    const error = await registerPackage(contextAt(db), operator, makeIntake({ providerId: centreId })).catch((e: unknown) => e);
    expect((error as AppError).fieldErrors.providerId).toBe("errors.unknownProvider");
  });

  it("another centre's operator cannot forward the package", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1");
    const otherOperator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-ZHANAOZEN");
    const { applicationId } = await registerPackage(ctx, operator, makeIntake({ providerId: await organizationId(db, "AKTAU-SCH-01") }));
    const error = (await forwardToProvider(ctx, otherOperator, applicationId).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe("NOT_FOUND");
  });
});
