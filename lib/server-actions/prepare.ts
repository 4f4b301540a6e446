"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction, type ActionResult } from "@/lib/actions/define-action";
import { db } from "@/lib/db/prisma";
import { createPreRegistration } from "@/lib/preregistration/pre-registration";

/** What the form shows: nothing sent yet, or the refusal (a success leads to the code's page). */
export type PrepareFormState = ActionResult<never> | null;

/** The form's fields as text (an empty input as ""); createPreRegistration judges the values and names the fields at fault. */
const field = z.string().max(300).default("");
const prepareForm = z.object({
  iin: field,
  lastName: field,
  firstName: field,
  middleName: field,
  phone: field,
  email: field,
  locale: field,
  purpose: field,
  categorySought: field,
  categoryHeld: field,
  providerId: field,
});

/** The teacher's own application data, saved as a pre-registration; the code's page follows. */
export const prepareApplication = defineFormAction({
  input: prepareForm,
  permission: "applications.prepare",
  page: "/applicant/prepare",
  run: async (input, { actor }) => {
    const { code } = await createPreRegistration(db(), actor, input);
    redirect(`/applicant/prepare/${code}`);
  },
});
