import "server-only";
import { z } from "zod";
import { defineRoute } from "../actions/define-route";
import { formatAccessCode } from "../applications/access-code";
import { getApplicationDetail } from "../applications/application-detail";
import { db } from "../db/prisma";
import { env } from "../env";
import { can } from "../domain/permissions";
import { AppError } from "../errors";
import { isLocale, toLocale } from "../i18n/locales";
import { localizedName } from "../i18n/localized-name";
import { activationCodeOnReceipt } from "../auth/sign-in-codes";
import { teacherSignInUrl } from "../notifications/enqueue";
import { acceptanceSpec, hasPaper, paperDate, receiptSpec, refusalSpec, verificationUrl, type DocumentKind } from "./application-documents";
import { counterRefusalSpec, loadCounterRefusal } from "./counter-refusal";
import { complaintAnswerSpec } from "./complaint-answer";
import { loadAnsweredComplaint } from "../complaints/complaint-views";
import { renderPdf } from "./pdf-layout";

const notFound = () => new AppError("NOT_FOUND", "errors.applicationNotFound");

const SPECS = { receipt: receiptSpec, acceptance: acceptanceSpec, refusal: refusalSpec } as const;

/**
 * The route of one of the package's papers (the receipt of registration, of acceptance, the
 * reasoned refusal) as a PDF, in the applicant's language (or
 * `?lang=`). The package's own staff and its applicant download its documents ("documents.download",
 * then the scope of getApplicationDetail); anyone else finds nothing, not "forbidden".
 */
export function documentRoute(kind: DocumentKind) {
  return defineRoute({
    access: "signedIn",
    params: z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/i) }),
    notFound: "errors.applicationNotFound",
    run: async ({ request, actor, params: { id } }) => {
      if (!can(actor, "documents.download")) throw notFound();
      const first = await getApplicationDetail(db(), actor, id, "kk");
      if (!first) throw notFound();
      const asked = request.nextUrl.searchParams.get("lang");
      const locale = isLocale(asked) ? asked : toLocale(first.applicant.locale);
      const detail = locale === "kk" ? first : await getApplicationDetail(db(), actor, id, locale);
      if (!detail) throw notFound();
      // each paper only in its states: no acceptance before (or instead of) the decision, no refusal of an accepted package
      const documentDate = hasPaper(kind, detail) ? paperDate(kind, detail) : null;
      if (!documentDate) throw new AppError("NOT_FOUND", "errors.paperNotIssued");

      // the QR points at the configured public origin: a request's Host header is the client's to write
      const { NEXTAUTH_URL: origin, DOCUMENT_SIGNING_SECRET } = env();
      const url = verificationUrl(origin, kind, detail, documentDate, DOCUMENT_SIGNING_SECRET);
      // the receipt is what the teacher keeps: the code the public lookup asks for stands under the number
      const accessCode = detail.accessCode ? formatAccessCode(detail.accessCode) : null;
      // her activation code, while it is unused: the receipt printed at the counter is how she gets in the first time
      const activationCode = kind === "receipt" ? await activationCodeOnReceipt(db(), detail.id, new Date()) : null;
      const activation = activationCode ? { ...activationCode, url: teacherSignInUrl() } : null;
      const spec = kind === "receipt" ? receiptSpec(detail, locale, url, { accessCode, activation }) : SPECS[kind](detail, locale, url);
      if (!spec) throw new AppError("NOT_FOUND", "errors.paperNotIssued");

      const bytes = await renderPdf(spec);
      return new Response(Buffer.from(bytes), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `inline; filename="${kind}-${detail.registrationNumber}.pdf"`,
          "Cache-Control": "private, no-store",
        },
      });
    },
  });
}

/**
 * The receipt of refusal to accept documents, for the staff of the counter that refused the
 * package (the intake's "applications.intake", then the counter's own organization); anyone else finds nothing.
 */
export const counterRefusalRoute = defineRoute({
  access: "signedIn",
  params: z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/i) }),
  notFound: "errors.notFound",
  run: async ({ request, actor, params: { id } }) => {
    if (!can(actor, "applications.intake")) throw new AppError("NOT_FOUND", "errors.notFound");
    const asked = request.nextUrl.searchParams.get("lang");
    const paper = await loadCounterRefusal(db(), actor, id, isLocale(asked) ? asked : null);
    if (!paper) throw new AppError("NOT_FOUND", "errors.notFound");
    const bytes = await renderPdf(counterRefusalSpec(paper, paper.paperLocale));
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="counter-refusal-${id}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});

/**
 * The answer to a complaint, in the package's language (or `?lang=`): for the package's applicant,
 * the head of its provider and the region ("complaints.read", then the package's scope); anyone else
 * finds nothing. An open complaint has no answer to print yet.
 */
export const complaintAnswerRoute = defineRoute({
  access: "signedIn",
  params: z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/i) }),
  notFound: "complaints.errors.notFound",
  run: async ({ request, actor, params: { id } }) => {
    if (!can(actor, "complaints.read")) throw new AppError("NOT_FOUND", "complaints.errors.notFound");
    const first = await loadAnsweredComplaint(db(), actor, id, "kk");
    if (!first) throw new AppError("NOT_FOUND", "complaints.errors.notFound");
    const asked = request.nextUrl.searchParams.get("lang");
    const locale = isLocale(asked) ? asked : toLocale(first.packageLocale);
    const paper = locale === "kk" ? first : { ...first, providerName: localizedName(first.provider, locale) };
    const spec = complaintAnswerSpec(paper, locale);
    if (!spec) throw new AppError("NOT_FOUND", "complaints.errors.notAnswered");
    const bytes = await renderPdf(spec);
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="complaint-answer-${first.registrationNumber}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
