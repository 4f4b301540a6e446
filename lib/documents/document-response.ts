import "server-only";
import { z } from "zod";
import { defineRoute } from "../actions/define-route";
import { getApplicationDetail } from "../applications/application-detail";
import { db } from "../db/prisma";
import { env } from "../env";
import { can } from "../domain/permissions";
import { AppError } from "../errors";
import { isLocale, toLocale } from "../i18n/locales";
import { receiptSpec, refusalDate, refusalSpec, verificationUrl, type DocumentKind } from "./application-documents";
import { renderPdf } from "./pdf-layout";

const notFound = () => new AppError("NOT_FOUND", "errors.applicationNotFound");

/**
 * The route of the receipt or refusal of one package as a PDF, in the applicant's language (or
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

      // the QR points at the configured public origin: a request's Host header is the client's to write
      const { NEXTAUTH_URL: origin, DOCUMENT_SIGNING_SECRET } = env();
      const documentDate = kind === "receipt" ? new Date(detail.receivedAt) : refusalDate(detail);
      if (!documentDate) throw notFound();
      const url = verificationUrl(origin, kind, detail, documentDate, DOCUMENT_SIGNING_SECRET);
      const spec = kind === "receipt" ? receiptSpec(detail, locale, url) : refusalSpec(detail, locale, url);
      if (!spec) throw notFound();

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
