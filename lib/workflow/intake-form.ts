import { z } from "zod";

/**
 * The intake form's flat fields as FormData sends them (strings); `registerPackage` validates
 * the values themselves (IIN check digit, phone, categories) and reports field errors.
 */
export const intakeFormSchema = z.object({
  iin: z.string().max(40),
  lastName: z.string().max(200),
  firstName: z.string().max(200),
  middleName: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(200).optional(),
  locale: z.enum(["kk", "ru", "en"]),
  purpose: z.enum(["ASSIGN", "CONFIRM"]),
  categorySought: z.string().max(40),
  categoryHeld: z.string().max(40).optional(),
  providerId: z.string().max(40).optional(),
  intakeStartedAt: z.string().max(40).optional(),
  preRegistrationCode: z.string().max(20).optional(),
});
