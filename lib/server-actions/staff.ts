"use server";

// Staff mutations and look-ups. Each parses its input with zod (lib/actions/define-action.ts), then
// calls the use-case, which checks the actor, the state and the scope again: server actions are
// public endpoints.
import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { lookUpApplicant } from "@/lib/applicants/lookup-applicant";
import { db } from "@/lib/db/prisma";
import { documentSecret } from "@/lib/documents/signed-token";
import { AppError } from "@/lib/errors";
import { findPreRegistrationForIntake } from "@/lib/preregistration/pre-registration";
import { acceptDocuments } from "@/lib/workflow/accept-documents";
import type { WorkflowContext } from "@/lib/db/context";
import { intakeStartFromStamp } from "@/lib/workflow/intake-clock";
import { intakeFormSchema } from "@/lib/workflow/intake-form";
import { issueResult } from "@/lib/workflow/issue-result";
import { SIMPLE_ACTIONS, isSimpleAction } from "@/lib/workflow/perform-action";
import { refuseDocuments } from "@/lib/workflow/refuse-documents";
import { takeInPackage } from "@/lib/workflow/register-package";

const context = (): WorkflowContext => ({ db: db(), now: () => new Date() });

const transitionInput = z.object({
  applicationId: z.string().min(1).max(40),
  action: z.string().max(40),
  expectedVersion: z.number().int().nonnegative().optional(),
});

export const runTransition = defineAction({
  input: transitionInput,
  revalidate: "/",
  run: async ({ applicationId, action, expectedVersion }, { actor }) => {
    if (!isSimpleAction(action)) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    const result = await SIMPLE_ACTIONS[action](context(), actor, applicationId, expectedVersion);
    return { state: result.to };
  },
});

const decisionInput = z.object({
  applicationId: z.string().min(1).max(40),
  expectedVersion: z.number().int().nonnegative().optional(),
  marks: z.record(z.string().max(60), z.enum(["PRESENT", "MISSING", "UNREADABLE"])),
  decision: z.enum(["ACCEPT", "REFUSE"]),
  groundCodes: z.array(z.string().max(60)).max(20).default([]),
  missingCodes: z.array(z.string().max(60)).max(40).default([]),
  note: z.string().max(2000).optional(),
});

export const decide = defineAction({
  input: decisionInput,
  revalidate: "/",
  run: async (input, { actor }) => {
    const result =
      input.decision === "ACCEPT"
        ? await acceptDocuments(context(), actor, input)
        : await refuseDocuments(context(), actor, { ...input, note: input.note?.trim() || undefined });
    return { state: result.to };
  },
});

export const registerIntake = defineFormAction({
  input: intakeFormSchema,
  revalidate: "/",
  run: (input, { actor }) => {
    const ctx = context();
    // the start is the server's: the page's signed stamp, or (none, forged, another's, stale) now
    const stamp = input.intakeStartedAt;
    const intakeStartedAt = stamp ? (intakeStartFromStamp(stamp, actor.userId, ctx.now(), documentSecret()) ?? undefined) : undefined;
    // an incomplete package may be refused at the counter (the version's incompleteAtCounter)
    return takeInPackage(ctx, actor, { ...input, intakeStartedAt });
  },
});

/**
 * The hand-over of a result, from its form: the fields as FormData sends them; `issueResult`
 * validates who received it and the identity check, and names the fields at fault.
 */
const handoverForm = z.object({
  applicationId: z.string().min(1).max(40),
  expectedVersion: z.coerce.number().int().nonnegative().optional(),
  recipient: z.string().max(40).optional(),
  representativeName: z.string().max(400).optional(),
  powerOfAttorneyNumber: z.string().max(200).optional(),
  isIdentityChecked: z.string().max(10).optional(),
});

export const issueResultAction = defineFormAction({
  input: handoverForm,
  revalidate: "/",
  run: async ({ applicationId, expectedVersion, ...handover }, { actor }) => {
    const result = await issueResult(context(), actor, { applicationId, expectedVersion, handover: handover as never });
    return { state: result.to };
  },
});

export type IssueResultActionState = Awaited<ReturnType<typeof issueResultAction>> | null;

export type IntakeActionState = Awaited<ReturnType<typeof registerIntake>> | null;

/** The clerk types an IIN: a teacher on file comes back by name, her contacts masked (audited, limited). */
export const lookupApplicant = defineAction({
  input: z.string().regex(/^\d{12}$/),
  permission: "applicants.lookup",
  run: (iin, { actor }) => lookUpApplicant(db(), actor, iin, new Date()),
});

/** The clerk or operator enters (or scans) a teacher's pre-registration code. */
export const prefillFromCode = defineAction({
  input: z.string().trim().min(4).max(20),
  permission: "applications.intake",
  run: (code) => findPreRegistrationForIntake(db(), code),
});

export type Prefill = Awaited<ReturnType<typeof findPreRegistrationForIntake>>;
