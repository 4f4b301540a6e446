"use server";

// Staff mutations. Each parses its input with zod, then calls the use-case, which checks the
// actor, the state and the scope again: server actions are public endpoints.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/actions/action-result";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { findPreRegistrationForIntake } from "@/lib/preregistration/pre-registration";
import { getTranslator } from "@/lib/i18n/server";
import { acceptDocuments } from "@/lib/workflow/accept-documents";
import type { WorkflowContext } from "@/lib/db/context";
import { SIMPLE_ACTIONS, isSimpleAction } from "@/lib/workflow/perform-action";
import { refuseDocuments } from "@/lib/workflow/refuse-documents";
import { registerPackage } from "@/lib/workflow/register-package";
import { intakeFormSchema } from "@/lib/workflow/intake-form";

const context = (): WorkflowContext => ({ db: db(), now: () => new Date() });

async function signedInActor() {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.forbidden");
  return actor;
}

/** Arguments of the wrong shape are the caller's mistake, answered like any invalid form. */
function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
  return parsed.data;
}

const transitionInput = z.object({
  applicationId: z.string().min(1).max(40),
  action: z.string().max(40),
  expectedVersion: z.number().int().nonnegative().optional(),
});

export async function runTransition(input: z.input<typeof transitionInput>): Promise<ActionResult<{ state: string }>> {
  const { t, locale } = await getTranslator();
  try {
    const parsed = parseInput(transitionInput, input);
    if (!isSimpleAction(parsed.action)) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    const result = await SIMPLE_ACTIONS[parsed.action](context(), await signedInActor(), parsed.applicationId, parsed.expectedVersion);
    revalidatePath("/", "layout");
    return { ok: true, data: { state: result.to } };
  } catch (error) {
    return actionFailure(error, t, locale);
  }
}

const decisionInput = z.object({
  applicationId: z.string().min(1).max(40),
  expectedVersion: z.number().int().nonnegative().optional(),
  marks: z.record(z.string().max(60), z.enum(["PRESENT", "MISSING", "UNREADABLE"])),
  decision: z.enum(["ACCEPT", "REFUSE"]),
  groundCodes: z.array(z.string().max(60)).max(20).default([]),
  missingCodes: z.array(z.string().max(60)).max(40).default([]),
  note: z.string().max(2000).optional(),
});

export async function decide(input: z.input<typeof decisionInput>): Promise<ActionResult<{ state: string }>> {
  const { t, locale } = await getTranslator();
  try {
    const parsed = parseInput(decisionInput, input);
    const actor = await signedInActor();
    const result =
      parsed.decision === "ACCEPT"
        ? await acceptDocuments(context(), actor, parsed)
        : await refuseDocuments(context(), actor, { ...parsed, note: parsed.note?.trim() || undefined });
    revalidatePath("/", "layout");
    return { ok: true, data: { state: result.to } };
  } catch (error) {
    return actionFailure(error, t, locale);
  }
}

export type IntakeActionState = ActionResult<{ applicationId: string; registrationNumber: string }> | null;

export async function registerIntake(_previous: IntakeActionState, formData: FormData): Promise<IntakeActionState> {
  const { t, locale } = await getTranslator();
  try {
    if (!(formData instanceof FormData)) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    const parsed = intakeFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    const documents = Object.fromEntries(formData.getAll("documents").map((code) => [String(code), "PRESENT" as const]));
    const registered = await registerPackage(context(), await signedInActor(), { ...parsed.data, documents });
    revalidatePath("/", "layout");
    return { ok: true, data: registered };
  } catch (error) {
    return actionFailure(error, t, locale);
  }
}

const iinInput = z.string().regex(/^\d{12}$/);

/** The clerk types an IIN: a known applicant's details come back to fill the form. */
export async function lookupApplicant(
  iin: string,
): Promise<{ lastName: string; firstName: string; middleName: string | null; phone: string | null; email: string | null; locale: string } | null> {
  const actor = await currentActor();
  if (!actor || !can(actor, "applicants.lookup")) return null;
  const parsed = iinInput.safeParse(iin);
  if (!parsed.success) return null;
  return db().applicant.findUnique({
    where: { iin: parsed.data },
    select: { lastName: true, firstName: true, middleName: true, phone: true, email: true, locale: true },
  });
}

export type Prefill = Awaited<ReturnType<typeof findPreRegistrationForIntake>>;

/** The clerk or operator enters (or scans) a teacher's pre-registration code. */
export async function prefillFromCode(code: string): Promise<Prefill> {
  const actor = await currentActor();
  if (!actor || !can(actor, "applications.intake")) return null;
  const parsed = z.string().trim().min(4).max(20).safeParse(code);
  return parsed.success ? findPreRegistrationForIntake(db(), parsed.data) : null;
}
