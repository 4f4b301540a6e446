// The status lookup as JSON, for clients other than the page (same checks, same single answer
// for every miss): `{ registrationNumber, iin, accessCode }`. POST, so the IIN and the code travel
// in the body, never in a URL; a client other than a browser sends the portal's own origin in
// `Origin`, as every POST to /api must (proxy.ts).
import { NextResponse } from "next/server";
import { lookUpPublicStatus, statusQuerySchema } from "@/lib/applications/public-status";
import { defineRoute } from "@/lib/actions/define-route";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";

export const POST = defineRoute({
  access: "public",
  // a client names its language in the query; the page's visitors have the cookie
  locale: (request) => request.nextUrl.searchParams.get("locale"),
  input: (request) => request.json().catch(() => null),
  schema: statusQuerySchema,
  run: async ({ request, input, locale }) => {
    const lookup = await lookUpPublicStatus(db(), input, clientKeyFrom(request.headers), locale, new Date());
    if (lookup.kind === "rateLimited") {
      const minutes = Math.ceil(lookup.retryAfterSeconds / 60);
      throw new AppError("RATE_LIMITED", "applicant.status.rateLimited", { minutes }, {}, { retryAfterSeconds: lookup.retryAfterSeconds });
    }
    if (lookup.kind === "notFound") throw new AppError("NOT_FOUND", "applicant.status.notFound");
    const { applicationId: _internalId, ...shown } = lookup.status;
    return NextResponse.json(shown, { headers: { "Cache-Control": "no-store" } });
  },
});
