"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { createPreRegistration } from "@/lib/preregistration/pre-registration";

export interface PrepareFormState {
  message: string | null;
  fieldErrors: Record<string, string>;
}

const FIELDS = ["iin", "lastName", "firstName", "middleName", "phone", "email", "locale", "purpose", "categorySought", "categoryHeld", "providerId"] as const;

export async function prepareApplication(_previous: PrepareFormState, formData: FormData): Promise<PrepareFormState> {
  const actor = await requirePermission("applications.prepare", "/applicant/prepare");
  const { t } = await getTranslator();
  // a crafted request may pass anything as the form: it reads as an empty one
  const form = formData instanceof FormData ? formData : new FormData();
  const input = Object.fromEntries(FIELDS.map((field) => [field, String(form.get(field) ?? "").slice(0, 300)]));
  let code: string;
  try {
    ({ code } = await createPreRegistration(db(), actor, input));
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      message: t(error.messageKey, error.params),
      fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key!)])),
    };
  }
  redirect(`/applicant/prepare/${code}`);
}
