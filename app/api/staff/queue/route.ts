import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { loadQueue, readQueueQuery } from "@/lib/applications/staff-queue";
import { db } from "@/lib/db/prisma";
import { dateFilterRefusal } from "@/lib/domain/date-filter";

/** The signed-in staff member's queue page, for react-query refreshes; scoped on the server. */
export const GET = defineRoute({
  access: "queue.read",
  run: async ({ request, actor, locale }) => {
    const now = new Date();
    // a date filter or cursor that cannot be applied is refused (400); other junk filters are dropped
    const { query, rejected } = readQueueQuery(Object.fromEntries(request.nextUrl.searchParams), now);
    if (rejected.length > 0) throw dateFilterRefusal(rejected, now);
    const page = await loadQueue(db(), actor, query, locale, now);
    return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
  },
});
