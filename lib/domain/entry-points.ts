// Every way into the portal and what guards it: each page, route handler and server action, by
// the name the e2e matrices use (a page's path, "METHOD /api/path", an action's function name).
// lib/domain/entry-points.test.ts walks app/ and components/ and fails on an entry without a row
// here, or a row without an entry; lib/auth/entry-point-guards.test.ts calls every guarded entry
// as each role lacking its permission and as a signed-out visitor, and fails unless it asks for
// that permission and refuses before reading anything. Exactly who gets what is for the e2e
// matrices (e2e/authz/), which read their lists of routes and actions from here.
import type { ActionInput } from "./lifecycle";
import type { Permission } from "./permissions";

export type Guard =
  /** `can(actor, permission)` (a page: `requirePermission`) before anything is read */
  | { permission: Permission }
  /**
   * the roles of the transitions that take this input (TRANSITIONS); the use-case checks them
   * once it has found the package in the actor's scope, so another organization's is "not found"
   */
  | { transitions: ActionInput }
  /** any signed-in actor: the entry only sends them on to their own workspace */
  | { signedIn: true }
  /** anyone, for the reason given */
  | { public: string };

const permission = (name: Permission): Guard => ({ permission: name });
const transitionsTaking = (input: ActionInput): Guard => ({ transitions: input });
const open = (reason: string): Guard => ({ public: reason });

export const PAGES: Record<string, Guard> = {
  "/": open("the service's front page"),
  "/accessibility": open("the accessibility statement"),
  "/forbidden": open("where a refused visitor lands"),
  "/process": open("the process, drawn from the transition table"),
  "/service": open("the service's description"),
  "/status": open("the status lookup form: number, IIN and access code must match"),
  "/status/[token]": open("the signed, short-lived link is the key"),
  "/verify/[token]": open("a document's signed verification link is the key"),
  "/sign-in": open("signing in"),
  "/sign-in/code": open("a teacher's sign-in by IIN and code"),
  "/workspace": { signedIn: true },
  // one's own account: a teacher's contacts (the page asks `can` itself), sign out everywhere
  "/account": { signedIn: true },
  "/account/password": { signedIn: true },
  // every staff role's own second factor; the page asks `can` itself (an administrator may be sent here first)
  "/account/second-factor": { signedIn: true },

  "/applicant": permission("workspace.applicant"),
  "/applicant/prepare": permission("workspace.applicant"),
  "/applicant/prepare/[code]": permission("workspace.applicant"),
  "/applicant/apply": permission("workspace.applicant"),

  "/clerk": permission("workspace.clerk"),
  "/clerk/register": permission("workspace.clerk"),
  "/clerk/applications/[id]": permission("workspace.clerk"),
  "/executor": permission("workspace.executor"),
  "/executor/applications/[id]": permission("workspace.executor"),
  "/corp": permission("workspace.corp"),
  "/corp/register": permission("workspace.corp"),
  "/corp/applications/[id]": permission("workspace.corp"),

  "/region": permission("workspace.region"),
  "/region/process": permission("workspace.region"),
  "/region/queue": permission("workspace.region"),
  "/region/applications/[id]": permission("workspace.region"),
  "/region/organizations/[id]": permission("workspace.region"),

  "/head": permission("workspace.head"),

  "/admin": permission("workspace.admin"),
  "/admin/mailbox": permission("workspace.admin"),
  "/admin/calendar-change": permission("workspace.admin"),
  "/admin/versions/[id]": permission("workspace.admin"),
};

export const ROUTE_HANDLERS: Record<string, Guard> = {
  "GET /api/applications/[id]/receipt": permission("documents.download"),
  "GET /api/applications/[id]/refusal": permission("documents.download"),
  "GET /api/applications/[id]/acceptance": permission("documents.download"),
  "GET /api/counter-refusals/[id]": permission("applications.intake"),
  "GET /api/complaints/[id]/answer": permission("complaints.read"),
  "POST /api/applications/[id]/scans": permission("scans.attach"),
  // the teacher's online application: the transition that takes the online form (SUBMIT_ONLINE),
  // whose roles the permission `applications.submitOnline` of defineRoute holds (permissions.test.ts)
  "POST /api/applicant/online-application": transitionsTaking("onlineForm"),
  "GET /api/scans/[scanId]": permission("scans.read"),
  "GET /api/staff/queue": permission("queue.read"),
  "GET /api/region/export": permission("dashboard.read"),
  "GET /api/health": open("liveness for the load balancer; reads nothing"),
  "POST /api/ecp/challenge": open("a one-time challenge to sign for signing in with a digital signature; 404 where none is configured"),
  "POST /api/status": open("the status lookup as JSON: number, IIN and access code must match"),
  "GET /api/auth/[...nextauth]": open("next-auth's own endpoints"),
  "POST /api/auth/[...nextauth]": open("next-auth's own endpoints (sign-in checks its CSRF token)"),
};

export const SERVER_ACTIONS: Record<string, Guard> = {
  // lib/server-actions/staff.ts
  runTransition: transitionsTaking("button"),
  decide: transitionsTaking("completenessCheck"),
  registerIntake: transitionsTaking("intakeForm"),
  issueResultAction: transitionsTaking("handoverForm"),
  lookupApplicant: permission("applicants.lookup"),
  prefillFromCode: permission("applications.intake"),
  // lib/server-actions/prepare.ts
  prepareApplication: permission("applications.prepare"),
  // lib/server-actions/online.ts
  requestSubmissionCodeAction: permission("applications.submitOnline"),
  // lib/server-actions/complaints.ts
  fileComplaintAction: permission("complaints.file"),
  answerComplaintAction: permission("complaints.answer"),
  // lib/server-actions/admin.ts
  createOrganizationAction: permission("reference.manage"),
  updateOrganizationAction: permission("reference.manage"),
  createUserAction: permission("reference.manage"),
  updateUserAction: permission("reference.manage"),
  resetPasswordAction: permission("reference.manage"),
  cloneVersionAction: permission("reference.manage"),
  updateDraftAction: permission("reference.manage"),
  publishVersionAction: permission("reference.manage"),
  addHolidayAction: permission("reference.manage"),
  removeHolidayAction: permission("reference.manage"),
  // lib/server-actions/account.ts: the way through the password step (lib/auth/pending-step.ts)
  changePasswordAction: { signedIn: true },
  // one's own sessions, whatever the role (lib/account/sign-out-everywhere.ts)
  signOutEverywhereAction: { signedIn: true },
  // a teacher's own contacts (lib/account/change-contact.ts)
  requestContactCodeAction: permission("account.contacts"),
  confirmContactChangeAction: permission("account.contacts"),
  // lib/server-actions/second-factor.ts
  confirmSecondFactor: permission("account.secondFactor"),
  // lib/server-actions/sign-in.ts
  submitSignIn: open("signing in: failures limited per login and client and per client"),
  // lib/server-actions/code-sign-in.ts
  submitCodeSignIn: open("a teacher's sign-in by code: code requests limited per IIN and client, wrong codes as failed sign-ins"),
  // lib/server-actions/status.ts
  lookUpStatus: open("the status lookup form: number, IIN and access code must match, rate-limited"),
  // components/layout/language-switcher.tsx, inline
  chooseLocale: open("the language choice, a cookie"),
};
