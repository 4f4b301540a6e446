"use server";

import { z } from "zod";
import { defineFormAction, type ActionResult } from "@/lib/actions/define-action";
import { confirmSecondFactor as confirm } from "@/lib/auth/second-factor";
import { SECOND_FACTOR_PATH } from "@/lib/auth/second-factor-policy";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log/logger";

export type SecondFactorFormState = ActionResult<{ recoveryCodes: string[] }> | null;

/**
 * The first right code of the secret the enrolment page shows confirms it: from then on signing
 * in asks for a code. The secret itself never comes back from the browser; the recovery codes
 * are shown once, in the answer.
 */
export const confirmSecondFactor = defineFormAction({
  input: z.object({ code: z.string().trim().min(1, { message: "accountSecurity.secondFactor.wrongCode" }).max(20, { message: "accountSecurity.secondFactor.wrongCode" }) }),
  permission: "account.secondFactor",
  // the way through the "enrol a second factor" step (lib/auth/pending-step.ts): an administrator
  // sent to enrol may call it while every other action refuses them
  completes: "enrol-second-factor",
  // drawn again without the secret; the form keeps its answer, the recovery codes
  revalidate: SECOND_FACTOR_PATH,
  run: async ({ code }, { actor }) => {
    const recoveryCodes = await confirm(db(), actor.userId, code, new Date());
    if (!recoveryCodes) throw new AppError("INVALID_INPUT", "accountSecurity.secondFactor.wrongCode", {}, { code: "accountSecurity.secondFactor.wrongCode" });
    log.info("auth.second_factor.enrolled", { userId: actor.userId, role: actor.role });
    return { recoveryCodes };
  },
});
