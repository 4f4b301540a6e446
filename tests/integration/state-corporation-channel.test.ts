import { describe, expect, it } from "vitest";
import { localDateTime } from "../../lib/domain/working-calendar";
import { AppError } from "../../lib/errors";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { issueResult } from "../../lib/workflow/issue-result";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { registerPackage, takeInPackage } from "../../lib/workflow/register-package";
import { counterRefusalSpec, loadCounterRefusal } from "../../lib/documents/counter-refusal";
import { renderPdf } from "../../lib/documents/pdf-layout";
import { pdfText } from "../../lib/documents/pdf-text.test-support";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { MESSAGES } from "../../lib/i18n/messages";
import { sendResultToCorp } from "../../lib/workflow/send-result-to-corp";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, makeIntake, HANDED_TO_APPLICANT } from "../../prisma/factories";
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
    // p.10: on this route the provider's office clerk checks completeness, not the executor
    await expect(takeForReview(ctx, executor, applicationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await takeForReview(ctx, clerk, applicationId);
    ctx.advance(10);
    await expect(acceptDocuments(ctx, executor, { applicationId, marks: ALL_DOCUMENTS_PRESENT })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await acceptDocuments(ctx, clerk, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
    // the clerk cannot hand a State Corporation result over at the office
    await expect(issueResult(ctx, clerk, { applicationId, handover: HANDED_TO_APPLICANT })).rejects.toBeInstanceOf(AppError);
    ctx.advance(60);
    await sendResultToCorp(ctx, clerk, applicationId);
    ctx.advance(120);
    await issueResult(ctx, operator, { applicationId, handover: HANDED_TO_APPLICANT });

    const done = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(done.state).toBe("RESULT_ISSUED");
    expect(done.assignedExecutorId).toBe(clerk.userId);
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

  it("refuses an incomplete package at the counter with a receipt of refusal to accept documents; registers nothing (MANGYSTAU-2018, unconfirmed)", { timeout: 60_000 }, async () => {
    const db = testDb.db;
    const ctx = contextAt(db, localDateTime("2026-12-14", "11:00"));
    const operator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-AKTAU-1", "Нұрланова Мадина");
    const otherOperator = await createStaff(db, "CORP_OPERATOR", "GOVCORP-ZHANAOZEN");
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-28");
    const providerId = await organizationId(db, "AKTAU-SCH-28");
    const incomplete = makeIntake({ providerId, lastName: "Сейітова", firstName: "Айгүл", locale: "ru", documents: { ...ALL_DOCUMENTS_PRESENT, TRAINING_CERTIFICATE: "MISSING", EMPLOYMENT_RECORD: "UNREADABLE" } });
    const applicationsBefore = await db.application.count();

    // the plain registration refuses it before writing anything; the counter's intake refuses it with a paper
    await expect(registerPackage(ctx, operator, incomplete)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.refusedAtCounter" });
    const result = await takeInPackage(ctx, operator, incomplete);
    expect(result).toMatchObject({ kind: "refusedAtCounter", missingCodes: ["TRAINING_CERTIFICATE", "EMPLOYMENT_RECORD"] });
    if (result.kind !== "refusedAtCounter") throw new Error("not refused");
    expect(await db.application.count()).toBe(applicationsBefore);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "REFUSE_AT_COUNTER", actorId: operator.userId }, select: { applicationId: true, data: true } });
    expect(audit.applicationId).toBeNull();
    expect(audit.data).toMatchObject({ counterRefusalId: result.counterRefusalId, missingCodes: ["TRAINING_CERTIFICATE", "EMPLOYMENT_RECORD"] });

    // the paper: only the refusing counter's staff find it; in the applicant's language or the one asked for
    expect(await loadCounterRefusal(db, otherOperator, result.counterRefusalId, null)).toBeNull();
    expect(await loadCounterRefusal(db, clerk, result.counterRefusalId, null)).toBeNull();
    const paper = (await loadCounterRefusal(db, operator, result.counterRefusalId, null))!;
    expect(paper.paperLocale).toBe("ru");
    for (const locale of ["kk", "ru", "en"] as const) {
      const inLocale = (await loadCounterRefusal(db, operator, result.counterRefusalId, locale))!;
      const text = (await pdfText(await renderPdf(counterRefusalSpec(inLocale, locale)))).join(" ").replace(/\s+/g, " ");
      const pdf = MESSAGES[locale].applicant.pdf;
      expect(text, locale).toContain(`${pdf.counterRefusalTitle} ${pdf.counterRefusalSubtitle}`);
      for (const other of ["receiptSubtitle", "acceptanceSubtitle", "refusalSubtitle"] as const) expect(text, `${locale} ${other}`).not.toContain(pdf[other]);
      // the service by the full name its version gives it
      const serviceName = REGULATION_VERSIONS.find((v) => v.code === "MANGYSTAU-2018")!.rules.serviceName.name[locale];
      expect(text, `${locale}: the service's name`).toContain(`${serviceName}`.replace(/\s+/g, " "));
      const rest = [paper.applicantName, "Нұрланова Мадина"].reduce((acc, name) => acc.split(name).join(" "), text);
      if (locale === "en") expect(rest, "no Cyrillic in English").not.toMatch(/\p{Script=Cyrillic}/u);
      else expect(rest, `no Latin letters in ${locale}`).not.toMatch(/[A-Za-z]/);
    }
    const ru = (await pdfText(await renderPdf(counterRefusalSpec(paper, "ru")))).join(" ").replace(/\s+/g, " ");
    expect(ru).toContain("Недостающие документы • Копия документа о прохождении курсов повышения квалификации • Копия документа, подтверждающего трудовую деятельность (трудовая книжка)");
    expect(ru).toContain("Отказал(а) в приёме: Нұрланова Мадина, Сотрудник Госкорпорации");

    // refused on the same terms as a registration: an unknown pre-registration code, a teacher renamed, store nothing
    const refusalsBefore = await db.counterRefusal.count();
    await expect(takeInPackage(ctx, operator, { ...incomplete, preRegistrationCode: "NOPE-0000" })).rejects.toMatchObject({ messageKey: "staff.intake.codeNotFound" });
    await expect(takeInPackage(ctx, operator, { ...incomplete, iin: makeIntake().iin, contacts: "onFile" })).rejects.toMatchObject({ messageKey: "staff.intake.noContactsOnFile" });
    expect(await db.counterRefusal.count()).toBe(refusalsBefore);

    // at the office the same incomplete package is registered and passed on (p.5: the executor checks it)
    const atOffice = await takeInPackage(ctx, clerk, { ...incomplete, providerId: undefined });
    expect(atOffice.kind).toBe("registered");
    // now on file: a refusal under another name is refused as a registration would be
    await expect(takeInPackage(ctx, operator, { ...incomplete, lastName: "Басқа" })).rejects.toMatchObject({ messageKey: "staff.intake.nameNotOnFile" });
    expect(await db.counterRefusal.count()).toBe(refusalsBefore);
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
