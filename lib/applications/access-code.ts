// The access code of a package: six characters printed on its receipt beside the registration
// number, shown in the teacher's own workspace and sent with the registration notice. The public
// lookup asks for number, IIN and code together, so knowing a teacher's IIN no longer lets anyone
// walk the sequential numbers to her packages: each number hides 31^6 ≈ 8.9·10^8 codes, and the
// lookup's limits allow a few dozen tries an hour.
//
// Stored as is, not hashed: the receipt is drawn again whenever it is downloaded and the workspace
// shows the code, so the portal must be able to read it back; and it guards nothing the same row
// does not already hold (whoever reads the table reads the package itself). What keeps it from
// being guessed is its length and the limits, not the secrecy of its stored form.
import { randomInt } from "node:crypto";

/** The pre-registration code's alphabet: no 0/O, no 1/I/L, so it can be read aloud and typed. */
export const ACCESS_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const ACCESS_CODE_LENGTH = 6;
export const ACCESS_CODE_PATTERN = new RegExp(`^[${ACCESS_CODE_ALPHABET}]{${ACCESS_CODE_LENGTH}}$`);

/** A new code from the operating system's cryptographic random source, every character equally likely. */
export function generateAccessCode(): string {
  return Array.from({ length: ACCESS_CODE_LENGTH }, () => ACCESS_CODE_ALPHABET[randomInt(ACCESS_CODE_ALPHABET.length)]).join("");
}

// A Kazakh or Russian keyboard types these Cyrillic letters for the Latin ones they look like.
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: "A", В: "B", С: "C", Е: "E", Н: "H", К: "K", М: "M", Р: "P", Т: "T", Х: "X", У: "Y", З: "3",
};

/**
 * The code as typed ("k7m q2p", "K7M-Q2P", Cyrillic "К7М Q2Р") in its stored form, or what was
 * typed, upper-cased, when it cannot be a code (the schema then refuses it).
 */
export function normalizeAccessCode(typed: string): string {
  return [...typed.toUpperCase().replace(/[\s\-–—.]+/g, "")].map((c) => CYRILLIC_LOOKALIKES[c] ?? c).join("");
}

/** For print and screen: two groups of three, "K7M Q2P", easier to read out over the phone. */
export function formatAccessCode(code: string): string {
  return code.length === ACCESS_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
