// One schema serves the intake form (clerk and State Corporation operator) and the use-case.
import { z } from "zod";
import { DOCUMENT_MARKS } from "./completeness";
import { normalizePhone } from "./identity";
import { CONTACT_CHOICES } from "./package-contacts";
import { personNameProblem, teacherIinProblem } from "./teacher-identity";
import { toLocalDate } from "./working-calendar";
import { LOCALES } from "../i18n/locales";

const nameOfLetters = (value: string, context: z.RefinementCtx) => {
  const problem = personNameProblem(value);
  if (problem) context.addIssue({ code: "custom", message: problem });
};
const name = z.string().trim().min(1, "errors.fieldRequired").max(200, "errors.fieldTooLong").superRefine(nameOfLetters);

export const intakeSchema = z.object({
  iin: z
    .string()
    .transform((value) => value.replace(/\s+/g, ""))
    // the clock of the day the form is sent: an IIN of someone under 18 today is a typing error
    .superRefine((value, context) => {
      const problem = teacherIinProblem(value, toLocalDate(new Date()));
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  lastName: name,
  firstName: name,
  middleName: z
    .string()
    .trim()
    .max(200, "errors.fieldTooLong")
    .optional()
    .transform((v) => v || undefined)
    .superRefine((value, context) => {
      if (value !== undefined) nameOfLetters(value, context);
    }),
  phone: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value?.trim()) return undefined;
      const normalized = normalizePhone(value);
      if (!normalized) context.addIssue({ code: "custom", message: "errors.invalidPhone" });
      return normalized ?? undefined;
    }),
  email: z.string().trim().email("errors.invalidEmail").max(200).optional().or(z.literal("").transform(() => undefined)),
  locale: z.enum(LOCALES).default("kk"),
  /** this package's contacts: the ones typed above, or the teacher's record's ("onFile", phone, e-mail and language alike) */
  contacts: z.enum(CONTACT_CHOICES).default("given"),
  purpose: z.enum(["ASSIGN", "CONFIRM"]),
  categorySought: z.string().min(1, "errors.fieldRequired").max(40),
  categoryHeld: z.string().max(40).optional().transform((v) => v || undefined),
  documents: z.record(z.string().max(60), z.enum(DOCUMENT_MARKS)),
  /** State Corporation only: the provider the package goes to */
  providerId: z.string().max(40).optional(),
  /** when the visitor was taken: the 20-minute norm runs from here (the server's stamp, read by the action; within one shift) */
  intakeStartedAt: z.coerce.date().optional(),
  previousApplicationId: z.string().max(40).optional(),
  /** the code of an online pre-registration this intake completes (used once) */
  preRegistrationCode: z.string().trim().max(20).optional().transform((v) => v || undefined),
});

export type IntakeInput = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema>;
