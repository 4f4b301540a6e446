import { NextResponse, type NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { describeFailure } from "@/lib/actions/failure";
import { routeRequestProblem } from "@/lib/actions/route-request";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { ONLINE_FORM_MAX_BYTES, onlineApplicationFromForm } from "@/lib/online/online-form";
import { submitOnlineApplication } from "@/lib/online/submit-online-application";
import { scanStorage } from "@/lib/storage";

/**
 * The teacher's online application (multipart: the prepare form's fields, `scan.<document code>`
 * files, the confirmation `code`). proxy.ts leaves this path alone, because it would cut a body
 * over 10 MB; so the same-origin rule it applies to every other route change is applied here,
 * and the body is refused above the form's own limit before it is read.
 */
export const POST = defineRoute({
  access: "applications.submitOnline",
  run: async ({ request, actor }) => {
    const problem = routeRequestProblem({
      method: request.method,
      pathname: new URL(request.url).pathname,
      origin: request.headers.get("origin"),
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
      fetchSite: request.headers.get("sec-fetch-site"),
    });
    if (problem) throw new AppError("FORBIDDEN", problem.messageKey);
    // a body of unsaid length is not read at all: the limit could not be kept
    const length = Number(request.headers.get("content-length") ?? Number.NaN);
    if (!Number.isFinite(length)) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    if (length > ONLINE_FORM_MAX_BYTES) {
      throw new AppError("INVALID_INPUT", "errors.scanTooLarge", { megabytes: ONLINE_FORM_MAX_BYTES / 1024 / 1024 });
    }
    const form = await (request as NextRequest).formData().catch(() => {
      throw new AppError("INVALID_INPUT", "errors.invalidInput");
    });
    try {
      const submitted = await submitOnlineApplication({ db: db(), now: () => new Date() }, scanStorage(), actor, await onlineApplicationFromForm(form));
      return NextResponse.json({ applicationId: submitted.applicationId, registrationNumber: submitted.registrationNumber }, { status: 201 });
    } catch (error) {
      // the form shows each field's error beside it: the answer carries them, as an action's does
      if (!(error instanceof AppError)) throw error;
      const { t, locale } = await getTranslator();
      const failure = describeFailure(error, t, locale, "route");
      return NextResponse.json({ code: failure.code, message: failure.message, fieldErrors: failure.fieldErrors }, { status: failure.status, headers: { "Cache-Control": "no-store" } });
    }
  },
});
