import { randomBytes } from "node:crypto";
import type { Db } from "../../lib/db/client";
import { makeIin } from "../../lib/domain/identity";
import type { Role } from "../../lib/domain/lifecycle";
import type { Actor } from "../../lib/domain/permissions";
import type { IntakeInput } from "../../lib/domain/intake-schema";
import type { WorkflowContext } from "../../lib/db/context";

/** A staff member with a unique login in an organization of the reference tree. */
export async function createStaff(db: Db, role: Role, organizationCode: string, name = `${role} ${organizationCode}`): Promise<Actor> {
  const organization = await db.organization.findUniqueOrThrow({ where: { code: organizationCode }, select: { id: true } });
  const user = await db.user.create({
    data: {
      login: `${role.toLowerCase()}.${randomBytes(5).toString("hex")}`,
      passwordHash: "not-used-in-these-tests",
      role,
      fullName: name,
      organizationId: organization.id,
    },
    select: { id: true },
  });
  return { userId: user.id, role, name, organizationId: organization.id, applicantId: null };
}

export async function organizationId(db: Db, code: string): Promise<string> {
  return (await db.organization.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

let serial = 0;
/** A walk-in applicant's intake with every required document present. */
export function intakeFor(overrides: Partial<IntakeInput> = {}): IntakeInput {
  serial += 1;
  return {
    iin: makeIin("1988-04-12", "FEMALE", (process.pid * 13 + serial * 17) % 10000),
    lastName: "Сейітова",
    firstName: "Айгүл",
    middleName: "Болатқызы",
    phone: "+7 701 555 12 34",
    locale: "kk",
    purpose: "ASSIGN",
    categorySought: "FIRST",
    documents: {
      APPLICATION_FORM: "PRESENT",
      IDENTITY_DOCUMENT: "PRESENT",
      EDUCATION_DIPLOMA: "PRESENT",
      TRAINING_CERTIFICATE: "PRESENT",
      EMPLOYMENT_RECORD: "PRESENT",
    },
    ...overrides,
  };
}

export const ALL_PRESENT = intakeFor().documents as Record<string, "PRESENT">;

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
