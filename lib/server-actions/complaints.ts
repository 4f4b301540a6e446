"use server";

// The appeal route's two verbs: the teacher files a complaint from her account, the head of the
// provider answers it. Each parses its form, then calls the use-case, which checks the actor, the
// package's scope and the complaint's state again.
import { z } from "zod";
import { defineFormAction, type ActionResult } from "@/lib/actions/define-action";
import { answerComplaint } from "@/lib/complaints/answer-complaint";
import { fileComplaint } from "@/lib/complaints/file-complaint";
import type { WorkflowContext } from "@/lib/db/context";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";

export type ComplaintFormState = ActionResult<{ message: string }> | null;

const context = (): WorkflowContext => ({ db: db(), now: () => new Date() });
const id = z.string().regex(/^[a-z0-9]{10,40}$/i, "errors.notFound");
// the bounds are the use-case's (lib/domain/complaints.ts); this only keeps a request from being huge
const text = z.string().max(20_000, "errors.fieldTooLong").default("");

export const fileComplaintAction = defineFormAction({
  input: z.object({ applicationId: id, text }),
  permission: "complaints.file",
  page: "/applicant",
  revalidate: "/applicant",
  run: async (form, { actor, t, locale }) => {
    const { dueAt } = await fileComplaint(context(), actor, form);
    return { message: t("complaints.file.filed", { due: formatDateTime(dueAt, locale) }) };
  },
});

export const answerComplaintAction = defineFormAction({
  input: z.object({ complaintId: id, text }),
  permission: "complaints.answer",
  page: "/head",
  revalidate: "/head",
  run: async (form, { actor, t }) => {
    await answerComplaint(context(), actor, form);
    return { message: t("complaints.head.answeredNow") };
  },
});
