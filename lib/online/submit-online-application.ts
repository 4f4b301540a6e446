// The teacher applies online (issue 16, item 5), where the version in force serves the
// e-government portal's channel: her application (the fields and rules of "prepare online"), a
// scan of each document of the version's checklist (type by content, size limit, as staff scans),
// and a confirmation (a one-time code sent to her contacts on file; a digital signature later).
// One transaction registers the package as received through the portal: at her chosen provider,
// in the state the office's registration leaves a package (the executor checks it next), with the
// channel's term from the version, its number, the scans, the audit event and the notices.
// Nothing is kept when anything fails: not the package, not a scan, not the code's use.
import { createHash, randomUUID } from "node:crypto";
import { AppError } from "../errors";
import { generateAccessCode } from "../applications/access-code";
import type { WorkflowContext } from "../db/context";
import { serviceDeadlines } from "../domain/deadlines";
import { findTransition } from "../domain/lifecycle";
import { differingNameParts, contactsAtIntake, type Contacts } from "../domain/package-contacts";
import { can, type Actor } from "../domain/permissions";
import { requiredChecklist, servedPortalChannel } from "../domain/regulation-version";
import { timingOnTransition } from "../domain/step-timing";
import { toLocalDate } from "../domain/working-calendar";
import type { MessageKey } from "../i18n/translate";
import { stateChangeMessages } from "../notifications/enqueue";
import { checkTeachersRequest, preRegistrationSchema, type PreRegistrationInput } from "../preregistration/pre-registration";
import { regulationInForce } from "../regulation/in-force";
import { loadWorkingCalendar } from "../regulation/working-calendar";
import { EXTENSION, detectScanType, readableFileName, scanProblem } from "../scans/file-type";
import type { BlobStorage } from "../storage/blob-storage";
import { recordChange } from "../workflow/record-change";
import { assignRegistrationNumber } from "../workflow/registration-number";
import { parseOrRefuse } from "../zod-issues";
import { confirmSubmission, type SubmissionConfirmation } from "./submission-code";

export interface OnlineScan {
  documentCode: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface OnlineApplicationInput {
  /** the prepare form's fields, judged by the same schema and rules */
  application: PreRegistrationInput | Record<string, unknown>;
  scans: OnlineScan[];
  confirmation: SubmissionConfirmation;
}

export interface SubmittedApplication {
  applicationId: string;
  registrationNumber: string;
  accessCode: string;
}

/** The form field of a document's scan: an error on it is shown beside that file input. */
export const scanField = (documentCode: string) => `scan.${documentCode}`;

const SUBMIT = findTransition(null, "SUBMIT_ONLINE", "E_GOV_PORTAL")!;

export async function submitOnlineApplication(ctx: WorkflowContext, storage: BlobStorage, actor: Actor, raw: OnlineApplicationInput): Promise<SubmittedApplication> {
  // only the teacher herself, signed in: her account names her record
  if (!can(actor, "applications.submitOnline") || !SUBMIT.roles.includes(actor.role) || !actor.applicantId) {
    throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  }
  const at = ctx.now();
  const onFile = await ctx.db.applicant.findUnique({
    where: { id: actor.applicantId },
    select: { id: true, iin: true, lastName: true, firstName: true, middleName: true, phone: true, email: true, locale: true },
  });
  if (!onFile) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");

  const version = await regulationInForce(ctx.db, at);
  if (!version) throw new AppError("CONFLICT", "errors.noRegulationInForce");
  const rules = version.rules;
  if (!servedPortalChannel(rules)) throw new AppError("CONFLICT", "onlineApplication.notServed");

  const input = parseOrRefuse(preRegistrationSchema, raw.application, "onlineApplication.invalid");
  if (input.iin !== onFile.iin) throw new AppError("INVALID_INPUT", "onlineApplication.notOwnAccount", {}, { iin: "onlineApplication.notOwnAccount" });
  const renamed = differingNameParts(onFile, input);
  if (renamed.length > 0) {
    throw new AppError("INVALID_INPUT", "staff.intake.nameNotOnFile", {}, Object.fromEntries(renamed.map((part) => [part, "staff.intake.nameNotOnFile" as const])));
  }
  const provider = await checkTeachersRequest(ctx.db, rules, input);

  // a scan of every document the version asks of her, and of nothing else; each checked by content
  const checklist = requiredChecklist(rules, Boolean(input.categoryHeld));
  const scanErrors: Record<string, MessageKey> = {};
  const byCode = new Map<string, OnlineScan>();
  for (const scan of raw.scans) {
    if (!checklist.some((item) => item.code === scan.documentCode)) scanErrors[scanField(scan.documentCode)] = "onlineApplication.scanUnknownDocument";
    // the form has one file input per document: two files for one is a crafted post
    else if (byCode.has(scan.documentCode)) scanErrors[scanField(scan.documentCode)] = "onlineApplication.invalid";
    else byCode.set(scan.documentCode, scan);
  }
  let firstProblem: ReturnType<typeof scanProblem> = null;
  for (const item of checklist) {
    const scan = byCode.get(item.code);
    const problem = scan ? scanProblem(scan.bytes) : null;
    if (!scan) scanErrors[scanField(item.code)] = "onlineApplication.missingScan";
    else if (problem) {
      scanErrors[scanField(item.code)] = problem.key;
      firstProblem ??= problem;
    }
  }
  if (Object.keys(scanErrors).length > 0) {
    throw firstProblem
      ? new AppError("INVALID_INPUT", firstProblem.key, firstProblem.params, scanErrors)
      : new AppError("INVALID_INPUT", "onlineApplication.invalid", {}, scanErrors);
  }
  if (!raw.confirmation.code.trim()) throw new AppError("INVALID_INPUT", "onlineApplication.missingCode", {}, { code: "onlineApplication.missingCode" });

  // her contacts for this package: the ones on the form (her record's by default); her record only gains what it lacked
  const given: Contacts = { phone: input.phone ?? null, email: input.email ?? null, locale: input.locale };
  const contacts = contactsAtIntake("given", given, onFile)!;
  const calendar = await loadWorkingCalendar(ctx.db);
  const deadlines = serviceDeadlines(calendar, rules, "E_GOV_PORTAL", { intakeStartedAt: at, receivedAt: at, isSameLocality: true });
  const timing = timingOnTransition(calendar, rules, SUBMIT.action, {
    state: SUBMIT.to,
    channel: "E_GOV_PORTAL",
    intakeStartedAt: at,
    registeredAt: at,
    decidedAt: null,
    ...deadlines,
  }, at);
  const documents = Object.fromEntries(checklist.map((item) => [item.code, "PRESENT" as const]));
  const accessCode = generateAccessCode();
  const applicationId = randomUUID().replace(/-/g, "");

  // the files first, as a staff scan's: a row never points at a missing file; removed again on any failure
  const stored: { documentCode: string; storageKey: string; fileName: string; contentType: string; sizeBytes: number; sha256: string }[] = [];
  try {
    for (const item of checklist) {
      const scan = byCode.get(item.code)!;
      const contentType = detectScanType(scan.bytes)!;
      const storageKey = `scans/${applicationId}/${randomUUID()}.${EXTENSION[contentType]}`;
      await storage.put(storageKey, scan.bytes, contentType);
      stored.push({
        documentCode: item.code,
        storageKey,
        fileName: readableFileName(scan.fileName) || `scan.${EXTENSION[contentType]}`,
        contentType,
        sizeBytes: scan.bytes.byteLength,
        sha256: createHash("sha256").update(scan.bytes).digest("hex"),
      });
    }
    return await ctx.db.$transaction(async (tx) => {
      // the confirmation first: a wrong or spent code refuses before anything is written
      const confirmed = await confirmSubmission(ctx.db, tx, actor.userId, raw.confirmation, at);
      if (Object.keys(contacts.recordFill).length > 0) await tx.applicant.update({ where: { id: onFile.id }, data: contacts.recordFill, select: { id: true } });
      await tx.application.create({
        data: {
          id: applicationId,
          registrationNumber: `pending:${randomUUID()}`,
          accessCode,
          channel: "E_GOV_PORTAL",
          state: SUBMIT.to,
          applicantId: onFile.id,
          providerId: provider.id,
          regulationVersionId: version.id,
          purpose: input.purpose,
          categorySought: input.categorySought,
          categoryHeld: input.categoryHeld ?? null,
          documents,
          contactPhone: contacts.package.phone,
          contactEmail: contacts.package.email,
          contactLocale: contacts.package.locale,
          receivedAt: at,
          intakeStartedAt: at,
          registeredAt: at,
          ...deadlines,
          ...timing,
        },
        select: { id: true },
      });
      await tx.scan.createMany({ data: stored.map((scan) => ({ ...scan, applicationId, uploadedById: actor.userId, uploadedAt: at })) });
      const registrationNumber = await assignRegistrationNumber(tx, applicationId, Number(toLocalDate(at).slice(0, 4)));
      const messages =
        ctx.notifications === "skip"
          ? []
          : stateChangeMessages({
              applicationId,
              registrationNumber,
              accessCode,
              activation: null,
              serviceDeadline: deadlines.serviceDeadline,
              applicant: { ...onFile, ...contacts.package },
              toState: SUBMIT.to,
            });
      await recordChange(
        tx,
        {
          applicationId,
          actorId: actor.userId,
          actorRole: actor.role,
          organizationId: null,
          action: SUBMIT.action,
          fromState: null,
          toState: SUBMIT.to,
          reason: null,
          data: {
            channel: "E_GOV_PORTAL",
            // how she confirmed it (the code's row, never the code)
            confirmation: confirmed,
            scans: stored.map(({ documentCode, contentType, sizeBytes, sha256 }) => ({ documentCode, contentType, sizeBytes, sha256 })),
            contacts: { source: "given", ...contacts.package },
            applicantRecord: Object.keys(contacts.recordFill).length > 0 ? { filled: contacts.recordFill } : "unchanged",
          },
          at,
        },
        messages,
      );
      return { applicationId, registrationNumber, accessCode };
    }, { timeout: 20_000 });
  } catch (error) {
    await Promise.all(stored.map((scan) => storage.delete(scan.storageKey)));
    throw error;
  }
}
