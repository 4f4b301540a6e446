import { describe, expect, it } from "vitest";
import { routeRequestProblem } from "./route-request";

const refused = { status: 403, messageKey: "reliability.request.foreignOrigin" };
const host = "127.0.0.1:3000";
const scans = "/api/applications/cmabc0000000000000000001/scans";

describe("a request to a route handler", () => {
  // issue 14, finding 6: POST …/scans with the clerk's cookie and Origin http://evil.example, null or none created a scan
  it("that changes something is refused unless it comes from the portal's own origin", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      expect(routeRequestProblem({ method, pathname: scans, origin: "http://evil.example", host }), method).toEqual(refused);
      expect(routeRequestProblem({ method, pathname: scans, origin: "null", host }), method).toEqual(refused);
      expect(routeRequestProblem({ method, pathname: scans, host }), method).toEqual(refused);
      expect(routeRequestProblem({ method, pathname: scans, origin: "not a url", host }), method).toEqual(refused);
      expect(routeRequestProblem({ method, pathname: scans, origin: "http://127.0.0.1:3000", host, fetchSite: "cross-site" }), method).toEqual(refused);
      expect(routeRequestProblem({ method, pathname: scans, origin: "http://127.0.0.1:3000", host }), method).toBeNull();
      expect(routeRequestProblem({ method, pathname: scans, origin: "http://127.0.0.1:3000", host, fetchSite: "same-origin" }), method).toBeNull();
    }
    expect(routeRequestProblem({ method: "POST", pathname: "/api/status", origin: "http://evil.example", host })).toEqual(refused);
  });

  it("that only reads is not this check's business, nor are next-auth's own endpoints", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(routeRequestProblem({ method, pathname: "/api/scans/cmabc", origin: "http://evil.example", host })).toBeNull();
    expect(routeRequestProblem({ method: "POST", pathname: "/api/auth/callback/credentials", origin: "http://evil.example", host })).toBeNull();
    expect(routeRequestProblem({ method: "POST", pathname: "/api/auth/signout", host })).toBeNull();
    // only next-auth's own folder: a look-alike path is judged as any other
    expect(routeRequestProblem({ method: "POST", pathname: "/api/authx/anything", host })).toEqual(refused);
    expect(routeRequestProblem({ method: "POST", pathname: "/api/%61uth/signout", host })).toEqual(refused);
  });
});
