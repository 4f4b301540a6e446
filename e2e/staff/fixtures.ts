// Set-up for the stories, straight on the end-to-end database: packages are registered through
// the same use-cases the portal runs, with the seed's factories (prisma/factories.ts), each for a
// teacher of its own, so tests never share a package.
import { createPrismaClient, type Db } from "../../lib/db/client";
import type { IntakeInput } from "../../lib/domain/intake-schema";
import type { Actor } from "../../lib/domain/permissions";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { ALL_DOCUMENTS_PRESENT, makeIntake, makeUniqueTeacher, type PersonSeed } from "../../prisma/factories";
import { e2eDatabaseUrl } from "../support";

let client: Db | undefined;
export function e2eDb(): Db {
  client ??= createPrismaClient(e2eDatabaseUrl(), 3);
  return client;
}

export async function actorByLogin(login: string): Promise<Actor> {
  const user = await e2eDb().user.findUniqueOrThrow({
    where: { login },
    select: { id: true, fullName: true, role: true, organizationId: true, applicantId: true },
  });
  return { userId: user.id, name: user.fullName, role: user.role, organizationId: user.organizationId, applicantId: user.applicantId };
}

/** A walk-in package registered by the clerk: a unique teacher (notified in Russian unless told), every document present. */
export async function registerAtOffice(clerkLogin: string, overrides: Partial<IntakeInput> = {}) {
  const ctx = { db: e2eDb(), now: () => new Date() };
  return registerPackage(ctx, await actorByLogin(clerkLogin), makeIntake({ locale: "ru", ...overrides }));
}

/** A package accepted by the demo State Corporation operator for the clerk's school, forwarded, and registered on arrival by that clerk. */
export async function arriveFromCorp(clerkLogin: string, overrides: Partial<IntakeInput> = {}) {
  const ctx = { db: e2eDb(), now: () => new Date() };
  const clerk = await actorByLogin(clerkLogin);
  const operator = await actorByLogin("operator.aktau1");
  const created = await registerPackage(ctx, operator, makeIntake({ locale: "ru", providerId: clerk.organizationId!, ...overrides }));
  await forwardToProvider(ctx, operator, created.applicationId);
  await registerArrival(ctx, clerk, created.applicationId);
  return created;
}

/** The check taken by whoever the package's version gives it to (an executor at the office, the clerk on the State Corporation route). */
export async function take(executorLogin: string, applicationId: string) {
  await takeForReview({ db: e2eDb(), now: () => new Date() }, await actorByLogin(executorLogin), applicationId);
}

/** A walk-in package registered, taken and accepted at the office: its result waits there to be handed over. */
export async function acceptAtOffice(clerkLogin: string, executorLogin: string, overrides: Partial<IntakeInput> = {}) {
  const created = await registerAtOffice(clerkLogin, overrides);
  await take(executorLogin, created.applicationId);
  await acceptDocuments({ db: e2eDb(), now: () => new Date() }, await actorByLogin(executorLogin), { applicationId: created.applicationId, marks: ALL_DOCUMENTS_PRESENT });
  return created;
}

export async function storedApplication(id: string) {
  return e2eDb().application.findUniqueOrThrow({
    where: { id },
    select: {
      state: true, refusalGroundCodes: true, missingDocumentCodes: true, assignedExecutorId: true, version: true, documents: true,
      resultRecipient: true, isRecipientIdentityChecked: true,
    },
  });
}

// Kept for e2e/fuzz, whose rewrite is under way in another change: new code takes
// makeUniqueTeacher and ALL_DOCUMENTS_PRESENT from prisma/factories.ts.
export const ALL_DOCUMENTS = ALL_DOCUMENTS_PRESENT;
export const uniqueTeacher = (locale: PersonSeed["locale"] = "ru"): PersonSeed => makeUniqueTeacher({ locale });
