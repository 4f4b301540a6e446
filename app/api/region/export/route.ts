import { defineRoute } from "@/lib/actions/define-route";
import { exportRequestSchema, exportView } from "@/lib/dashboard/export";
import { readDashboardFilter } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/prisma";
import { dateFilterRefusal } from "@/lib/domain/date-filter";

/** CSV or XLSX of the dashboard view in the query string; the export is audited. */
export const GET = defineRoute({
  access: "dashboard.read",
  input: (request) => ({ format: request.nextUrl.searchParams.get("format"), view: request.nextUrl.searchParams.get("view") ?? undefined }),
  schema: exportRequestSchema,
  invalid: "dashboard.errors.invalidFilter",
  run: async ({ request, actor, input, locale }) => {
    const now = new Date();
    // a period that cannot be applied is refused, not exported as another one; other junk filters fall back to their defaults
    const { filter, rejected } = readDashboardFilter(request.nextUrl.searchParams, now);
    if (rejected.length > 0) throw dateFilterRefusal(rejected, now);
    const file = await exportView(db(), actor, filter, input, locale, now);
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return new Response(body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "no-store",
        "X-Row-Count": String(file.rowCount),
      },
    });
  },
});
