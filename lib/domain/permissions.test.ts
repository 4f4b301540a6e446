import { describe, expect, it } from "vitest";
import { ROLES, TRANSITIONS, type Role } from "./lifecycle";
import { PERMISSIONS, WORKSPACE_PATHS, applicationScope, can, type Actor, type Permission } from "./permissions";

const actor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({
  userId: "u1",
  role,
  name: "Test",
  organizationId: "org-1",
  applicantId: role === "APPLICANT" ? "app-1" : null,
  ...overrides,
});

describe("permissions", () => {
  it("gives every role exactly its own workspace", () => {
    const workspaces = Object.keys(PERMISSIONS).filter((p) => p.startsWith("workspace.")) as Permission[];
    for (const role of ROLES) {
      const granted = workspaces.filter((p) => can(actor(role), p));
      expect(granted, role).toHaveLength(1);
    }
    expect(new Set(Object.values(WORKSPACE_PATHS)).size).toBe(ROLES.length);
  });

  it("sends every role home to the path its workspace permission names", () => {
    for (const role of ROLES) {
      const workspace = (Object.keys(PERMISSIONS) as Permission[]).find((p) => p.startsWith("workspace.") && can(actor(role), p))!;
      expect(WORKSPACE_PATHS[role], role).toBe(`/${workspace.slice("workspace.".length)}`);
    }
  });

  it("lets exactly the roles of the creating transitions take packages in", () => {
    const creators = new Set(TRANSITIONS.filter((t) => t.from === null && t.input === "intakeForm").flatMap((t) => t.roles));
    expect(new Set(PERMISSIONS["applications.intake"])).toEqual(creators);
    // and a teacher creates only her own online application
    const online = new Set(TRANSITIONS.filter((t) => t.input === "onlineForm").flatMap((t) => t.roles));
    expect(new Set(PERMISSIONS["applications.submitOnline"])).toEqual(online);
  });

  it("shows an applicant's contacts only to those who read the package", () => {
    for (const role of PERMISSIONS["applicants.readContacts"]) expect(can(actor(role), "applications.read"), role).toBe(true);
    expect(can(actor("REGION_ADMIN"), "applicants.readContacts")).toBe(false);
  });

  it("matches the expected matrix", () => {
    const matrix: Record<Permission, Role[]> = {
      "workspace.applicant": ["APPLICANT"],
      "workspace.clerk": ["CLERK"],
      "workspace.executor": ["EXECUTOR"],
      "workspace.corp": ["CORP_OPERATOR"],
      "workspace.region": ["REGION_ADMIN"],
      "workspace.admin": ["SYSTEM_ADMIN"],
      "workspace.head": ["PROVIDER_HEAD"],
      "applications.read": ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN"],
      "applications.prepare": ["APPLICANT"],
      "applications.submitOnline": ["APPLICANT"],
      "applications.intake": ["CLERK", "CORP_OPERATOR"],
      "documents.download": ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR"],
      "applicants.lookup": ["CLERK", "CORP_OPERATOR"],
      "applicants.readContacts": ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR"],
      "queue.read": ["CLERK", "EXECUTOR", "CORP_OPERATOR"],
      "scans.attach": ["CLERK", "CORP_OPERATOR"],
      "scans.read": ["CLERK", "EXECUTOR", "CORP_OPERATOR"],
      "dashboard.read": ["REGION_ADMIN"],
      "complaints.file": ["APPLICANT"],
      "complaints.answer": ["PROVIDER_HEAD"],
      "complaints.read": ["APPLICANT", "PROVIDER_HEAD", "REGION_ADMIN"],
      "reference.manage": ["SYSTEM_ADMIN"],
      "account.contacts": ["APPLICANT"],
      "account.secondFactor": ["CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN", "SYSTEM_ADMIN", "PROVIDER_HEAD"],
    };
    for (const [permission, roles] of Object.entries(matrix) as [Permission, Role[]][]) {
      for (const role of ROLES) expect(can(actor(role), permission), `${role} ${permission}`).toBe(roles.includes(role));
    }
  });

  it("scopes applications by role and organization", () => {
    expect(applicationScope(actor("APPLICANT"))).toEqual({ kind: "own", applicantId: "app-1" });
    expect(applicationScope(actor("CLERK"))).toEqual({ kind: "provider", organizationId: "org-1" });
    expect(applicationScope(actor("EXECUTOR"))).toEqual({ kind: "provider", organizationId: "org-1" });
    expect(applicationScope(actor("PROVIDER_HEAD"))).toEqual({ kind: "provider", organizationId: "org-1" });
    expect(applicationScope(actor("CORP_OPERATOR"))).toEqual({ kind: "corpCentre", organizationId: "org-1" });
    expect(applicationScope(actor("REGION_ADMIN"))).toEqual({ kind: "region" });
    expect(applicationScope(actor("SYSTEM_ADMIN"))).toEqual({ kind: "none" });
  });

  it("sees nothing when the account lacks its binding", () => {
    expect(applicationScope(actor("CLERK", { organizationId: null }))).toEqual({ kind: "none" });
    expect(applicationScope(actor("APPLICANT", { applicantId: null }))).toEqual({ kind: "none" });
  });
});
