import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { listApplications } from "@/lib/applications/list-applications";
import { QUEUE_STATES } from "@/lib/applications/queue-states";
import { db } from "@/lib/db/prisma";
import { can } from "@/lib/domain/permissions";
import { currentLocale } from "@/lib/i18n/server";

/** The signed-in staff member's queue, for react-query refreshes; scoped on the server. */
export async function GET() {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  if (!can(actor, "applications.read")) return NextResponse.json({ error: "FORBIDDEN" }, { status: 403 });
  const queue = await listApplications(db(), actor, await currentLocale(), { states: QUEUE_STATES[actor.role] });
  return NextResponse.json(queue, { headers: { "Cache-Control": "no-store" } });
}
