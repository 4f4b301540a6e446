import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/applications/queue-views";
import { loadQueue, parseQueueQuery } from "@/lib/applications/staff-queue";
import { db } from "@/lib/db/prisma";
import { currentLocale } from "@/lib/i18n/server";

/** The signed-in staff member's queue page, for react-query refreshes; scoped on the server. */
export async function GET(request: NextRequest) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  if (!isStaffRole(actor.role)) return NextResponse.json({ error: "FORBIDDEN" }, { status: 403 });
  const query = parseQueueQuery(Object.fromEntries(request.nextUrl.searchParams));
  const page = await loadQueue(db(), { ...actor, role: actor.role }, query, await currentLocale());
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
}
