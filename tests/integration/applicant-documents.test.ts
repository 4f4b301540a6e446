import { describe, expect, it } from "vitest";
import { getApplicationDetail } from "../../lib/applications/application-detail";
import { acceptanceSpec, decisionDate, receiptSpec, refusalDate, refusalSpec, verificationUrl } from "../../lib/documents/application-documents";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { renderPdf } from "../../lib/documents/pdf-layout";
import { pdfText } from "../../lib/documents/pdf-text.test-support";
import { signToken } from "../../lib/documents/signed-token";
import { findVerifiedDocument, maskName } from "../../lib/documents/verification";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const SECRET = "integration-test-secret-0123456789";
const tokenOf = (url: string) => url.split("/verify/")[1]!;

describe("printed documents and their verification", () => {
  it("verifies a genuine receipt with number, date, state and a masked name only; rejects a tampered one", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12", "Сәрсенбаева Гүлжан");
    const { applicationId, registrationNumber } = await registerPackage(contextAt(db), clerk, makeIntake({ lastName: "Сейітова", firstName: "Айгүл", middleName: "Болатқызы", locale: "ru" }));
    const detail = (await getApplicationDetail(db, clerk, applicationId, "ru"))!;
    const url = verificationUrl("http://localhost:3150", "receipt", detail, new Date(detail.receivedAt), SECRET);

    const text = (await pdfText(await renderPdf(receiptSpec(detail, "ru", url)!))).join(" ").replace(/\s+/g, " ");
    expect(text).toContain(`Регистрационный номер: ${registrationNumber}`);
    expect(text).toContain("РАСПИСКА о получении и регистрации документов");
    expect(text).toContain("Зарегистрировал(а): Сәрсенбаева Гүлжан");

    const verified = await findVerifiedDocument(db, tokenOf(url), SECRET);
    expect(verified).toEqual({
      kind: "receipt",
      registrationNumber,
      documentDate: detail.receivedAt,
      state: "REGISTERED",
      maskedName: "С******* А. Б.",
    });
    const token = tokenOf(url);
    // another character at position 5 (the token's text follows the clock: an "x" was there at times)
    const tampered = `${token.slice(0, 5)}${token[5] === "x" ? "y" : "x"}${token.slice(6)}`;
    expect(tampered).not.toBe(token);
    expect(await findVerifiedDocument(db, tampered, SECRET)).toBeNull();
    expect(await findVerifiedDocument(db, token, "another-secret-0123456789abcdef")).toBeNull();
  });

  it("verifies a refusal only for a package that was refused", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());
    const early = signToken({ kind: "refusal", applicationId, issuedAt: ctx.now() }, SECRET);
    expect(await findVerifiedDocument(db, early, SECRET)).toBeNull();

    await takeForReview(ctx, executor, applicationId);
    ctx.advance(4);
    await refuseDocuments(ctx, executor, {
      applicationId,
      marks: { ...ALL_DOCUMENTS_PRESENT, EMPLOYMENT_RECORD: "MISSING" },
      groundCodes: ["INCOMPLETE_PACKAGE"],
      missingCodes: ["EMPLOYMENT_RECORD"],
    });
    const detail = (await getApplicationDetail(db, executor, applicationId, "kk"))!;
    const url = verificationUrl("http://localhost:3150", "refusal", detail, refusalDate(detail)!, SECRET);
    const text = (await pdfText(await renderPdf(refusalSpec(detail, "kk", url)!))).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("ДӘЛЕЛДІ ЖАУАП мемлекеттік қызмет көрсетуден бас тарту туралы");
    expect(text).toContain("Еңбек қызметін растайтын құжаттың көшірмесі (еңбек кітапшасы)");
    expect(await findVerifiedDocument(db, tokenOf(url), SECRET)).toMatchObject({ kind: "refusal", state: "REFUSED" });
  });

  it("verifies a receipt of acceptance only for a package that was accepted, and prints it in the applicant's language", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake({ locale: "en" }));
    const early = signToken({ kind: "acceptance", applicationId, issuedAt: ctx.now() }, SECRET);
    expect(await findVerifiedDocument(db, early, SECRET)).toBeNull();
    expect(acceptanceSpec((await getApplicationDetail(db, clerk, applicationId, "en"))!, "en", "https://x.kz/verify/t")).toBeNull();

    await takeForReview(ctx, executor, applicationId);
    ctx.advance(4);
    await acceptDocuments(ctx, executor, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
    const detail = (await getApplicationDetail(db, executor, applicationId, "en"))!;
    expect(refusalSpec(detail, "en", "https://x.kz/verify/t")).toBeNull();
    const url = verificationUrl("http://localhost:3150", "acceptance", detail, decisionDate(detail, "acceptance")!, SECRET);
    const text = (await pdfText(await renderPdf(acceptanceSpec(detail, "en", url)!))).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("RECEIPT of the acceptance of documents for attestation");
    expect(text).toContain("Documents accepted");
    expect(await findVerifiedDocument(db, tokenOf(url), SECRET)).toMatchObject({ kind: "acceptance", state: "ACCEPTED" });
  });

  it("masks names to the first letter and initials", () => {
    expect(maskName("Сейітова", "Айгүл", "Болатқызы")).toBe("С******* А. Б.");
    expect(maskName("Ли", "Анна", null)).toBe("Л* А.");
  });
});
