import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { actionRequestProblem } from "@/lib/actions/action-request";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { createTranslator, type MessageKey } from "@/lib/i18n/translate";

const WORKSPACES = ["/applicant", "/clerk", "/executor", "/corp", "/region", "/admin"];
const redirectSignedOut = withAuth({ pages: { signIn: "/sign-in" } });

function refuse(request: NextRequest, status: number, messageKey: MessageKey) {
  const t = createTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
  return NextResponse.json({ error: "INVALID_INPUT", message: t(messageKey) }, { status });
}

function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// Early answers; none is the security boundary (pages, actions and route handlers check the actor
// themselves). A request Next.js could not decode (a route's path with broken percent-encoding, a
// server action's body) gets a 4xx in the user's language instead of Next's 500; a signed-out
// visitor of a workspace goes to sign-in.
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (!isDecodablePath(pathname)) return refuse(request, 400, "reliability.request.unreadable");
  // route handlers read their own bodies
  if (request.method === "POST" && !pathname.startsWith("/api/")) {
    const problem = await actionRequestProblem({
      isFetchAction: request.headers.has("next-action"),
      contentType: request.headers.get("content-type"),
      contentLength: request.headers.get("content-length"),
      body: () => request.arrayBuffer(),
    });
    if (problem) return refuse(request, problem.status, problem.messageKey);
  }
  if (WORKSPACES.some((workspace) => pathname === workspace || pathname.startsWith(`${workspace}/`))) {
    return redirectSignedOut(request as NextRequestWithAuth, event);
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/applicant/:path*",
    "/clerk/:path*",
    "/executor/:path*",
    "/corp/:path*",
    "/region/:path*",
    "/admin/:path*",
    // route handlers: a dynamic segment with broken percent-encoding
    "/api/:path*",
    // server actions are posted to any page
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
