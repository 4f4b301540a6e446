// A complaint's or an answer's text as the use-cases take it: within its bounds, or refused with
// the field named and the bounds told in the reader's language.
import { normalizedText, textProblem } from "../domain/complaints";
import { AppError } from "../errors";

export function checkedText(text: string, bounds: { min: number; max: number }, field: string): string {
  const problem = textProblem(text, bounds);
  if (problem === "tooShort") throw new AppError("INVALID_INPUT", "complaints.errors.textRequired", { min: bounds.min }, { [field]: "errors.fieldRequired" });
  if (problem === "tooLong") throw new AppError("INVALID_INPUT", "complaints.errors.textTooLong", { max: bounds.max }, { [field]: "errors.fieldTooLong" });
  return normalizedText(text);
}

/** A unique violation of the one-open-complaint index: a second filing raced the first. */
export function isOpenComplaintTaken(error: unknown): boolean {
  const candidate = error as { code?: string; meta?: { target?: unknown }; message?: string };
  return candidate?.code === "P2002" || /Complaint_one_open_per_application/.test(String(candidate?.message ?? ""));
}
