// What a log line must never carry: a person's IIN, e-mail address or phone number. Errors bring
// them in unasked (a Prisma error quotes the query's arguments, a zod issue the input), so every
// string of a line is masked on its way out, keys and stacks included, whatever put it there.

const EMAIL = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// an IIN is 12 digits; any longer run of digits may hold one, so it goes too
const DIGIT_RUN = /\d{12,}/g;
// an IIN typed from a printed card: groups of digits split by single spaces or dashes
const GROUPED_DIGITS = /\d+(?:[ -]\d+)+/g;
const countDigits = (text: string) => text.replace(/\D/g, "").length;
// any number written with its country code: a "+", then at least 9 digits among spaces, dashes, brackets
const INTERNATIONAL_PHONE = /\+\d(?:[\s\-()]*\d){8,}/g;
// Kazakhstan's numbers written at home: every one starts 7xx after the 8 or 7 of the country
// (8 (701) 234-56-78, 87012345678, 701 234 56 78, the Aktau line 7292 …)
const LOCAL_PHONE = /(?:[78][\s-]*)?\(?7\d\d\)?[\s-]*\d{3}[\s-]*\d\d[\s-]*\d\d/g;

export const MASK = { iin: "[iin]", email: "[email]", phone: "[phone]" } as const;

export function redactText(text: string): string {
  return text
    .replace(EMAIL, MASK.email)
    .replace(DIGIT_RUN, MASK.iin)
    .replace(GROUPED_DIGITS, (match) => (countDigits(match) >= 12 ? MASK.iin : match))
    .replace(INTERNATIONAL_PHONE, MASK.phone)
    .replace(LOCAL_PHONE, MASK.phone);
}

const MAX_DEPTH = 8;
const MAX_STRING = 8_000;

function redactString(text: string): string {
  const masked = redactText(text);
  return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}… (${masked.length - MAX_STRING} more characters)` : masked;
}

/**
 * A JSON-safe copy of any value with every string masked: objects and arrays deeply, errors as
 * { name, message, stack, code, meta, cause }, bigints and dates as strings, cycles cut.
 */
export function redactValue(value: unknown): unknown {
  return copy(value, 0, new WeakSet());
}

function copy(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return redactString(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return value;
  // a number can be an IIN too (a column read as bigint, an id typed as a number)
  if (typeof value === "bigint") return redactString(value.toString());
  if (typeof value === "symbol" || typeof value === "function") return `[${typeof value}]`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  seen.add(value);
  try {
    if (value instanceof Error) return copyError(value, depth, seen);
    if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1, seen));
    if (value instanceof Map) return copy(Object.fromEntries(value), depth, seen);
    if (value instanceof Set) return copy([...value], depth, seen);
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[redactString(key)] = copy(item, depth + 1, seen);
    return result;
  } finally {
    seen.delete(value);
  }
}

function copyError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const extra = error as Error & { code?: unknown; meta?: unknown; digest?: unknown };
  const result: Record<string, unknown> = { name: error.name, message: redactString(error.message) };
  if (extra.code !== undefined) result.code = copy(extra.code, depth + 1, seen);
  if (extra.digest !== undefined) result.digest = copy(extra.digest, depth + 1, seen);
  if (extra.meta !== undefined) result.meta = copy(extra.meta, depth + 1, seen);
  if (error.stack) result.stack = redactString(error.stack);
  if (error.cause !== undefined) result.cause = copy(error.cause, depth + 1, seen);
  return result;
}
