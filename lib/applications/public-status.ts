// The public status lookup: a registration number, the applicant's IIN and the package's access
// code, all three matching, show the package's progress; anything else is one and the same "not
// found". What is shown is the minimum a teacher needs: steps with time, role and organization (no
// staff names), the open step with its deadline and who acts next, and the result with its reasons.
// (Kept beside the page; it reads through lib/applications/application-detail.ts, the same read
// as the teacher's own account.)
import { createHash } from "node:crypto";
import { z } from "zod";
import { ACCESS_CODE_PATTERN, normalizeAccessCode } from "./access-code";
import { getApplicationDetailByNumber, getApplicationDetailForOwner, type AppealLine, type ApplicationDetail, type ResultCollection } from "./application-detail";
import type { Db } from "../db/client";
import { validateIin } from "../domain/identity";
import { readRegistrationNumber } from "../domain/registration-number";
import { isLifecycleAction, type Action, type ApplicationState, type Channel, type Role, type Step } from "../domain/lifecycle";
import type { NormState } from "../domain/deadlines";
import { isComplaintAction, type ComplaintAction } from "../domain/complaints";
import type { Locale } from "../i18n/locales";
import { forgiveRateLimit } from "../rate-limit/forgive";
import { consumeRateLimit, type RateLimitRule } from "../rate-limit/fixed-window";
import { createPostgresStore } from "../rate-limit/postgres-store";

export const statusQuerySchema = z.object({
  registrationNumber: z
    .string()
    .transform((value) => readRegistrationNumber(value) ?? "")
    .pipe(z.string().min(1, "applicant.status.invalidNumber")),
  iin: z
    .string()
    .transform((value) => value.replace(/\s+/g, ""))
    .refine((value) => validateIin(value).isValid, "applicant.status.invalidIin"),
  accessCode: z
    .string()
    .max(40, "applicant.status.invalidAccessCode")
    .transform(normalizeAccessCode)
    .pipe(z.string().regex(ACCESS_CODE_PATTERN, "applicant.status.invalidAccessCode")),
});
export type StatusQuery = z.output<typeof statusQuerySchema>;

/**
 * Every lookup counts against its client. Only misses count against the number asked from that
 * client and against the IIN: someone else's wrong guesses, from other addresses, never lock a
 * teacher out of her own number, while guessing codes for one teacher stops after a few dozen
 * misses an hour however many addresses ask. (Whoever knows her IIN can still spend that IIN's
 * misses; she then waits at most the hour, or reads the package in her own account.)
 */
export const STATUS_RATE_LIMITS = {
  perClient: { name: "status:client", limit: 20, windowSeconds: 10 * 60 },
  missesPerNumberAndClient: { name: "status:number-client", limit: 10, windowSeconds: 60 * 60 },
  missesPerIin: { name: "status:iin", limit: 20, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** How long the result page of a lookup stays open without asking again. */
export const STATUS_VIEW_MINUTES = 30;

export interface PublicStep {
  action: Action | ComplaintAction;
  toState: ApplicationState | null;
  at: string;
  actorRole: Role | null;
  /** only in the applicant's own account; the public page names roles, not people */
  actorName: string | null;
  organizationName: string | null;
}

export interface PublicStatus {
  applicationId: string;
  registrationNumber: string;
  state: ApplicationState;
  channel: Channel;
  purpose: "ASSIGN" | "CONFIRM";
  categorySoughtName: string;
  providerName: string;
  corpCentreName: string | null;
  receivedAt: string;
  serviceDeadline: string | null;
  openStep: { step: Step; deadline: string; normState: NormState; nextRoles: Role[] } | null;
  refusal: { grounds: { code: string; text: string; clause: string }[]; missing: { code: string; name: string }[]; appealRoute: AppealLine[] } | null;
  /** where the result waits for her, its address and hours, and until when (issue 15, item 9) */
  collection: ResultCollection | null;
  steps: PublicStep[];
}

// IINs are hashed like client addresses: the buckets hold no personal data
const iinSubject = (iin: string) => createHash("sha256").update(`iin:${iin}`).digest("hex").slice(0, 24);

function lookupChecks(query: StatusQuery, clientKey: string) {
  const misses = [
    { rule: STATUS_RATE_LIMITS.missesPerNumberAndClient, subject: `${query.registrationNumber}:${clientKey}` },
    { rule: STATUS_RATE_LIMITS.missesPerIin, subject: iinSubject(query.iin) },
  ];
  return { all: [{ rule: STATUS_RATE_LIMITS.perClient, subject: clientKey }, ...misses], misses };
}

export type LookupDecision<T> = { kind: "rateLimited"; retryAfterSeconds: number } | { kind: "notFound" } | { kind: "found"; found: T };

/**
 * One lookup behind its limits. The attempt first takes a place in every counter (one atomic
 * statement), so a burst of parallel guesses tries no more than the limits allow; over a limit it
 * is refused before anything is matched, a right guess as a wrong one. A match gives back its
 * places among the misses.
 */
export async function withinLookupLimits<T>(
  db: Db,
  query: StatusQuery,
  clientKey: string,
  now: Date,
  match: () => Promise<T | null>,
): Promise<LookupDecision<T>> {
  const checks = lookupChecks(query, clientKey);
  const decision = await consumeRateLimit(createPostgresStore(db), checks.all, now);
  if (!decision.isAllowed) return { kind: "rateLimited", retryAfterSeconds: decision.retryAfterSeconds };
  const found = await match();
  if (found === null) return { kind: "notFound" };
  await forgiveRateLimit(db, checks.misses, now);
  return { kind: "found", found };
}

/** The id of the package all three parts of the query match, or null: one query, one answer for every miss. */
export async function matchPackage(db: Db, query: StatusQuery): Promise<string | null> {
  const found = await db.application.findFirst({
    where: { registrationNumber: query.registrationNumber, accessCode: query.accessCode, applicant: { iin: query.iin } },
    select: { id: true },
  });
  return found?.id ?? null;
}

export type StatusLookup =
  | { kind: "rateLimited"; retryAfterSeconds: number }
  | { kind: "notFound" }
  | { kind: "found"; status: PublicStatus };

/**
 * One lookup as the JSON route answers it: counted against the limits (one statement), then
 * matched and read as the package's applicant would (two more; a match then gives back its misses'
 * places, one more): a miss, whichever part of the query is wrong, is the same "not found".
 */
export async function lookUpPublicStatus(db: Db, query: StatusQuery, clientKey: string, locale: Locale, now: Date): Promise<StatusLookup> {
  const lookup = await withinLookupLimits(db, query, clientKey, now, () => getApplicationDetailByNumber(db, query, locale, now));
  return lookup.kind === "found" ? { kind: "found", status: toPackageProgress(lookup.found, { withStaffNames: false }) } : lookup;
}

/**
 * The public view of a package already matched (by the lookup, or by the signed link it
 * produced). Read as its applicant would, then trimmed to what the public page shows.
 */
export async function publicStatusOf(db: Db, applicationId: string, locale: Locale, now: Date = new Date()): Promise<PublicStatus | null> {
  const detail = await getApplicationDetailForOwner(db, applicationId, locale, now);
  return detail ? toPackageProgress(detail, { withStaffNames: false }) : null;
}

/** The progress view of a package, from the detail its applicant may read. */
export function toPackageProgress(detail: ApplicationDetail, options: { withStaffNames: boolean }): PublicStatus {
  return {
    applicationId: detail.id,
    registrationNumber: detail.registrationNumber,
    state: detail.state,
    channel: detail.channel,
    purpose: detail.purpose,
    categorySoughtName: detail.categorySoughtName,
    providerName: detail.providerName,
    corpCentreName: detail.corpCentreName,
    receivedAt: detail.receivedAt,
    serviceDeadline: detail.serviceDeadline,
    openStep: detail.openStep,
    refusal: detail.refusal
      ? { grounds: detail.refusal.grounds, missing: detail.refusal.missing.map(({ code, name }) => ({ code, name })), appealRoute: detail.refusal.appealRoute }
      : null,
    collection: detail.collection,
    // the applicant follows the steps of the regulation and her complaints; staff-side events (a scan attached) are not hers
    steps: detail.timeline.filter((entry): entry is typeof entry & { action: PublicStep["action"] } => isLifecycleAction(entry.action) || isComplaintAction(entry.action)).map((entry) => ({
      action: entry.action,
      toState: entry.toState,
      at: entry.at,
      actorRole: entry.actorRole,
      actorName: options.withStaffNames ? entry.actorName : null,
      organizationName: entry.organizationName,
    })),
  };
}
