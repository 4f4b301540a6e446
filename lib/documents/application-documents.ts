// The papers of a package, built from the package detail, in the applicant's language. Pure: the
// route handlers load and authorize, the layout draws. Three papers, each in its own states:
//   - the receipt of registration (p.5.1; p.10 at the State Corporation): what was handed over and
//     what was not, the number, date and time, who registered it and when the result is due; it
//     says nothing was accepted yet;
//   - the receipt of acceptance (p.3), once the documents were found complete;
//   - the reasoned refusal (p.3, on the grounds of Standard p.10), once they were refused, with the
//     ways to appeal it (the version's appealRoute).
import type { ApplicationDetail } from "../applications/application-detail";
import { maskIin } from "../domain/identity";
import { isDecided } from "../domain/lifecycle";
import { formatDate, formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { createTranslator } from "../i18n/translate";
import type { Block, PdfDocumentSpec } from "./pdf-layout";
import { signToken } from "./signed-token";

export const DOCUMENT_KINDS = ["receipt", "acceptance", "refusal"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const INTAKE_ACTIONS = ["REGISTER_AT_OFFICE", "ACCEPT_AT_CORP", "SUBMIT_ONLINE"];

type PaperFacts = Pick<ApplicationDetail, "state" | "refusal" | "documents">;

/** A package the teacher applied for online: every paper says so, and its receipt lists scans, not paper handed over. */
const isOnline = (detail: Pick<ApplicationDetail, "channel">) => detail.channel === "E_GOV_PORTAL";

/** Something was handed over: a package with nothing in it was never received, so it has no receipt. */
function hasHandedOver(detail: Pick<ApplicationDetail, "documents">): boolean {
  return detail.documents.some((line) => line.mark !== "MISSING");
}

/**
 * Whether a package in its present state has this paper: the receipt of registration once it was
 * registered with something handed over, the receipt of acceptance only once it was accepted (and
 * while the result travels and after it is handed over), the reasoned refusal only once it was refused.
 */
export function hasPaper(kind: DocumentKind, detail: PaperFacts): boolean {
  switch (kind) {
    case "receipt":
      return hasHandedOver(detail);
    case "acceptance":
      return isDecided(detail.state) && detail.refusal === null;
    case "refusal":
      return isDecided(detail.state) && detail.refusal !== null;
  }
}

/** The papers a package has now, in the order they were issued. */
export function papersOf(detail: PaperFacts): DocumentKind[] {
  return DOCUMENT_KINDS.filter((kind) => hasPaper(kind, detail));
}

/** The link the QR code opens; the token is stable per document, so every copy verifies alike. */
export function verificationUrl(origin: string, kind: DocumentKind, detail: Pick<ApplicationDetail, "id" | "receivedAt">, documentDate: Date, secret: string): string {
  const token = signToken({ kind, applicationId: detail.id, issuedAt: documentDate }, secret);
  return `${origin.replace(/\/$/, "")}/verify/${token}`;
}

/** When the decision was made: the audit event of the acceptance or the refusal. */
export function decisionDate(detail: Pick<ApplicationDetail, "timeline">, kind: "acceptance" | "refusal"): Date | null {
  const event = detail.timeline.find((entry) => entry.action === (kind === "acceptance" ? "ACCEPT_DOCUMENTS" : "REFUSE_DOCUMENTS"));
  return event ? new Date(event.at) : null;
}

/** When the refusal was decided: the audit event of the refusal. */
export function refusalDate(detail: ApplicationDetail): Date | null {
  return decisionDate(detail, "refusal");
}

/** The date a paper carries (and its QR token signs): the registration, or the decision. */
export function paperDate(kind: DocumentKind, detail: ApplicationDetail): Date | null {
  return kind === "receipt" ? new Date(detail.receivedAt) : decisionDate(detail, kind);
}

type Translate = ReturnType<typeof createTranslator>;

/** What the receipt prints beside the registration number when the package has it. */
export interface ReceiptExtras {
  /** the short code a teacher looks her package up with (printed on its own line under the number) */
  accessCode?: string | null;
  /** the first receipt of a teacher who never signed in: her activation code and where to use it */
  activation?: { code: string; expiresAt: Date; url: string } | null;
}

function header(detail: ApplicationDetail, t: Translate, locale: Locale, extras: ReceiptExtras = {}): Block[] {
  return [
    { kind: "text", text: t("applicant.pdf.service", { service: detail.serviceName }) },
    { kind: "text", text: t("applicant.pdf.number", { number: detail.registrationNumber }) },
    ...(extras.accessCode ? [{ kind: "text" as const, text: t("applicant.pdf.accessCode", { code: extras.accessCode }) }] : []),
    { kind: "text", text: t("applicant.pdf.receivedAt", { date: formatDateTime(detail.receivedAt, locale) }) },
    { kind: "text", text: t("applicant.pdf.applicant", { name: detail.applicant.fullName }) },
    { kind: "text", text: t("applicant.pdf.iin", { iin: maskIin(detail.applicant.iin) }) },
    { kind: "text", text: t("applicant.pdf.provider", { name: detail.providerName }) },
    ...(detail.corpCentreName ? [{ kind: "text" as const, text: t("applicant.pdf.corpCentre", { name: detail.corpCentreName }) }] : []),
    ...(isOnline(detail) ? [{ kind: "text" as const, text: t("onlineApplication.pdf.channel") }] : []),
    {
      kind: "text",
      text: t("applicant.pdf.request", { purpose: t(`purposes.${detail.purpose}`), category: detail.categorySoughtName }),
    },
  ];
}

function footer(t: Translate, verifyUrl: string): Block[] {
  return [{ kind: "small", text: t("applicant.pdf.verify", { url: verifyUrl }) }];
}

function documentLine(line: ApplicationDetail["documents"][number], t: Translate, withMark: boolean): string {
  const mark = withMark && line.mark === "UNREADABLE" ? ` (${t("applicant.pdf.markUNREADABLE")})` : "";
  return `${line.name}${mark}${line.isReturnedToApplicant ? ` ${t("applicant.pdf.returned")}` : ""}`;
}

function spec(kind: DocumentKind, detail: ApplicationDetail, t: Translate, blocks: Block[], verifyUrl: string): PdfDocumentSpec {
  return {
    title: `${t(`applicant.pdf.${kind}Title`)} ${t(`applicant.pdf.${kind}Subtitle`)} ${detail.registrationNumber}`,
    author: detail.providerName,
    blocks,
    qr: { text: verifyUrl, caption: detail.registrationNumber },
  };
}

/** The receipt of registration (p.5.1): null for a package with nothing handed over. */
export function receiptSpec(detail: ApplicationDetail, locale: Locale, verifyUrl: string, extras: ReceiptExtras = {}): PdfDocumentSpec | null {
  if (!hasPaper("receipt", detail)) return null;
  const t = createTranslator(locale);
  const intake = detail.timeline.find((entry) => INTAKE_ACTIONS.includes(entry.action));
  const handedOver = detail.documents.filter((line) => line.mark !== "MISSING");
  const notHandedOver = detail.documents.filter((line) => line.mark === "MISSING");
  const blocks: Block[] = [
    { kind: "title", text: t("applicant.pdf.receiptTitle") },
    { kind: "subtitle", text: t("applicant.pdf.receiptSubtitle") },
    ...header(detail, t, locale, extras),
    { kind: "heading", text: t(isOnline(detail) ? "onlineApplication.pdf.scansTitle" : "applicant.pdf.handedOverTitle") },
    ...handedOver.map((line, index) => ({ kind: "item" as const, marker: `${index + 1}.`, text: documentLine(line, t, true) })),
    ...(notHandedOver.length
      ? [
          { kind: "heading" as const, text: t("applicant.pdf.notHandedOverTitle") },
          ...notHandedOver.map((line) => ({ kind: "item" as const, text: line.name })),
        ]
      : []),
    { kind: "space" },
    ...(isOnline(detail)
      ? [{ kind: "text" as const, text: t("onlineApplication.pdf.submittedBy", { name: detail.applicant.fullName }) }]
      : intake?.actorName && intake.actorRole
        ? [{ kind: "text" as const, text: t("applicant.pdf.staff", { name: intake.actorName, role: t(`roles.${intake.actorRole}`) }) }]
        : []),
    ...(detail.serviceDeadline
      ? [{ kind: "text" as const, text: t("applicant.pdf.expected", { date: formatDateTime(detail.serviceDeadline, locale) }) }]
      : []),
    { kind: "small", text: t("applicant.pdf.registrationOnly") },
    ...(extras.activation
      ? [
          { kind: "heading" as const, text: t("teacherSignIn.receipt.title") },
          { kind: "text" as const, text: t("teacherSignIn.receipt.code", { code: extras.activation.code, date: formatDate(extras.activation.expiresAt, locale) }) },
          { kind: "text" as const, text: t("teacherSignIn.receipt.how", { url: extras.activation.url }) },
        ]
      : []),
    ...footer(t, verifyUrl),
  ];
  return spec("receipt", detail, t, blocks, verifyUrl);
}

/** The receipt of acceptance (p.3): only for a package whose documents were accepted. */
export function acceptanceSpec(detail: ApplicationDetail, locale: Locale, verifyUrl: string): PdfDocumentSpec | null {
  if (!hasPaper("acceptance", detail)) return null;
  const t = createTranslator(locale);
  const decided = decisionDate(detail, "acceptance");
  const decision = detail.timeline.find((entry) => entry.action === "ACCEPT_DOCUMENTS");
  const blocks: Block[] = [
    { kind: "title", text: t("applicant.pdf.acceptanceTitle") },
    { kind: "subtitle", text: t("applicant.pdf.acceptanceSubtitle") },
    ...header(detail, t, locale),
    ...(decided ? [{ kind: "text" as const, text: t("applicant.pdf.decidedAt", { date: formatDateTime(decided, locale) }) }] : []),
    { kind: "heading", text: t("applicant.pdf.acceptedTitle") },
    ...detail.documents.map((line, index) => ({ kind: "item" as const, marker: `${index + 1}.`, text: documentLine(line, t, false) })),
    { kind: "space" },
    ...(decision?.actorName && decision.actorRole
      ? [{ kind: "text" as const, text: t("applicant.pdf.decidedBy", { name: decision.actorName, role: t(`roles.${decision.actorRole}`) }) }]
      : []),
    ...footer(t, verifyUrl),
  ];
  return spec("acceptance", detail, t, blocks, verifyUrl);
}

/** The reasoned refusal (p.3, on the grounds of Standard p.10): only for a refused package. */
export function refusalSpec(detail: ApplicationDetail, locale: Locale, verifyUrl: string): PdfDocumentSpec | null {
  if (!hasPaper("refusal", detail) || !detail.refusal) return null;
  const t = createTranslator(locale);
  const decided = refusalDate(detail);
  const decision = detail.timeline.find((entry) => entry.action === "REFUSE_DOCUMENTS");
  const blocks: Block[] = [
    { kind: "title", text: t("applicant.pdf.refusalTitle") },
    { kind: "subtitle", text: t("applicant.pdf.refusalSubtitle") },
    ...header(detail, t, locale),
    ...(decided ? [{ kind: "text" as const, text: t("applicant.pdf.decidedAt", { date: formatDateTime(decided, locale) }) }] : []),
    { kind: "heading", text: t("applicant.pdf.groundsTitle") },
    ...detail.refusal.grounds.map((ground, index) => ({
      kind: "item" as const,
      marker: `${index + 1}.`,
      text: `${ground.text} ${t("applicant.pdf.clause", { clause: ground.clause })}`,
    })),
    ...(detail.refusal.missing.length
      ? [
          { kind: "heading" as const, text: t("applicant.pdf.missingTitle") },
          ...detail.refusal.missing.map((line) => ({ kind: "item" as const, text: line.name })),
        ]
      : []),
    ...(detail.refusal.note ? [{ kind: "text" as const, text: t("applicant.pdf.note", { note: detail.refusal.note }) }] : []),
    { kind: "space" },
    ...(decision?.actorName && decision.actorRole
      ? [{ kind: "text" as const, text: t("applicant.pdf.decidedBy", { name: decision.actorName, role: t(`roles.${decision.actorRole}`) }) }]
      : []),
    { kind: "text", text: t("applicant.pdf.reapply") },
    // how to appeal: the version's appealRoute (Law on Public Services, art. 25), in the paper's language
    { kind: "heading", text: t("complaints.appeal.title") },
    ...detail.refusal.appealRoute.map((step, index) => ({ kind: "item" as const, marker: `${index + 1}.`, text: `${step.name}. ${step.text}` })),
    ...footer(t, verifyUrl),
  ];
  return spec("refusal", detail, t, blocks, verifyUrl);
}
