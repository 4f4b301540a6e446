// Staff accounts and their roles. Teachers' accounts come with their applications, not from here.
import { z } from "zod";
import { hashPassword, oneTimePassword } from "../auth/password";
import { endSessionsOfUser } from "../auth/user-sessions";
import type { Db } from "../db/client";
import { maskIin, validateIin } from "../domain/identity";
import { can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { parseOrRefuse } from "../zod-issues";
import { assertAdmin, changedFields, isUniqueViolation, recordAdminChange } from "./audit";
import { assertOrganizationExists } from "./organizations";

export const STAFF_ACCOUNT_ROLES = ["CLERK", "EXECUTOR", "CORP_OPERATOR", "REGION_ADMIN", "SYSTEM_ADMIN", "PROVIDER_HEAD"] as const;
export type StaffAccountRole = (typeof STAFF_ACCOUNT_ROLES)[number];

const password = z
  .string()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || v.length >= 8, "dashboard.admin.errors.passwordTooShort");

// a staff member's IIN, for signing in with a digital signature: the certificate names its holder
// by IIN (lib/auth/ecp/sign-in-with-ecp.ts). Empty means none; spaces typed between digits are dropped.
const iin = z
  .string()
  .optional()
  .transform((value) => value?.replace(/\s+/g, "") || null)
  .refine((value) => value === null || validateIin(value).isValid, "errors.invalidIin");

const userFields = {
  fullName: z.string().trim().min(1, "errors.fieldRequired").max(200, "errors.fieldTooLong"),
  iin,
  role: z.enum(STAFF_ACCOUNT_ROLES),
  organizationId: z.string().min(1, "dashboard.admin.errors.staffNeedOrganization").max(40),
  password,
};
export const createUserSchema = z.object({
  login: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,60}$/, "dashboard.admin.errors.loginFormat"),
  ...userFields,
  password: password.refine((v) => v !== undefined, "dashboard.admin.errors.passwordTooShort"),
});
export const updateUserSchema = z.object({ ...userFields, isActive: z.boolean() });

export interface StaffAccount {
  id: string;
  login: string;
  fullName: string;
  role: StaffAccountRole;
  organizationId: string | null;
  iin: string | null;
  isActive: boolean;
}

/** What the administration page's search box holds (the URL's `q`): trimmed, cut to 100 characters; empty is no search. */
export const adminSearchSchema = z.string().catch("").transform((value) => value.trim().slice(0, 100));

/**
 * The staff accounts, all of them or those whose login, name or organization (code or a name in
 * any language) contains `query`, case-insensitively: the search runs in the database, so a
 * search URL can be shared and works without JavaScript.
 */
export async function listStaffAccounts(db: Db, actor: Actor, query = ""): Promise<StaffAccount[]> {
  assertAdmin(actor);
  const q = adminSearchSchema.parse(query);
  const contains = { contains: q, mode: "insensitive" as const };
  const rows = await db.user.findMany({
    where: {
      role: { in: [...STAFF_ACCOUNT_ROLES] },
      ...(q
        ? {
            OR: [
              { login: contains },
              { fullName: contains },
              { organization: { OR: [{ code: contains }, { nameKk: contains }, { nameRu: contains }, { nameEn: contains }] } },
            ],
          }
        : {}),
    },
    orderBy: [{ organizationId: "asc" }, { role: "asc" }, { login: "asc" }],
    select: { id: true, login: true, fullName: true, role: true, organizationId: true, iin: true, isActive: true },
  });
  return rows as StaffAccount[];
}

export async function createStaffAccount(db: Db, actor: Actor, input: z.input<typeof createUserSchema>, now = new Date()): Promise<{ id: string }> {
  assertAdmin(actor);
  const { password: plain, ...data } = parseOrRefuse(createUserSchema, input);
  const passwordHash = await hashPassword(plain!);
  try {
    return await db.$transaction(async (tx) => {
      await assertOrganizationExists(tx, data.organizationId, "organizationId");
      // a password an administrator chose is one-time: its owner replaces it at first sign-in
      const created = await tx.user.create({ data: { ...data, passwordHash, mustChangePassword: true }, select: { id: true } });
      // the password itself is never written to the audit trail, the IIN only masked (as in the security log)
      const { iin: givenIin, ...audited } = data;
      await recordAdminChange(tx, actor, "ADMIN_CREATE_USER", { id: created.id, ...audited, ...(givenIin ? { iin: maskIin(givenIin) } : {}) }, now);
      return created;
    });
  } catch (error) {
    throw uniqueViolationOf(error);
  }
}

/** A unique violation as the field it is about: the login or the IIN another account holds. */
function uniqueViolationOf(error: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  const target = JSON.stringify((error as { meta?: unknown }).meta ?? "") + String((error as Error).message ?? "");
  if (/iin/i.test(target)) return new AppError("CONFLICT", "dashboard.admin.errors.iinTaken", {}, { iin: "dashboard.admin.errors.iinTaken" });
  return new AppError("CONFLICT", "dashboard.admin.errors.loginTaken", {}, { login: "dashboard.admin.errors.loginTaken" });
}

export async function updateStaffAccount(db: Db, actor: Actor, id: string, input: z.input<typeof updateUserSchema>, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const { password: plain, ...data } = parseOrRefuse(updateUserSchema, input);
  // an administrator cannot lock themself out: not by deactivating, nor by a role that cannot administer
  if (id === actor.userId && (!data.isActive || !can({ role: data.role }, "reference.manage"))) {
    throw new AppError("INVALID_INPUT", "dashboard.admin.errors.cannotDeactivateSelf");
  }
  const passwordHash = plain ? await hashPassword(plain) : undefined;
  try {
    await updateInTransaction(db, actor, id, data, passwordHash, now);
  } catch (error) {
    throw uniqueViolationOf(error);
  }
}

async function updateInTransaction(db: Db, actor: Actor, id: string, data: Omit<z.output<typeof updateUserSchema>, "password">, passwordHash: string | undefined, now: Date) {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({
      where: { id, role: { in: [...STAFF_ACCOUNT_ROLES] } },
      select: { fullName: true, iin: true, role: true, organizationId: true, isActive: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
    await assertOrganizationExists(tx, data.organizationId, "organizationId");
    const changes: Record<string, unknown> = changedFields(before, data);
    if (passwordHash) changes.password = "changed";
    if (changes.iin) changes.iin = { from: before.iin && maskIin(before.iin), to: data.iin && maskIin(data.iin) };
    if (Object.keys(changes).length === 0) return;
    await tx.user.update({ where: { id }, data: { ...data, ...(passwordHash ? { passwordHash, mustChangePassword: true } : {}) }, select: { id: true } });
    await recordAdminChange(tx, actor, "ADMIN_UPDATE_USER", { id, changes } as never, now);
    // what a session may do was decided at sign-in: a blocked account, another role or
    // organization, or a reset password ends every session the account has open
    if (!data.isActive) await endSessionsOfUser(tx, id, "ACCOUNT_DEACTIVATED", now);
    // a new IIN is a new way in: sessions opened by the old one's signature end with it
    else if ("role" in changes || "organizationId" in changes || "iin" in changes || passwordHash) await endSessionsOfUser(tx, id, "ACCOUNT_CHANGED", now);
  });
}

export const PASSWORD_RESET_ACTION = "ADMIN_RESET_PASSWORD";

/**
 * An administrator's reset of a staff member's password (issue 16, item 4): a random one-time
 * password made here, returned once for the administrator to hand over and kept only as a hash
 * (never in the audit row); the owner must replace it at first sign-in, and every session the
 * account had open ends. One transaction. An administrator changes their own password at
 * /account/password, where the current one is asked.
 */
export async function resetStaffPassword(db: Db, actor: Actor, id: string, now = new Date()): Promise<{ login: string; oneTimePassword: string }> {
  assertAdmin(actor);
  if (id === actor.userId) throw new AppError("INVALID_INPUT", "dashboard.admin.errors.cannotResetOwnPassword");
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({ where: { id, role: { in: [...STAFF_ACCOUNT_ROLES] } }, select: { login: true } });
    if (!target) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
    await tx.user.update({ where: { id }, data: { passwordHash, mustChangePassword: true }, select: { id: true } });
    const endedSessions = await endSessionsOfUser(tx, id, "PASSWORD_RESET", now);
    await recordAdminChange(tx, actor, "ADMIN_RESET_PASSWORD", { id, login: target.login, endedSessions }, now);
    return { login: target.login, oneTimePassword: password };
  });
}
