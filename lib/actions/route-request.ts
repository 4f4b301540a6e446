// What a request to a route handler (/api/*) must look like before it runs. A browser carries the
// session cookie to the portal whatever page made the request, so a state-changing request (an
// uploaded scan, a counted lookup) is taken only from the portal's own pages: same origin by Origin
// and Sec-Fetch-Site (lib/security/request-origin.ts, the rule the server actions follow too). Unlike
// an action, a missing Origin is refused as well: a program calling the JSON API names the portal's
// origin itself. next-auth's own endpoints are left to next-auth, whose POSTs carry its CSRF token.
// Plain TypeScript, unit-tested in lib/actions/route-request.test.ts; proxy.ts asks it first.
import type { MessageKey } from "../i18n/translate";
import { judgeOrigin, type RequestOriginHeaders } from "../security/request-origin";

const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const NEXT_AUTH_PREFIX = "/api/auth/";

export interface RouteRequest extends RequestOriginHeaders {
  method: string;
  pathname: string;
}

export interface RouteRequestProblem {
  status: 403;
  messageKey: MessageKey;
}

const foreignOrigin: RouteRequestProblem = { status: 403, messageKey: "reliability.request.foreignOrigin" };

/** Null when the route may run: a read, next-auth's own endpoint, or a change from the portal's own origin. */
export function routeRequestProblem(request: RouteRequest): RouteRequestProblem | null {
  if (!MUTATING_METHODS.has(request.method.toUpperCase())) return null;
  if (request.pathname.startsWith(NEXT_AUTH_PREFIX)) return null;
  return judgeOrigin(request) === "same" ? null : foreignOrigin;
}
