"use server";

import { z } from "zod";
import { defineFormAction, type ActionResult } from "@/lib/actions/define-action";
import { acceptTotpCode } from "@/lib/auth/second-factor";
import { SECOND_FACTOR_PATH } from "@/lib/auth/second-factor-policy";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log/logger";

export type SecondFactorFormState = ActionResult<{ isConfirmed: true }> | null;

/**
 * The first right code of the secret the enrolment page shows confirms it: from then on signing
 * in asks for a code. The secret itself never comes back from the browser.
 */
export const confirmSecondFactor = defineFormAction({
  input: z.object({ code: z.string().trim().min(1, { message: "accountSecurity.secondFactor.wrongCode" }).max(20, { message: "accountSecurity.secondFactor.wrongCode" }) }),
  permission: "account.secondFactor",
  revalidate: SECOND_FACTOR_PATH,
  run: async ({ code }, { actor }) => {
    if (!(await acceptTotpCode(db(), actor.userId, code, new Date(), { pending: true }))) {
      throw new AppError("INVALID_INPUT", "accountSecurity.secondFactor.wrongCode", {}, { code: "accountSecurity.secondFactor.wrongCode" });
    }
    log.info("auth.second_factor.enrolled", { userId: actor.userId, role: actor.role });
    return { isConfirmed: true as const };
  },
});
