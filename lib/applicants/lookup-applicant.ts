// The intake form's look-up of a teacher by IIN. A clerk or operator may register any teacher
// (she may have applied at another organization before), so the answer cannot be scoped to the
// organization; it is trimmed instead to what recognises her: her name, and her contacts masked
// ("+7 ••• ••• •• 47", "a•••@mail.kz"). Each look-up is audited (who, which teacher) and limited
// per staff member, so the form cannot be used to read the region's teachers one IIN at a time.
import type { Db } from "../db/client";
import { maskEmail, maskIin, maskPhone } from "../domain/identity";
import { can, type Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { consumeRateLimit, type RateLimitRule } from "../rate-limit/fixed-window";
import { createPostgresStore } from "../rate-limit/postgres-store";
import { recordActorEvent } from "../audit/actor-event";

/** A desk serves a visitor every few minutes: sixty look-ups an hour is far beyond a shift's need. */
export const APPLICANT_LOOKUP_RATE_LIMITS = {
  perStaffMember: { name: "applicant-lookup:user", limit: 60, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;

export const APPLICANT_LOOKUP_ACTION = "APPLICANT_LOOKUP";

/** What the form learns of a teacher on file: nothing it could contact her by. */
export interface KnownApplicant {
  lastName: string;
  firstName: string;
  middleName: string | null;
  maskedPhone: string | null;
  maskedEmail: string | null;
}

export async function lookUpApplicant(db: Db, actor: Actor, iin: string, now: Date): Promise<KnownApplicant | null> {
  if (!can(actor, "applicants.lookup")) throw new AppError("FORBIDDEN", "errors.forbidden");
  const decision = await consumeRateLimit(createPostgresStore(db), [{ rule: APPLICANT_LOOKUP_RATE_LIMITS.perStaffMember, subject: actor.userId }], now);
  if (!decision.isAllowed) {
    const { retryAfterSeconds } = decision;
    throw new AppError("RATE_LIMITED", "staff.intake.lookupRateLimited", { minutes: Math.ceil(retryAfterSeconds / 60) }, {}, { retryAfterSeconds });
  }
  const found = await db.applicant.findUnique({
    where: { iin },
    select: { id: true, lastName: true, firstName: true, middleName: true, phone: true, email: true },
  });
  // the answer leaves only once its audit row is written; the row names the teacher by her record's
  // id and a masked IIN (a miss has no record), never by what could reach her
  await recordActorEvent(db, actor, APPLICANT_LOOKUP_ACTION, { applicantId: found?.id ?? null, iin: maskIin(iin) }, now);
  if (!found) return null;
  return {
    lastName: found.lastName,
    firstName: found.firstName,
    middleName: found.middleName,
    maskedPhone: found.phone ? maskPhone(found.phone) : null,
    maskedEmail: found.email ? maskEmail(found.email) : null,
  };
}
