import { describe, expect, it } from "vitest";
import type { Actor } from "../domain/permissions";
import { assertCanReadDashboard } from "./access";

const actor = (role: Actor["role"]): Actor => ({ userId: "u1", role, name: "x", organizationId: "org1", applicantId: null });

describe("the dashboard's door", () => {
  it("lets only the regional department read the dashboard", () => {
    expect(() => assertCanReadDashboard(actor("REGION_ADMIN"))).not.toThrow();
    for (const role of ["CLERK", "EXECUTOR", "CORP_OPERATOR", "APPLICANT", "SYSTEM_ADMIN"] as const) {
      expect(() => assertCanReadDashboard(actor(role))).toThrow(/FORBIDDEN/);
    }
    expect(() => assertCanReadDashboard(null)).toThrow(/UNAUTHENTICATED/);
  });
});
