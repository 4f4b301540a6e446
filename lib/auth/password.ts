import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes): ~25 ms a check here.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // a malformed stored hash is a failed sign-in, never a 500 on the sign-in page
    return false;
  }
}

// no 0/O, 1/l/I: read off a terminal or a screen and typed by hand
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/**
 * A password someone else chose for the account (the first administrator's at installation, an
 * administrator's reset): 20 characters in four groups (about 100 bits), typed once, then replaced
 * by its owner (User.mustChangePassword).
 */
export function oneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}
