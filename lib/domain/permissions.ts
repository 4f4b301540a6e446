// Who may do what, as one readable table, and over which applications.
// Transitions carry their own roles (lifecycle.ts); this table covers everything else. No code
// compares roles by hand: it asks `can`. Every page, route handler and server action names the
// permission (or the transitions) that guards it in entry-points.ts, and a test fails on one
// without a row.
import { rolesFor, type Channel, type Role, type RoleRules, type Transition } from "./lifecycle";

export const PERMISSIONS = {
  "workspace.applicant": ["APPLICANT"],
  "workspace.clerk": ["CLERK"],
  "workspace.executor": ["EXECUTOR"],
  "workspace.corp": ["CORP_OPERATOR"],
  "workspace.region": ["REGION_ADMIN"],
  "workspace.admin": ["SYSTEM_ADMIN"],
  "workspace.head": ["PROVIDER_HEAD"],
  "applications.read": ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN"],
  // a teacher prepares their own package online and brings the code to the office
  "applications.prepare": ["APPLICANT"],
  // where the version in force serves the e-government portal's channel, she applies online herself
  "applications.submitOnline": ["APPLICANT"],
  // the roles of the creating transitions (a test holds the two together)
  "applications.intake": ["CLERK", "CORP_OPERATOR"],
  // the receipt and the refusal: the package's applicant and the staff who handle it
  "documents.download": ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR"],
  // an IIN typed at intake fills the form with a known teacher's name and contacts
  "applicants.lookup": ["CLERK", "CORP_OPERATOR"],
  // the full IIN, phone and e-mail on a package; the regional department sees the IIN masked
  "applicants.readContacts": ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR"],
  // the live queue a staff workspace works from (each role has its views, queue-views.ts)
  "queue.read": ["CLERK", "EXECUTOR", "CORP_OPERATOR"],
  // scans hold copies of personal documents: only the staff who handle the package
  "scans.attach": ["CLERK", "CORP_OPERATOR"],
  "scans.read": ["CLERK", "EXECUTOR", "CORP_OPERATOR"],
  "dashboard.read": ["REGION_ADMIN"],
  // the appeal route (the version's appealRoute): the teacher files about her own refused package,
  // the head of its provider answers; the answer's paper is theirs, and the region's, which reads
  // every package (the use-cases scope each to the package: lib/complaints/)
  "complaints.file": ["APPLICANT"],
  "complaints.answer": ["PROVIDER_HEAD"],
  "complaints.read": ["APPLICANT", "PROVIDER_HEAD", "REGION_ADMIN"],
  "reference.manage": ["SYSTEM_ADMIN"],
  // a TOTP second factor of one's own: staff and administrators (lib/auth/second-factor.ts)
  // a teacher's own phone and e-mail, changed by a code sent to the new one (lib/account/change-contact.ts)
  "account.contacts": ["APPLICANT"],
  "account.secondFactor": ["CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN", "SYSTEM_ADMIN", "PROVIDER_HEAD"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
/** The roles holding a permission, as a type: `can` narrows an actor's role to them. */
export type RoleWith<P extends Permission> = (typeof PERMISSIONS)[P][number];

export interface Actor {
  userId: string;
  role: Role;
  name: string;
  organizationId: string | null;
  applicantId: string | null;
}

export function can<A extends Pick<Actor, "role">, P extends Permission>(actor: A, permission: P): actor is A & { role: RoleWith<P> } {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/**
 * Whether the actor may take a transition on a package: its roles, narrowed by the rules of the
 * version the package was received under (read through its regulationVersionId; who checks
 * completeness is such a rule), on the package's channel.
 */
export function mayTakeTransition(actor: Pick<Actor, "role">, transition: Transition, application: { channel: Channel }, rules: RoleRules): boolean {
  return rolesFor(transition, application.channel, rules).includes(actor.role);
}

/**
 * The applications an actor may see. Staff act only within their organization; State
 * Corporation operators within their centre; the regional department reads the region;
 * a teacher sees only their own. Anything else sees nothing.
 */
export type ApplicationScope =
  | { kind: "own"; applicantId: string }
  | { kind: "provider"; organizationId: string }
  | { kind: "corpCentre"; organizationId: string }
  | { kind: "region" }
  | { kind: "none" };

export function applicationScope(actor: Actor): ApplicationScope {
  switch (actor.role) {
    case "APPLICANT":
      return actor.applicantId ? { kind: "own", applicantId: actor.applicantId } : { kind: "none" };
    case "CLERK":
    case "EXECUTOR":
    // the head sees the packages of the provider only through its complaints (no package page of its own)
    case "PROVIDER_HEAD":
      return actor.organizationId ? { kind: "provider", organizationId: actor.organizationId } : { kind: "none" };
    case "CORP_OPERATOR":
      return actor.organizationId ? { kind: "corpCentre", organizationId: actor.organizationId } : { kind: "none" };
    case "REGION_ADMIN":
      return { kind: "region" };
    case "SYSTEM_ADMIN":
      return { kind: "none" };
  }
}

export const WORKSPACE_PATHS: Record<Role, string> = {
  APPLICANT: "/applicant",
  CLERK: "/clerk",
  EXECUTOR: "/executor",
  CORP_OPERATOR: "/corp",
  REGION_ADMIN: "/region",
  SYSTEM_ADMIN: "/admin",
  PROVIDER_HEAD: "/head",
};
