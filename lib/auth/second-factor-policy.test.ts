import { describe, expect, it } from "vitest";
import { ROLES } from "../domain/lifecycle";
import { mustEnrolSecondFactor, SECOND_FACTOR_REQUIRED_ROLES, secondFactorSettingsFrom } from "./second-factor-policy";

describe("mustEnrolSecondFactor", () => {
  const required = { isRequiredForAdmins: true };
  const demo = { isRequiredForAdmins: false };

  it("sends exactly the administrators without a second factor to enrolment, where it is required", () => {
    for (const role of ROLES) {
      const isAdmin = (SECOND_FACTOR_REQUIRED_ROLES as readonly string[]).includes(role);
      expect(mustEnrolSecondFactor({ role, hasSecondFactor: false }, required), role).toBe(isAdmin);
      expect(mustEnrolSecondFactor({ role, hasSecondFactor: true }, required), role).toBe(false);
      expect(mustEnrolSecondFactor({ role, hasSecondFactor: false }, demo), role).toBe(false);
    }
    expect([...SECOND_FACTOR_REQUIRED_ROLES].sort()).toEqual(["REGION_ADMIN", "SYSTEM_ADMIN"]);
  });

  it("is required on a production server in production mode, or when told so; never in the demo", () => {
    expect(secondFactorSettingsFrom({ NODE_ENV: "production", SANAT_MODE: "production" }).isRequiredForAdmins).toBe(true);
    expect(secondFactorSettingsFrom({ NODE_ENV: "production", REQUIRE_ADMIN_SECOND_FACTOR: "true" }).isRequiredForAdmins).toBe(true);
    // lib/env.ts's rule: `next start` without SANAT_MODE is a production install
    expect(secondFactorSettingsFrom({ NODE_ENV: "production" }).isRequiredForAdmins).toBe(true);
    expect(secondFactorSettingsFrom({ NODE_ENV: "production", SANAT_MODE: "demo" }).isRequiredForAdmins).toBe(false);
    expect(secondFactorSettingsFrom({ NODE_ENV: "development", SANAT_MODE: "production" }).isRequiredForAdmins).toBe(false);
  });
});
