// Set-up for staff stories: packages are created through the same use-cases the portal runs,
// straight on the end-to-end database, each with its own teacher so tests never share a package.
import { randomInt } from "node:crypto";
import { createPrismaClient, type Db } from "../../lib/db/client";
import { makeIin } from "../../lib/domain/identity";
import type { Actor } from "../../lib/domain/permissions";
import type { IntakeInput } from "../../lib/domain/intake-schema";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
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

/** A teacher nobody else uses: a fresh valid IIN and a recognisable surname. */
export function uniqueTeacher(locale: "kk" | "ru" | "en" = "ru") {
  const serial = randomInt(0, 10_000);
  const surname = `Тестова${randomInt(100_000, 999_999)}`;
  return {
    iin: makeIin(`19${randomInt(70, 99)}-0${randomInt(1, 9)}-1${randomInt(0, 9)}`, "FEMALE", serial),
    lastName: surname,
    firstName: "Айгүл",
    middleName: "Серікқызы",
    phone: "+7 701 234 56 78",
    locale,
  };
}

export const ALL_DOCUMENTS = {
  APPLICATION_FORM: "PRESENT",
  IDENTITY_DOCUMENT: "PRESENT",
  EDUCATION_DIPLOMA: "PRESENT",
  TRAINING_CERTIFICATE: "PRESENT",
  EMPLOYMENT_RECORD: "PRESENT",
} as const;

export async function registerAtOffice(clerkLogin: string, overrides: Partial<IntakeInput> = {}) {
  const ctx = { db: e2eDb(), now: () => new Date() };
  const teacher = uniqueTeacher();
  const registered = await registerPackage(ctx, await actorByLogin(clerkLogin), {
    ...teacher,
    purpose: "ASSIGN",
    categorySought: "FIRST",
    documents: { ...ALL_DOCUMENTS },
    ...overrides,
  });
  return { ...registered, teacher };
}

export async function take(executorLogin: string, applicationId: string) {
  await takeForReview({ db: e2eDb(), now: () => new Date() }, await actorByLogin(executorLogin), applicationId);
}

export async function storedApplication(id: string) {
  return e2eDb().application.findUniqueOrThrow({
    where: { id },
    select: { state: true, refusalGroundCodes: true, missingDocumentCodes: true, assignedExecutorId: true, version: true, documents: true },
  });
}
