import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/actions/error-response";
import { currentActor } from "@/lib/auth/session";
import { loadQueue, parseQueueQuery } from "@/lib/applications/staff-queue";
import { db } from "@/lib/db/prisma";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";

/** The signed-in staff member's queue page, for react-query refreshes; scoped on the server. */
export async function GET(request: NextRequest) {
  const { locale, t } = await getTranslator();
  try {
    const actor = await currentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.forbidden");
    if (!can(actor, "queue.read")) throw new AppError("FORBIDDEN", "errors.forbidden");
    const query = parseQueueQuery(Object.fromEntries(request.nextUrl.searchParams));
    const page = await loadQueue(db(), actor, query, locale);
    return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, t);
  }
}
