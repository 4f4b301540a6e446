// Who may, and who must, sign in with a second factor. Pure: the settings come in as arguments.
import type { Role } from "../domain/lifecycle";
import { isProductionMode } from "./session-cookie";

/** The enrolment page (every staff role reaches it from its workspace). */
export const SECOND_FACTOR_PATH = "/account/second-factor";

/**
 * The administrators (lib/domain/permissions.ts: the system administrator manages reference data
 * and accounts, the regional department's admin reads and exports the whole region): in
 * production they may not work without a second factor.
 */
export const SECOND_FACTOR_REQUIRED_ROLES = ["SYSTEM_ADMIN", "REGION_ADMIN"] as const satisfies readonly Role[];

export interface SecondFactorSettings {
  /** a production server (NODE_ENV=production) in production mode (SANAT_MODE=production), or told so (REQUIRE_ADMIN_SECOND_FACTOR=true) */
  isRequiredForAdmins: boolean;
}

/** The demo (`npm start`, the e2e suite) signs in without a second factor. */
export function secondFactorSettingsFrom(env: Record<string, string | undefined>): SecondFactorSettings {
  return { isRequiredForAdmins: env.NODE_ENV === "production" && (isProductionMode(env) || env.REQUIRE_ADMIN_SECOND_FACTOR === "true") };
}

/**
 * An administrator without a second factor, where the settings require one: sent to enrolment
 * before anything else (pages redirect there, actions and routes refuse). Others call this too
 * (a forced password change comes first; then this).
 */
export function mustEnrolSecondFactor(actor: { role: Role; hasSecondFactor: boolean }, settings: SecondFactorSettings): boolean {
  return settings.isRequiredForAdmins && !actor.hasSecondFactor && (SECOND_FACTOR_REQUIRED_ROLES as readonly Role[]).includes(actor.role);
}
