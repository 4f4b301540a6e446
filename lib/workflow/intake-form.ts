import { z } from "zod";
import { CONTACT_CHOICES } from "../domain/package-contacts";

/** A checkbox list: one ticked box comes as text, several as a list of texts. */
const ticked = z
  .union([z.string(), z.array(z.string()).max(100)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/**
 * The intake form's fields as FormData sends them (text; `documents` once per ticked box), read
 * into `registerPackage`'s input, which validates the values themselves (IIN check digit, phone,
 * categories, document codes) and reports field errors.
 */
export const intakeFormSchema = z
  .object({
    iin: z.string().max(40),
    lastName: z.string().max(200),
    firstName: z.string().max(200),
    middleName: z.string().max(200).optional(),
    phone: z.string().max(40).optional(),
    email: z.string().max(200).optional(),
    // absent when the package keeps the contacts on file (their language too)
    locale: z.enum(["kk", "ru", "en"]).optional(),
    contacts: z.enum(CONTACT_CHOICES).optional(),
    purpose: z.enum(["ASSIGN", "CONFIRM"]),
    categorySought: z.string().max(40),
    categoryHeld: z.string().max(40).optional(),
    providerId: z.string().max(40).optional(),
    /** the intake page's signed stamp of when it was opened (lib/workflow/intake-clock.ts), not a time the client chooses */
    intakeStartedAt: z.string().max(40).optional(),
    preRegistrationCode: z.string().max(20).optional(),
    documents: ticked,
  })
  .transform(({ documents, ...fields }) => ({ ...fields, documents: Object.fromEntries(documents.map((code) => [code, "PRESENT" as const])) }));
