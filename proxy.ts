import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { actionRequestProblem } from "@/lib/actions/action-request";
import { routeRequestProblem } from "@/lib/actions/route-request";
import { WORKSPACE_PATHS } from "@/lib/domain/permissions";
import { envValue } from "@/lib/env";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { createTranslator, type MessageKey } from "@/lib/i18n/translate";
import { newNonce, pagePolicy, scanPolicy, websocketOrigin } from "@/lib/security/content-security-policy";
import { strictTransportSecurity } from "@/lib/security/strict-transport-security";

const WORKSPACES = Object.values(WORKSPACE_PATHS);
const redirectSignedOut = withAuth({ pages: { signIn: "/sign-in" } });

function translated(request: NextRequest, messageKey: MessageKey): string {
  return createTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value))(messageKey);
}

function refuse(request: NextRequest, status: number, messageKey: MessageKey) {
  return NextResponse.json({ error: status === 403 ? "FORBIDDEN" : "INVALID_INPUT", message: translated(request, messageKey) }, { status });
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
// server action's body) gets a 4xx in the user's language instead of Next's 500; a change posted
// to a route handler from another origin is refused; a signed-out visitor of a workspace goes to
// sign-in. Every page gets its script nonce here, and every answer over HTTPS its HSTS header.
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const response = request.nextUrl.pathname.startsWith("/api/") ? answerRoute(request) : await answerPageWithPolicy(request, event);
  const hsts = strictTransportSecurity({
    publicOrigin: envValue("NEXTAUTH_URL"),
    requestProtocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

async function answerPageWithPolicy(request: NextRequest, event: NextFetchEvent) {
  const nonce = newNonce();
  // NCALayer, for sign-in by digital signature, only where it is offered (lib/auth/ecp/)
  const ncaLayer = envValue("SANAT_ECP_CA_FILE") ? websocketOrigin(envValue("SANAT_NCALAYER_URL")) : null;
  const policy = pagePolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development", connectSources: ncaLayer ? [ncaLayer] : [] });
  const response = (await answerPage(request, event)) ?? passOn(request, policy);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function answerRoute(request: NextRequest) {
  const refusal = earlyRouteRefusal(request);
  // next.config.js gives every /api answer its policy but a scan download's, which sets its own:
  // a refusal made here, before the route runs, gets the scan's (strictest) policy itself
  if (refusal && request.nextUrl.pathname.startsWith("/api/scans/")) refusal.headers.set("Content-Security-Policy", scanPolicy(null));
  return refusal ?? NextResponse.next();
}

function earlyRouteRefusal(request: NextRequest): NextResponse | null {
  if (!isDecodablePath(request.nextUrl.pathname)) return refuse(request, 400, "reliability.request.unreadable");
  const problem = routeRequestProblem({
    method: request.method,
    pathname: request.nextUrl.pathname,
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
    fetchSite: request.headers.get("sec-fetch-site"),
  });
  // answered as the route handlers answer a refusal (lib/actions/define-route.ts): { code, message }
  if (problem) {
    return NextResponse.json({ code: "FORBIDDEN", message: translated(request, problem.messageKey) }, { status: problem.status, headers: { "Cache-Control": "no-store" } });
  }
  return null;
}

/** Next.js takes the nonce from the request's policy header and writes it on its scripts. */
function passOn(request: NextRequest, policy: string) {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return NextResponse.next({ request: { headers } });
}

/** An answer of its own (a refusal, a redirect to sign-in), or null to let the page render. */
async function answerPage(request: NextRequest, event: NextFetchEvent): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  if (!isDecodablePath(pathname)) return refuse(request, 400, "reliability.request.unreadable");
  // a server action is a POST to a page (route handlers, under /api, read their own bodies)
  if (request.method === "POST") {
    const problem = await actionRequestProblem({
      isFetchAction: request.headers.has("next-action"),
      origin: request.headers.get("origin"),
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
      fetchSite: request.headers.get("sec-fetch-site"),
      contentType: request.headers.get("content-type"),
      contentLength: request.headers.get("content-length"),
      body: () => request.arrayBuffer(),
    });
    if (problem) return refuse(request, problem.status, problem.messageKey);
  }
  if (WORKSPACES.some((workspace) => pathname === workspace || pathname.startsWith(`${workspace}/`))) {
    // next-auth answers only to send a signed-out visitor to sign-in
    const answer = await redirectSignedOut(request as NextRequestWithAuth, event);
    return answer instanceof NextResponse ? answer : null;
  }
  return null;
}

export const config = {
  // every page (for its nonce) and every route handler; not Next's own files
  // the online application's upload checks its own origin and size: passing here, a body over
  // 10 MB would be cut (Next's proxyClientMaxBodySize), and it holds a scan of each document
  matcher: ["/((?!_next/|api/applicant/online-application$).*)"],
};
