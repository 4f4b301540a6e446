// The integration tests make their records with the seed's factories (prisma/factories.ts:
// makeIntake, ALL_DOCUMENTS_PRESENT, createStaffAccount, createTeacherAccount); here are only a
// shorthand for the staff account every test needs and a clock the test moves.
import type { Db } from "../../lib/db/client";
import type { WorkflowContext } from "../../lib/db/context";
import type { Actor } from "../../lib/domain/permissions";
import { createStaffAccount, type StaffAccountSeed } from "../../prisma/factories";

/** A staff member with a unique login in an organization of the reference tree (it cannot sign in), as the use-cases see them. */
export async function createStaff(db: Db, role: StaffAccountSeed["role"], organization: string, fullName?: string): Promise<Actor> {
  const { login: _login, ...actor } = await createStaffAccount(db, { role, organization, fullName });
  return actor;
}

export async function organizationId(db: Db, code: string): Promise<string> {
  return (await db.organization.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

/** A context whose clock the test moves: a working Wednesday morning in Aqtau by default. */
export function contextAt(db: Db, start = new Date("2026-11-25T05:00:00Z")): WorkflowContext & { advance(minutes: number): void } {
  let now = start;
  return {
    db,
    now: () => now,
    advance(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}
