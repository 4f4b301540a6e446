import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { loadQueue, parseQueueQuery } from "@/lib/applications/staff-queue";
import { db } from "@/lib/db/prisma";

/** The signed-in staff member's queue page, for react-query refreshes; scoped on the server. */
export const GET = defineRoute({
  access: "queue.read",
  run: async ({ request, actor, locale }) => {
    // junk filters are dropped, not refused: the queue itself comes back
    const query = parseQueueQuery(Object.fromEntries(request.nextUrl.searchParams));
    const page = await loadQueue(db(), actor, query, locale);
    return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
  },
});
