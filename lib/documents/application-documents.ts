// What the receipt (қолхат) and the reasoned refusal say, built from the package detail, in the
// applicant's language. Pure: the route handlers load and authorize, the layout draws.
import { formatAccessCode } from "../applications/access-code";
import type { ApplicationDetail } from "../applications/application-detail";
import { maskIin } from "../domain/identity";
import { formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { createTranslator } from "../i18n/translate";
import type { Block, PdfDocumentSpec } from "./pdf-layout";
import { signToken } from "./signed-token";

export type DocumentKind = "receipt" | "refusal";

const INTAKE_ACTIONS = ["REGISTER_AT_OFFICE", "ACCEPT_AT_CORP"];

/** The link the QR code opens; the token is stable per document, so every copy verifies alike. */
export function verificationUrl(origin: string, kind: DocumentKind, detail: Pick<ApplicationDetail, "id" | "receivedAt">, documentDate: Date, secret: string): string {
  const token = signToken({ kind, applicationId: detail.id, issuedAt: documentDate }, secret);
  return `${origin.replace(/\/$/, "")}/verify/${token}`;
}

/** When the refusal was decided: the audit event of the refusal. */
export function refusalDate(detail: ApplicationDetail): Date | null {
  const event = detail.timeline.find((entry) => entry.action === "REFUSE_DOCUMENTS");
  return event ? new Date(event.at) : null;
}

function header(detail: ApplicationDetail, t: ReturnType<typeof createTranslator>, locale: Locale, { withAccessCode = false } = {}): Block[] {
  return [
    { kind: "text", text: t("applicant.pdf.number", { number: detail.registrationNumber }) },
    // the receipt is what the teacher keeps: the code the public lookup asks for stands beside the number
    ...(withAccessCode && detail.accessCode
      ? [{ kind: "text" as const, text: t("applicant.pdf.accessCode", { code: formatAccessCode(detail.accessCode) }) }]
      : []),
    { kind: "text", text: t("applicant.pdf.receivedAt", { date: formatDateTime(detail.receivedAt, locale) }) },
    { kind: "text", text: t("applicant.pdf.applicant", { name: detail.applicant.fullName }) },
    { kind: "text", text: t("applicant.pdf.iin", { iin: maskIin(detail.applicant.iin) }) },
    { kind: "text", text: t("applicant.pdf.provider", { name: detail.providerName }) },
    ...(detail.corpCentreName ? [{ kind: "text" as const, text: t("applicant.pdf.corpCentre", { name: detail.corpCentreName }) }] : []),
    {
      kind: "text",
      text: t("applicant.pdf.request", { purpose: t(`purposes.${detail.purpose}`), category: detail.categorySoughtName }),
    },
  ];
}

export function receiptSpec(detail: ApplicationDetail, locale: Locale, verifyUrl: string): PdfDocumentSpec {
  const t = createTranslator(locale);
  const intake = detail.timeline.find((entry) => INTAKE_ACTIONS.includes(entry.action));
  const blocks: Block[] = [
    { kind: "title", text: t("applicant.pdf.receiptTitle") },
    { kind: "subtitle", text: t("applicant.pdf.receiptSubtitle") },
    ...header(detail, t, locale, { withAccessCode: true }),
    { kind: "heading", text: t("applicant.pdf.documentsTitle") },
    ...detail.documents.map((line, index) => ({
      kind: "item" as const,
      marker: `${index + 1}.`,
      text: `${line.name} — ${t(`applicant.pdf.mark${line.mark}`)}${line.isReturnedToApplicant ? ` ${t("applicant.pdf.returned")}` : ""}`,
    })),
    { kind: "space" },
    ...(intake?.actorName && intake.actorRole
      ? [{ kind: "text" as const, text: t("applicant.pdf.staff", { name: intake.actorName, role: t(`roles.${intake.actorRole}`) }) }]
      : []),
    ...(detail.serviceDeadline
      ? [{ kind: "text" as const, text: t("applicant.pdf.expected", { date: formatDateTime(detail.serviceDeadline, locale) }) }]
      : []),
    { kind: "small", text: t("applicant.pdf.verify", { url: verifyUrl }) },
    { kind: "small", text: t("applicant.pdf.service", { service: t("app.service") }) },
  ];
  return {
    title: `${t("applicant.pdf.receiptTitle")} ${detail.registrationNumber}`,
    author: detail.providerName,
    blocks,
    qr: { text: verifyUrl, caption: detail.registrationNumber },
  };
}

export function refusalSpec(detail: ApplicationDetail, locale: Locale, verifyUrl: string): PdfDocumentSpec | null {
  if (!detail.refusal) return null;
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
    { kind: "small", text: t("applicant.pdf.verify", { url: verifyUrl }) },
    { kind: "small", text: t("applicant.pdf.service", { service: t("app.service") }) },
  ];
  return {
    title: `${t("applicant.pdf.refusalTitle")} ${detail.registrationNumber}`,
    author: detail.providerName,
    blocks,
    qr: { text: verifyUrl, caption: detail.registrationNumber },
  };
}
