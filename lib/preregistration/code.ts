import { randomInt } from "node:crypto";

// Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L): read aloud, typed or
// scanned at the counter. 30^8 ≈ 6.6·10^11 codes; they expire, and each is single-use.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 8;

export function generatePreRegistrationCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** "k7q4 m2xp", "K7Q4M2XP" or a scanned "K7Q4-M2XP" all name the same code; null if it cannot be one. */
export function normalizePreRegistrationCode(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[\s-]+/g, "");
  if (compact.length !== LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
