import { defineRoute } from "@/lib/actions/define-route";
import { exportRequestSchema, exportView } from "@/lib/dashboard/export";
import { parseDashboardFilter } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/prisma";

/** CSV or XLSX of the dashboard view in the query string; the export is audited. */
export const GET = defineRoute({
  access: "dashboard.read",
  input: (request) => ({ format: request.nextUrl.searchParams.get("format"), view: request.nextUrl.searchParams.get("view") ?? undefined }),
  schema: exportRequestSchema,
  invalid: "dashboard.errors.invalidFilter",
  run: async ({ request, actor, input, locale }) => {
    const file = await exportView(db(), actor, parseDashboardFilter(request.nextUrl.searchParams), input, locale, new Date());
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
