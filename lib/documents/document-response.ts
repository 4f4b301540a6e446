import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getApplicationDetail } from "../applications/application-detail";
import { currentActor } from "../auth/session";
import { db } from "../db/prisma";
import { can } from "../domain/permissions";
import { isLocale, LOCALE_COOKIE, toLocale } from "../i18n/locales";
import { createTranslator } from "../i18n/translate";
import { receiptSpec, refusalDate, refusalSpec, verificationUrl, type DocumentKind } from "./application-documents";
import { renderPdf } from "./pdf-layout";
import { documentSecret } from "./signed-token";

const idSchema = z.string().regex(/^[a-z0-9]{10,40}$/i);

/**
 * The receipt or refusal of one package as a PDF, in the applicant's language (or `?lang=`).
 * The package's own staff and its applicant download its documents ("documents.download", then
 * the scope of getApplicationDetail); anyone else finds nothing.
 */
export async function documentResponse(kind: DocumentKind, request: NextRequest, rawId: string): Promise<Response> {
  const actor = await currentActor();
  const viewerT = createTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
  if (!actor) return NextResponse.json({ code: "UNAUTHENTICATED", message: viewerT("errors.forbidden") }, { status: 401 });
  const notFound = () => NextResponse.json({ code: "NOT_FOUND", message: viewerT("errors.applicationNotFound") }, { status: 404 });
  const id = idSchema.safeParse(rawId);
  if (!can(actor, "documents.download") || !id.success) return notFound();

  const first = await getApplicationDetail(db(), actor, id.data, "kk");
  if (!first) return notFound();
  const asked = request.nextUrl.searchParams.get("lang");
  const locale = isLocale(asked) ? asked : toLocale(first.applicant.locale);
  const detail = locale === "kk" ? first : await getApplicationDetail(db(), actor, id.data, locale);
  if (!detail) return notFound();

  const origin = process.env.NEXTAUTH_URL || request.nextUrl.origin;
  const documentDate = kind === "receipt" ? new Date(detail.receivedAt) : refusalDate(detail);
  if (!documentDate) return notFound();
  const url = verificationUrl(origin, kind, detail, documentDate, documentSecret());
  const spec = kind === "receipt" ? receiptSpec(detail, locale, url) : refusalSpec(detail, locale, url);
  if (!spec) return notFound();

  const bytes = await renderPdf(spec);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${kind}-${detail.registrationNumber}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
