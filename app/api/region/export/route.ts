import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { exportRequestSchema, exportView } from "@/lib/dashboard/export";
import { parseDashboardFilter } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/prisma";
import { can } from "@/lib/domain/permissions";
import { createTranslator } from "@/lib/i18n/translate";
import { currentLocale } from "@/lib/i18n/server";

/** CSV or XLSX of the dashboard view in the query string; the export is audited. */
export async function GET(request: NextRequest) {
  const locale = await currentLocale();
  const t = createTranslator(locale);
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "UNAUTHENTICATED", message: t("dashboard.errors.signInFirst") }, { status: 401 });
  if (!can(actor, "dashboard.read")) return NextResponse.json({ error: "FORBIDDEN", message: t("errors.forbidden") }, { status: 403 });
  const params = request.nextUrl.searchParams;
  const parsed = exportRequestSchema.safeParse({ format: params.get("format"), view: params.get("view") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "INVALID_INPUT", message: t("dashboard.errors.invalidFilter") }, { status: 400 });
  const file = await exportView(db(), actor, parseDashboardFilter(params), parsed.data, locale, new Date());
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new NextResponse(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Row-Count": String(file.rowCount),
    },
  });
}
