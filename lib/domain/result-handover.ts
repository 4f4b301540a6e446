// The hand-over of a result (issue 15, item 9): who received it, and that the staff member checked
// the identity document of whoever did. A representative collects with a power of attorney, whose
// number is written down with her name. One schema serves the form and the use-case.
import { z } from "zod";

export const RESULT_RECIPIENTS = ["APPLICANT", "REPRESENTATIVE"] as const;
export type ResultRecipient = (typeof RESULT_RECIPIENTS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .max(max, "errors.fieldTooLong")
    .optional()
    .transform((value) => value?.trim() || null);

/**
 * What the form sends (a ticked box comes as "on"; a crafted call may send `true`), read into the
 * record: the representative's name and power of attorney only for a representative, both then
 * required; the identity check always required, never assumed.
 */
export const handoverSchema = z
  .object({
    recipient: z.enum(RESULT_RECIPIENTS, "resultHandover.errors.recipientRequired"),
    representativeName: optionalText(200),
    powerOfAttorneyNumber: optionalText(60),
    isIdentityChecked: z.preprocess((value) => value === true || value === "on", z.boolean()),
  })
  // checked together, so one refusal names everything missing (a refinement runs only once the fields parse)
  .superRefine((value, context) => {
    if (!value.isIdentityChecked) context.addIssue({ code: "custom", path: ["isIdentityChecked"], message: "resultHandover.errors.identityNotChecked" });
    if (value.recipient !== "REPRESENTATIVE") return;
    if (!value.representativeName) context.addIssue({ code: "custom", path: ["representativeName"], message: "resultHandover.errors.representativeNameRequired" });
    if (!value.powerOfAttorneyNumber) context.addIssue({ code: "custom", path: ["powerOfAttorneyNumber"], message: "resultHandover.errors.powerOfAttorneyRequired" });
  })
  .transform((value) => ({
    recipient: value.recipient,
    representativeName: value.recipient === "REPRESENTATIVE" ? value.representativeName : null,
    powerOfAttorneyNumber: value.recipient === "REPRESENTATIVE" ? value.powerOfAttorneyNumber : null,
    isIdentityChecked: true as const,
  }));

export type HandoverInput = z.input<typeof handoverSchema>;
export type Handover = z.output<typeof handoverSchema>;
