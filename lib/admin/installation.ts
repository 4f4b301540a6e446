// What the audit trail says about the install itself: that it has run in production, and who the
// first administrator is. The portal's database role can only append to the trail, so neither
// record can be taken back by the portal; the demo seed reads the first to refuse a production
// database.
import { hashPassword, oneTimePassword } from "../auth/password";
import type { Db } from "../db/client";
import { isUniqueViolation } from "./audit";
import { createUserSchema } from "./users";

/** The audit action of every start of the production mode (`npm run start:production`). */
export const PRODUCTION_START = "SYSTEM_PRODUCTION_START";
/** The audit action of an administrator created by the command, not by another administrator. */
export const ADMINISTRATOR_CREATED_BY_COMMAND = "SYSTEM_CREATE_ADMINISTRATOR";

export async function recordProductionStart(db: Db, details: Record<string, string | number>, at = new Date()): Promise<void> {
  await db.auditEvent.create({ data: { applicationId: null, action: PRODUCTION_START, data: details, at } });
}

/** Whether this database has ever been started in production: the demo's data never goes there. */
export async function hasRunInProduction(db: Db): Promise<boolean> {
  return (await db.auditEvent.count({ where: { action: PRODUCTION_START } })) > 0;
}

// the one-time password's shape is lib/auth/password.ts's: the same for an administrator's reset
export { oneTimePassword };

export interface AdministratorRequest {
  login: string;
  fullName?: string;
  /** the organization's code; default the root of the tree (the regional department) */
  organization?: string;
  /** create one even though an active administrator exists (a second one, or a way back in) */
  allowAnother?: boolean;
}

/** Why the command did nothing: an operator's message, in English like every script's (never shown in the portal). */
export class CommandRefusal extends Error {
  override name = "CommandRefusal";
}

/**
 * Creates a system administrator with a one-time password, which must be changed at the first
 * sign-in (User.mustChangePassword, lib/auth/pending-step.ts). One transaction with its audit
 * event, which holds no password. Returns the password: the only time it is ever seen.
 */
export async function createAdministratorByCommand(db: Db, request: AdministratorRequest, now = new Date()): Promise<{ id: string; login: string; oneTimePassword: string }> {
  const parsedLogin = createUserSchema.shape.login.safeParse(request.login);
  if (!parsedLogin.success) throw new CommandRefusal(`The login must be 3 to 60 of a-z, 0-9, ".", "_", "-" (got ${JSON.stringify(request.login)}).`);
  const login = parsedLogin.data;
  const fullName = request.fullName?.trim() || login;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const organization = request.organization
        ? await tx.organization.findUnique({ where: { code: request.organization }, select: { id: true } })
        : await tx.organization.findFirst({ where: { parentId: null, kind: "REGIONAL_DEPARTMENT" }, orderBy: { code: "asc" }, select: { id: true } });
      if (!organization) {
        throw new CommandRefusal(
          request.organization
            ? `No organization has the code ${request.organization}.`
            : "The database has no regional department: load the reference data first (npm run start:production does).",
        );
      }
      const administrators = await tx.user.count({ where: { role: "SYSTEM_ADMIN", isActive: true } });
      if (administrators > 0 && !request.allowAnother) {
        throw new CommandRefusal(
          `The portal already has ${administrators} active system administrator(s): they create accounts in /admin. ` +
            "Add --another to create one more here (e.g. when none of them can sign in).",
        );
      }
      const user = await tx.user.create({
        data: { login, fullName, role: "SYSTEM_ADMIN", organizationId: organization.id, passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          applicationId: null,
          action: ADMINISTRATOR_CREATED_BY_COMMAND,
          data: { id: user.id, login, fullName, role: "SYSTEM_ADMIN", organizationId: organization.id, wasFirst: administrators === 0 },
          at: now,
        },
      });
      return { id: user.id, login, oneTimePassword: password };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new CommandRefusal(`The login ${login} is taken: choose another.`);
    throw error;
  }
}
