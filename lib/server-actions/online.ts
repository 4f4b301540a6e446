"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/prisma";
import { transportsFromEnv } from "@/lib/notifications/transports";
import { requestSubmissionCode } from "@/lib/online/submission-code";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";

/** The words under the button: where the code went, or when to ask again. */
export type SubmissionCodeState = { destination: string; minutes: number } | { retryAfterMinutes: number };

/** A one-time code to confirm the online application, sent to the teacher's contacts on file (limited per account and client). */
export const requestSubmissionCodeAction = defineAction({
  input: z.object({}).strict(),
  permission: "applications.submitOnline",
  run: async (_input, { actor }): Promise<SubmissionCodeState> => {
    const answer = await requestSubmissionCode(db(), transportsFromEnv(db()), { userId: actor.userId, clientKey: clientKeyFrom(await headers()) }, new Date());
    return answer.kind === "sent" ? { destination: answer.destination, minutes: answer.minutes } : { retryAfterMinutes: Math.ceil(answer.retryAfterSeconds / 60) };
  },
});
