// Who gets what from every page and route handler of the portal, written out by hand. The matrix
// spec fails on a route of lib/domain/entry-points.ts (which a unit test holds to app/) without an
// entry here, or on an entry that lets in a visitor without the permission the route names.
//
// Dynamic segments are filled with a record of the actor's own organization ("own") and of
// another one ("other"); an entry that answers differently for the two says so with
// `{ own, other }`. Another organization's record is "not found", never "forbidden".
import type { Role } from "../../lib/domain/lifecycle";
import type { SavedSession } from "../support";

export type Visitor = Role | "ANONYMOUS";
export const VISITORS: readonly Visitor[] = ["ANONYMOUS", "APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN", "SYSTEM_ADMIN", "PROVIDER_HEAD"];

/** The saved session (e2e/auth.setup.ts) each signed-in visitor asks with: a demo account of the role. */
export const VISITOR_SESSION: Record<Exclude<Visitor, "ANONYMOUS">, SavedSession> = {
  APPLICANT: "teacher",
  CLERK: "clerk",
  EXECUTOR: "executor",
  CORP_OPERATOR: "operator",
  REGION_ADMIN: "region",
  SYSTEM_ADMIN: "admin",
  PROVIDER_HEAD: "head",
};

/** For pages: where the visitor ends up. For route handlers: the HTTP status. */
export type PageOutcome = "ok" | "sign-in" | "forbidden" | "not-found" | "own-workspace";
export type Outcome = PageOutcome | number;
export type Expectation = Outcome | { own: Outcome; other: Outcome };

/** What a dynamic segment is filled with (see the spec's fixtures). */
export type Fill = "answeredComplaint" | "application" | "acceptedApplication" | "counterRefusal" | "scan" | "organization" | "regulationVersion" | "preRegistration" | "signedToken" | "nextAuthAction";

export interface RouteRule {
  fill?: Fill;
  /** a query string to add, e.g. a required format */
  query?: string;
  /** for POST handlers: what is sent */
  body?: "statusLookup" | "scanUpload" | "credentialsWithoutCsrf";
  expect: Record<Visitor, Expectation>;
}

const everyone = (outcome: Outcome): Record<Visitor, Expectation> =>
  Object.fromEntries(VISITORS.map((v) => [v, outcome])) as Record<Visitor, Expectation>;

/** A workspace page: its role gets it (or, for a record, its own one); anyone else is turned away. */
function workspaceOf(role: Role, forOwner: Expectation = "ok"): Record<Visitor, Expectation> {
  return { ...everyone("forbidden"), ANONYMOUS: "sign-in", [role]: forOwner };
}

const ownOnly = { own: "ok", other: "not-found" } as const;

/** Route handlers: signed-out 401; by role otherwise. */
function api(byRole: Partial<Record<Role, Expectation>>, otherwise: Outcome): Record<Visitor, Expectation> {
  return { ...everyone(otherwise), ANONYMOUS: 401, ...byRole };
}
const own = (ok: number) => ({ own: ok, other: 404 });

export const PAGE_MATRIX: Record<string, RouteRule> = {
  // public
  "/": { expect: everyone("ok") },
  "/accessibility": { expect: everyone("ok") },
  "/forbidden": { expect: everyone("ok") },
  "/process": { expect: everyone("ok") },
  "/service": { expect: everyone("ok") },
  "/status": { expect: everyone("ok") },
  // a link that does not verify shows its own "expired / not genuine" message to anyone
  "/status/[token]": { fill: "signedToken", expect: everyone("ok") },
  "/verify/[token]": { fill: "signedToken", expect: everyone("ok") },
  "/sign-in": { expect: { ...everyone("own-workspace"), ANONYMOUS: "ok" } },
  "/sign-in/code": { expect: { ...everyone("own-workspace"), ANONYMOUS: "ok" } },
  "/workspace": { expect: { ...everyone("own-workspace"), ANONYMOUS: "sign-in" } },
  // each staff member's own second factor; a teacher has none
  "/account/second-factor": { expect: { ...everyone("ok"), ANONYMOUS: "sign-in", APPLICANT: "forbidden" } },
  // one's own password: any signed-in account (an account with a one-time password is sent here first)
  "/account/password": { expect: { ...everyone("ok"), ANONYMOUS: "sign-in" } },
  // one's own account: contacts for a teacher, sign out everywhere for everyone
  "/account": { expect: { ...everyone("ok"), ANONYMOUS: "sign-in" } },

  // the teacher
  "/applicant": { expect: workspaceOf("APPLICANT") },
  "/applicant/prepare": { expect: workspaceOf("APPLICANT") },
  "/applicant/prepare/[code]": { fill: "preRegistration", expect: workspaceOf("APPLICANT", ownOnly) },
  // under the seed's version (paper only) it says so and points to "prepare online"
  "/applicant/apply": { expect: workspaceOf("APPLICANT") },

  // staff of an education organization
  "/clerk": { expect: workspaceOf("CLERK") },
  "/clerk/register": { expect: workspaceOf("CLERK") },
  "/clerk/applications/[id]": { fill: "application", expect: workspaceOf("CLERK", ownOnly) },
  "/executor": { expect: workspaceOf("EXECUTOR") },
  "/executor/applications/[id]": { fill: "application", expect: workspaceOf("EXECUTOR", ownOnly) },

  // the State Corporation
  "/corp": { expect: workspaceOf("CORP_OPERATOR") },
  "/corp/register": { expect: workspaceOf("CORP_OPERATOR") },
  "/corp/applications/[id]": { fill: "application", expect: workspaceOf("CORP_OPERATOR", ownOnly) },

  // the regional department reads the whole region
  "/region": { expect: workspaceOf("REGION_ADMIN") },
  "/region/process": { expect: workspaceOf("REGION_ADMIN") },
  "/region/queue": { expect: workspaceOf("REGION_ADMIN") },
  "/region/applications/[id]": { fill: "application", expect: workspaceOf("REGION_ADMIN") },
  "/region/organizations/[id]": { fill: "organization", expect: workspaceOf("REGION_ADMIN") },

  // the head of a provider answers the complaints about its packages
  "/head": { expect: workspaceOf("PROVIDER_HEAD") },

  // administration
  "/admin": { expect: workspaceOf("SYSTEM_ADMIN") },
  "/admin/mailbox": { expect: workspaceOf("SYSTEM_ADMIN") },
  "/admin/calendar-change": { expect: workspaceOf("SYSTEM_ADMIN") },
  "/admin/versions/[id]": { fill: "regulationVersion", expect: workspaceOf("SYSTEM_ADMIN") },
};

export const API_MATRIX: Record<string, RouteRule> = {
  // documents: the package's applicant and its own staff; the region and the administrator find nothing
  "GET /api/applications/[id]/receipt": {
    fill: "application",
    expect: api({ APPLICANT: own(200), CLERK: own(200), EXECUTOR: own(200), CORP_OPERATOR: own(200) }, 404),
  },
  "GET /api/applications/[id]/refusal": {
    fill: "application",
    expect: api({ APPLICANT: own(200), CLERK: own(200), EXECUTOR: own(200), CORP_OPERATOR: own(200) }, 404),
  },
  // the receipt of acceptance, of accepted packages (a refused one has none: lib/documents/application-documents.ts)
  "GET /api/applications/[id]/acceptance": {
    fill: "acceptedApplication",
    expect: api({ APPLICANT: own(200), CLERK: own(200), EXECUTOR: own(200), CORP_OPERATOR: own(200) }, 404),
  },
  // the receipt of refusal to accept documents: the staff of the counter that refused the package
  "GET /api/counter-refusals/[id]": {
    fill: "counterRefusal",
    expect: api({ CLERK: own(200), CORP_OPERATOR: own(200) }, 404),
  },
  // the answer to a complaint: the package's teacher, the head of its provider, the region (which reads
  // every package); another school's head, the package's staff and the administrator find nothing
  "GET /api/complaints/[id]/answer": {
    fill: "answeredComplaint",
    expect: api({ APPLICANT: own(200), PROVIDER_HEAD: own(200), REGION_ADMIN: 200 }, 404),
  },
  // scans: attached by whoever takes packages in, read by the staff who handle them
  "POST /api/applications/[id]/scans": {
    fill: "application",
    body: "scanUpload",
    expect: api({ CLERK: own(201), CORP_OPERATOR: own(201) }, 403),
  },
  // the teacher's online application: hers alone; under the seed's version (paper only) it is not
  // received (409), which e2e/online/ and e2e/applicant/ show from both sides
  "POST /api/applicant/online-application": { body: "scanUpload", expect: api({ APPLICANT: 409 }, 403) },
  "GET /api/scans/[scanId]": {
    fill: "scan",
    // a scan is a copy of personal documents: whoever may not read it is told it does not exist
    expect: api({ CLERK: own(200), EXECUTOR: own(200), CORP_OPERATOR: own(200) }, 404),
  },
  "GET /api/staff/queue": { expect: api({ CLERK: 200, EXECUTOR: 200, CORP_OPERATOR: 200 }, 403) },
  "GET /api/region/export": { query: "format=csv", expect: api({ REGION_ADMIN: 200 }, 403) },
  // liveness for the load balancer
  "GET /api/health": { expect: everyone(200) },
  // public: number + IIN, the same for everyone
  // sign-in by signature: the e2e server trusts the NCALayer stand-in's test CA, so a challenge is
  // handed to anyone who asks (a few per client: lib/auth/ecp/challenge.ts)
  "POST /api/ecp/challenge": { expect: everyone(200) },
  "POST /api/status": { body: "statusLookup", expect: everyone(200) },
  // next-auth's own endpoints: the session (empty when signed out) and a sign-in without its CSRF token
  "GET /api/auth/[...nextauth]": { fill: "nextAuthAction", expect: everyone(200) },
  "POST /api/auth/[...nextauth]": { fill: "nextAuthAction", body: "credentialsWithoutCsrf", expect: everyone(302) },
};
