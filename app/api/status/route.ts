// The status lookup as JSON, for clients other than the page (same checks, same single answer
// for every miss). POST, so the IIN travels in the body, never in a URL.
import { NextResponse, type NextRequest } from "next/server";
import { lookUpPublicStatus, statusQuerySchema } from "@/lib/applications/public-status";
import { db } from "@/lib/db/prisma";
import { createTranslator } from "@/lib/i18n/translate";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";

export async function POST(request: NextRequest) {
  const locale = toLocale(request.nextUrl.searchParams.get("locale") ?? request.cookies.get(LOCALE_COOKIE)?.value);
  const t = createTranslator(locale);
  const body: unknown = await request.json().catch(() => null);
  const parsed = statusQuerySchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ code: "INVALID_INPUT", message: t("errors.invalidInput") }, { status: 400 });
  }
  const lookup = await lookUpPublicStatus(db(), parsed.data, clientKeyFrom(request.headers), locale, new Date());
  if (lookup.kind === "rateLimited") {
    return NextResponse.json(
      { code: "RATE_LIMITED", message: t("applicant.status.rateLimited", { minutes: Math.ceil(lookup.retryAfterSeconds / 60) }) },
      { status: 429, headers: { "Retry-After": String(lookup.retryAfterSeconds) } },
    );
  }
  if (lookup.kind === "notFound") return NextResponse.json({ code: "NOT_FOUND", message: t("applicant.status.notFound") }, { status: 404 });
  const { applicationId: _internalId, ...shown } = lookup.status;
  return NextResponse.json(shown, { headers: { "Cache-Control": "no-store" } });
}
