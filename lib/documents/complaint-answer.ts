// The answer to a teacher's complaint, as a paper: the service, the package's number, the
// complaint's date and a summary of its text, the answer, who gave it and when, and where to go
// next when the teacher still disagrees (the rest of the version's appealRoute). Pure: the route
// loads and authorizes (lib/complaints/complaint-views.ts), the layout draws.
import type { AnsweredComplaint } from "../complaints/complaint-views";
import { formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { createTranslator } from "../i18n/translate";
import type { Block, PdfDocumentSpec } from "./pdf-layout";

/** The complaint's text as the paper summarizes it: its first characters, cut at a word. */
export const SUMMARY_CHARACTERS = 600;

export function summaryOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= SUMMARY_CHARACTERS) return flat;
  const cut = flat.slice(0, SUMMARY_CHARACTERS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), SUMMARY_CHARACTERS / 2))}…`;
}

/** The answer's paper, or null while the complaint is open (there is no answer to print). */
export function complaintAnswerSpec(paper: AnsweredComplaint, locale: Locale): PdfDocumentSpec | null {
  const { complaint } = paper;
  if (complaint.state !== "ANSWERED" || !complaint.answerText || !complaint.answeredAt) return null;
  const t = createTranslator(locale);
  const further = paper.rules.appealRoute.filter((step) => step.body !== "PROVIDER");
  const blocks: Block[] = [
    { kind: "title", text: t("complaints.pdf.title") },
    { kind: "subtitle", text: t("complaints.pdf.subtitle") },
    { kind: "text", text: t("applicant.pdf.service", { service: paper.rules.serviceName.name[locale] }) },
    { kind: "text", text: t("complaints.pdf.number", { number: paper.registrationNumber }) },
    { kind: "text", text: t("complaints.pdf.applicant", { name: paper.applicantName }) },
    { kind: "text", text: t("complaints.pdf.provider", { name: paper.providerName }) },
    { kind: "text", text: t("complaints.pdf.filedAt", { date: formatDateTime(complaint.filedAt, locale) }) },
    { kind: "text", text: t("complaints.pdf.due", { due: formatDateTime(complaint.dueAt, locale) }) },
    { kind: "heading", text: t("complaints.pdf.complaintTitle") },
    { kind: "text", text: summaryOf(complaint.text) },
    { kind: "heading", text: t("complaints.pdf.answerTitle") },
    { kind: "text", text: complaint.answerText },
    { kind: "space" },
    {
      kind: "text",
      text: t("complaints.pdf.answeredBy", { name: complaint.answeredByName ?? "—", role: paper.answeredByRole ? t(`roles.${paper.answeredByRole}`) : "—" }),
    },
    { kind: "text", text: t("complaints.pdf.answeredAt", { date: formatDateTime(complaint.answeredAt, locale) }) },
    ...(further.length
      ? [
          { kind: "heading" as const, text: t("complaints.pdf.further") },
          ...further.map((step, index) => ({ kind: "item" as const, marker: `${index + 1}.`, text: `${step.name[locale]}. ${step.text[locale]}` })),
        ]
      : []),
  ];
  return {
    title: `${t("complaints.pdf.title")} ${paper.registrationNumber}`,
    author: paper.providerName,
    blocks,
  };
}
