// The appeal route on a real database: a teacher files a complaint about her refused package, the
// head of its provider answers it; each is one transaction with its audit event on the package
// (so both join the timeline), the answer with the teacher's notification; nobody else may do either.
import { describe, expect, it } from "vitest";
import { getApplicationDetail } from "../../lib/applications/application-detail";
import { toPackageProgress } from "../../lib/applications/public-status";
import { answerComplaint } from "../../lib/complaints/answer-complaint";
import { complaintsByPackage, listProviderComplaints, loadAnsweredComplaint } from "../../lib/complaints/complaint-views";
import { fileComplaint } from "../../lib/complaints/file-complaint";
import { complaintAnswerSpec } from "../../lib/documents/complaint-answer";
import { renderPdf } from "../../lib/documents/pdf-layout";
import { pdfText } from "../../lib/documents/pdf-text.test-support";
import type { Actor } from "../../lib/domain/permissions";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { ALL_DOCUMENTS_PRESENT, createTeacherAccount, makeIntake, makeUniqueTeacher } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const SCHOOL = "AKTAU-SCH-12";
const COMPLAINT = "Біліктілікті арттыру курсының сертификатын тапсырдым, бірақ ол жоқ деп белгіленген.";
const ANSWER = "Шағым қаралды: тіркеу кезінде сертификат тапсырылмаған, бас тарту негізді деп танылды.";

/** A refused package of a fresh teacher at SCHOOL, with her account and the school's staff; the clock a Wednesday morning. */
async function refusedPackage(outcome: "refused" | "accepted" = "refused") {
  const db = testDb.db;
  const ctx = contextAt(db);
  const clerk = await createStaff(db, "CLERK", SCHOOL);
  const executor = await createStaff(db, "EXECUTOR", SCHOOL);
  const teacher = makeUniqueTeacher({ email: `complaint${Date.now()}${Math.random().toString(36).slice(2, 7)}@mail.kz`, locale: "ru" });
  const { applicationId, registrationNumber } = await registerPackage(ctx, clerk, makeIntake({}, teacher));
  await takeForReview(ctx, executor, applicationId);
  ctx.advance(5);
  if (outcome === "refused") {
    await refuseDocuments(ctx, executor, {
      applicationId,
      marks: { ...ALL_DOCUMENTS_PRESENT, TRAINING_CERTIFICATE: "MISSING" },
      groundCodes: ["INCOMPLETE_PACKAGE"],
      missingCodes: ["TRAINING_CERTIFICATE"],
    });
  } else {
    await acceptDocuments(ctx, executor, { applicationId, marks: ALL_DOCUMENTS_PRESENT });
  }
  const owner: Actor = await createTeacherAccount(db, teacher);
  const head = await createStaff(db, "PROVIDER_HEAD", SCHOOL, "Оразбаева Сәуле");
  ctx.advance(60);
  return { db, ctx, applicationId, registrationNumber, owner, head, clerk, executor };
}

const eventsOf = (db: typeof testDb.db, applicationId: string) =>
  db.auditEvent.findMany({ where: { applicationId, action: { startsWith: "COMPLAINT_" } }, orderBy: { id: "asc" }, select: { id: true, action: true, actorRole: true, at: true, data: true } });

describe("a complaint about a refusal", () => {
  it("is filed by the package's teacher with its due time, answered by the head of its provider, and both join the timeline", async () => {
    const { db, ctx, applicationId, registrationNumber, owner, head } = await refusedPackage();
    // filed Wednesday 25 November 2026, 11:05 in Aqtau: due the close of Wednesday 2 December
    const filed = await fileComplaint(ctx, owner, { applicationId, text: `  ${COMPLAINT}  ` });
    expect(filed.dueAt.toISOString()).toBe("2026-12-02T13:30:00.000Z");
    const stored = await db.complaint.findUniqueOrThrow({ where: { id: filed.complaintId } });
    expect(stored).toMatchObject({ applicationId, state: "FILED", text: COMPLAINT, filedById: owner.userId, answerText: null });
    expect(stored.filedAt).toEqual(ctx.now());

    // the head's queue shows it, open, with the refusal's ground in her language
    const [queued] = await listProviderComplaints(db, head, "kk", ctx.now());
    expect(queued).toMatchObject({ id: filed.complaintId, registrationNumber, state: "FILED", isOverdue: false });
    expect(queued!.refusalGrounds[0]).toContain("құжаттардың толық топтамасын ұсынбаған");

    ctx.advance(24 * 60);
    const { answeredAt } = await answerComplaint(ctx, head, { complaintId: filed.complaintId, text: ANSWER });
    expect(await db.complaint.findUniqueOrThrow({ where: { id: filed.complaintId } })).toMatchObject({
      state: "ANSWERED",
      answerText: ANSWER,
      answeredAt,
      answeredById: head.userId,
      answeredByName: "Оразбаева Сәуле",
    });

    const events = await eventsOf(db, applicationId);
    expect(events.map((e) => [e.action, e.actorRole])).toEqual([
      ["COMPLAINT_FILED", "APPLICANT"],
      ["COMPLAINT_ANSWERED", "PROVIDER_HEAD"],
    ]);
    expect(events[0]!.data).toMatchObject({ complaintId: filed.complaintId, dueAt: filed.dueAt.toISOString() });
    // the answer's notification rides on its audit event, in the package's language
    const notices = await db.notification.findMany({ where: { auditEventId: events[1]!.id } });
    expect(notices.map((n) => [n.channel, n.locale, n.subject])).toContainEqual(["EMAIL", "ru", `Ответ на жалобу по пакету ${registrationNumber}`]);
    expect(await db.notification.count({ where: { auditEventId: events[0]!.id } })).toBe(0);

    // the teacher's timeline has both, with the head named; her account lists the answer
    const detail = (await getApplicationDetail(db, owner, applicationId, "ru"))!;
    const steps = toPackageProgress(detail, { withStaffNames: true }).steps;
    expect(steps.slice(-2).map((s) => [s.action, s.actorRole, s.actorName])).toEqual([
      ["COMPLAINT_FILED", "APPLICANT", expect.any(String)],
      ["COMPLAINT_ANSWERED", "PROVIDER_HEAD", "Оразбаева Сәуле"],
    ]);
    const mine = (await complaintsByPackage(db, owner, [applicationId])).get(applicationId)!;
    expect(mine.map((c) => [c.state, c.answerText])).toEqual([["ANSWERED", ANSWER]]);

    // the answer's paper, in the package's language
    const paper = (await loadAnsweredComplaint(db, owner, filed.complaintId, "ru"))!;
    expect(paper.packageLocale).toBe("ru");
    const text = (await pdfText(await renderPdf(complaintAnswerSpec(paper, "ru")!))).join(" ").replace(/\s+/g, " ");
    expect(text).toContain(`Регистрационный номер пакета: ${registrationNumber}`);
    expect(text).toContain(ANSWER);
    expect(text).toContain("Ответ дал(а): Оразбаева Сәуле, Руководитель услугодателя");
  });

  it("is refused a second time while the first is open, and taken again once it is answered", async () => {
    const { db, ctx, applicationId, owner, head } = await refusedPackage();
    const first = await fileComplaint(ctx, owner, { applicationId, text: COMPLAINT });
    await expect(fileComplaint(ctx, owner, { applicationId, text: COMPLAINT })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "complaints.errors.alreadyOpen" });
    // two tabs at once: the database's one-open index lets one through
    await db.complaint.update({ where: { id: first.complaintId }, data: { state: "ANSWERED", answerText: ANSWER, answeredAt: ctx.now(), answeredById: head.userId } });
    const raced = await Promise.allSettled([fileComplaint(ctx, owner, { applicationId, text: COMPLAINT }), fileComplaint(ctx, owner, { applicationId, text: COMPLAINT })]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(raced.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", messageKey: "complaints.errors.alreadyOpen" } });
    expect(await db.complaint.count({ where: { applicationId, state: "FILED" } })).toBe(1);
    // the loser wrote no audit event
    expect((await eventsOf(db, applicationId)).filter((e) => e.action === "COMPLAINT_FILED")).toHaveLength(2);
  });

  it("is answered once: a second answer is told who answered first", async () => {
    const { ctx, applicationId, owner, head } = await refusedPackage();
    const { complaintId } = await fileComplaint(ctx, owner, { applicationId, text: COMPLAINT });
    await answerComplaint(ctx, head, { complaintId, text: ANSWER });
    await expect(answerComplaint(ctx, head, { complaintId, text: ANSWER })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "complaints.errors.alreadyAnswered",
      params: { name: "Оразбаева Сәуле" },
    });
  });

  it("holds its texts to their bounds, with the field named", async () => {
    const { ctx, applicationId, owner, head } = await refusedPackage();
    await expect(fileComplaint(ctx, owner, { applicationId, text: "келіспеймін" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      messageKey: "complaints.errors.textRequired",
      fieldErrors: { text: "errors.fieldRequired" },
    });
    await expect(fileComplaint(ctx, owner, { applicationId, text: "ә".repeat(2001) })).rejects.toMatchObject({ messageKey: "complaints.errors.textTooLong" });
    const { complaintId } = await fileComplaint(ctx, owner, { applicationId, text: COMPLAINT });
    await expect(answerComplaint(ctx, head, { complaintId, text: "   " })).rejects.toMatchObject({ messageKey: "complaints.errors.textRequired" });
  });

  it("is only about a refusal", async () => {
    const { ctx, applicationId, owner } = await refusedPackage("accepted");
    await expect(fileComplaint(ctx, owner, { applicationId, text: COMPLAINT })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "complaints.errors.notRefused" });
  });
});

describe("who may file and answer", () => {
  it("refuses another teacher, a clerk and another school's head, and lets another school's head read nothing", async () => {
    const { db, ctx, applicationId, owner, clerk } = await refusedPackage();
    const stranger = await createTeacherAccount(db, makeUniqueTeacher());
    // another teacher's package does not exist for her
    await expect(fileComplaint(ctx, stranger, { applicationId, text: COMPLAINT })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(fileComplaint(ctx, clerk, { applicationId, text: COMPLAINT })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { complaintId } = await fileComplaint(ctx, owner, { applicationId, text: COMPLAINT });
    const otherHead = await createStaff(db, "PROVIDER_HEAD", "AKTAU-SCH-07");
    await expect(answerComplaint(ctx, otherHead, { complaintId, text: ANSWER })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerComplaint(ctx, clerk, { complaintId, text: ANSWER })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(answerComplaint(ctx, owner, { complaintId, text: ANSWER })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.complaint.findUniqueOrThrow({ where: { id: complaintId }, select: { state: true } })).toEqual({ state: "FILED" });

    expect((await listProviderComplaints(db, otherHead, "kk")).map((c) => c.id)).not.toContain(complaintId);
    expect(await loadAnsweredComplaint(db, otherHead, complaintId, "kk")).toBeNull();
    expect(await loadAnsweredComplaint(db, stranger, complaintId, "kk")).toBeNull();
    expect(await loadAnsweredComplaint(db, clerk, complaintId, "kk")).toBeNull();
    expect((await complaintsByPackage(db, stranger, [applicationId])).size).toBe(0);
  });

  it("lets the region read the answer's paper, as it reads every package", async () => {
    const { db, ctx, applicationId, owner, head } = await refusedPackage();
    const region = await createStaff(db, "REGION_ADMIN", "MANG-EDU");
    const { complaintId } = await fileComplaint(ctx, owner, { applicationId, text: COMPLAINT });
    await answerComplaint(ctx, head, { complaintId, text: ANSWER });
    expect((await loadAnsweredComplaint(db, region, complaintId, "en"))?.complaint.answerText).toBe(ANSWER);
    expect((await loadAnsweredComplaint(db, head, complaintId, "en"))?.complaint.answerText).toBe(ANSWER);
  });
});
