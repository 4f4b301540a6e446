// The receipt of refusal to accept documents («құжаттарды қабылдаудан бас тарту туралы қолхат»): an
// incomplete package refused at the counter (the version's `incompleteAtCounter`). Nothing was
// registered; the paper names what was handed over, what was missing, where, when and by whom.
import type { Db } from "../db/client";
import { maskIin } from "../domain/identity";
import type { Actor } from "../domain/permissions";
import { formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { localizedName } from "../i18n/localized-name";
import { createTranslator } from "../i18n/translate";
import { findVersion } from "../regulation/in-force";
import type { Block, PdfDocumentSpec } from "./pdf-layout";
import type { Role } from "../domain/lifecycle";

export interface CounterRefusalPaper {
  /** the service's name as the version gives it */
  serviceName: string;
  at: string;
  placeName: string;
  providerName: string;
  applicantName: string;
  iin: string;
  purpose: "ASSIGN" | "CONFIRM";
  categoryName: string;
  handedOver: { name: string; isUnreadable: boolean }[];
  missing: string[];
  actorName: string;
  actorRole: Role;
  locale: string;
}

/**
 * The refusal as its paper shows it, in `locale` (null for the applicant's own), or null when the
 * actor did not refuse it at its own counter: another counter's refusal is "not found".
 */
export async function loadCounterRefusal(db: Db, actor: Actor, id: string, locale: Locale | null): Promise<(CounterRefusalPaper & { paperLocale: Locale }) | null> {
  if (!actor.organizationId || (actor.role !== "CLERK" && actor.role !== "CORP_OPERATOR")) return null;
  const row = await db.counterRefusal.findFirst({
    where: { id, organizationId: actor.organizationId },
    select: {
      at: true,
      regulationVersionId: true,
      iin: true,
      lastName: true,
      firstName: true,
      middleName: true,
      locale: true,
      purpose: true,
      categorySought: true,
      documents: true,
      missingDocumentCodes: true,
      actorName: true,
      actorRole: true,
      organization: { select: { nameKk: true, nameRu: true, nameEn: true } },
      provider: { select: { nameKk: true, nameRu: true, nameEn: true } },
    },
  });
  if (!row) return null;
  const version = await findVersion(db, row.regulationVersionId);
  if (!version) return null;
  const paperLocale: Locale = locale ?? (row.locale === "ru" || row.locale === "en" ? row.locale : "kk");
  const marks = (row.documents ?? {}) as Record<string, string>;
  const nameOf = (code: string) => version.rules.checklist.find((item) => item.code === code)?.name[paperLocale] ?? code;
  return {
    paperLocale,
    serviceName: version.rules.serviceName.name[paperLocale],
    at: row.at.toISOString(),
    placeName: localizedName(row.organization, paperLocale),
    providerName: localizedName(row.provider, paperLocale),
    applicantName: [row.lastName, row.firstName, row.middleName].filter(Boolean).join(" "),
    iin: row.iin,
    purpose: row.purpose,
    categoryName: version.rules.categories.find((c) => c.code === row.categorySought)?.name[paperLocale] ?? row.categorySought,
    handedOver: version.rules.checklist
      .filter((item) => marks[item.code] && marks[item.code] !== "MISSING")
      .map((item) => ({ name: item.name[paperLocale], isUnreadable: marks[item.code] === "UNREADABLE" })),
    missing: row.missingDocumentCodes.map(nameOf),
    actorName: row.actorName,
    actorRole: row.actorRole,
    locale: row.locale,
  };
}

export function counterRefusalSpec(paper: CounterRefusalPaper, locale: Locale): PdfDocumentSpec {
  const t = createTranslator(locale);
  const blocks: Block[] = [
    { kind: "title", text: t("applicant.pdf.counterRefusalTitle") },
    { kind: "subtitle", text: t("applicant.pdf.counterRefusalSubtitle") },
    { kind: "text", text: t("applicant.pdf.service", { service: paper.serviceName }) },
    { kind: "text", text: t("applicant.pdf.refusedAt", { date: formatDateTime(paper.at, locale) }) },
    { kind: "text", text: t("applicant.pdf.counterPlace", { name: paper.placeName }) },
    { kind: "text", text: t("applicant.pdf.applicant", { name: paper.applicantName }) },
    { kind: "text", text: t("applicant.pdf.iin", { iin: maskIin(paper.iin) }) },
    { kind: "text", text: t("applicant.pdf.provider", { name: paper.providerName }) },
    { kind: "text", text: t("applicant.pdf.request", { purpose: t(`purposes.${paper.purpose}`), category: paper.categoryName }) },
    { kind: "text", text: t("applicant.pdf.counterReason") },
    { kind: "heading", text: t("applicant.pdf.missingTitle") },
    ...paper.missing.map((name) => ({ kind: "item" as const, text: name })),
    ...(paper.handedOver.length
      ? [
          { kind: "heading" as const, text: t("applicant.pdf.handedOverTitle") },
          ...paper.handedOver.map((line, index) => ({
            kind: "item" as const,
            marker: `${index + 1}.`,
            text: `${line.name}${line.isUnreadable ? ` (${t("applicant.pdf.markUNREADABLE")})` : ""}`,
          })),
        ]
      : []),
    { kind: "space" },
    { kind: "text", text: t("applicant.pdf.counterRefusedBy", { name: paper.actorName, role: t(`roles.${paper.actorRole}`) }) },
    { kind: "text", text: t("applicant.pdf.counterReapply") },
  ];
  return { title: `${t("applicant.pdf.counterRefusalTitle")} ${t("applicant.pdf.counterRefusalSubtitle")}`, author: paper.placeName, blocks };
}
