// Who may do what, as one readable table, and over which applications.
// Transitions carry their own roles (lifecycle.ts); this table covers everything else.
import type { Role } from "./lifecycle";

export const PERMISSIONS = {
  "workspace.applicant": ["APPLICANT"],
  "workspace.clerk": ["CLERK"],
  "workspace.executor": ["EXECUTOR"],
  "workspace.corp": ["CORP_OPERATOR"],
  "workspace.region": ["REGION_ADMIN"],
  "workspace.admin": ["SYSTEM_ADMIN"],
  "applications.read": ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN"],
  "applications.intake": ["CLERK", "CORP_OPERATOR"],
  // scans hold copies of personal documents: only the staff who handle the package
  "scans.attach": ["CLERK", "CORP_OPERATOR"],
  "scans.read": ["CLERK", "EXECUTOR", "CORP_OPERATOR"],
  "dashboard.read": ["REGION_ADMIN"],
  "reference.manage": ["SYSTEM_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export interface Actor {
  userId: string;
  role: Role;
  name: string;
  organizationId: string | null;
  applicantId: string | null;
}

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
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
};
