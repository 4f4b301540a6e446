// What a zod issue says to the user. Our schemas give message keys as their messages
// (`.min(1, "errors.fieldRequired")`); zod's own text ("Invalid input: expected date, received
// Date", "Invalid key in record") is no key of ours. Translating it made the translator throw and
// the request answer 500, so every issue goes through `messageKeyOfIssue`: a key only if the
// dictionary has it, otherwise the generic "invalid input", in the asked language.
import type { z } from "zod";
import { AppError } from "./errors";
import { MESSAGES } from "./i18n/messages";
import { lookupMessage, type MessageKey } from "./i18n/translate";

export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The generic refusal of input that does not parse; a field's message when the schema gave none of ours. */
export const INVALID_INPUT_KEY = "errors.invalidInput" satisfies MessageKey;

/** Kazakh is the source dictionary; ru and en are typed against it, so a key of kk is a key of all three. */
export function isMessageKey(text: unknown): text is MessageKey {
  return typeof text === "string" && lookupMessage(MESSAGES.kk, text) !== undefined;
}

export function messageKeyOfIssue(issue: Pick<Issue, "message">): MessageKey {
  return isMessageKey(issue.message) ? issue.message : INVALID_INPUT_KEY;
}

/** One message key per field ("form" for an issue of the whole input); a field's first issue wins. */
export function fieldErrorsOf(issues: readonly Issue[]): Record<string, MessageKey> {
  const fieldErrors: Record<string, MessageKey> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    // Object.hasOwn: a field named "constructor" or "__proto__" is a field like any other
    if (!Object.hasOwn(fieldErrors, field)) Object.defineProperty(fieldErrors, field, { value: messageKeyOfIssue(issue), enumerable: true, writable: true, configurable: true });
  }
  return fieldErrors;
}

/** The refusal of input that does not parse, with a message key for each field at fault. */
export function invalidInputError(issues: readonly Issue[], messageKey: MessageKey = INVALID_INPUT_KEY): AppError {
  return new AppError("INVALID_INPUT", messageKey, {}, fieldErrorsOf(issues));
}

/** The parsed value, or an INVALID_INPUT AppError naming the fields (never a bare ZodError). */
export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, messageKey: MessageKey = INVALID_INPUT_KEY): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInputError(parsed.error.issues, messageKey);
  return parsed.data;
}
