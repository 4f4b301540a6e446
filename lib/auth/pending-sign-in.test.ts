import { describe, expect, it } from "vitest";
import { PENDING_SIGN_IN_SECONDS, readPendingSignIn, signPendingSignIn } from "./pending-sign-in";

const SECRET = "unit-test-secret-0123456789abcdef";
const now = new Date("2026-11-25T05:00:00Z");
const note = { stage: "code" as const, userId: "user-1", login: "clerk.aktau7", clientKey: "client-a" };

describe("the note between the sign-in form's steps", () => {
  it("reads back what was signed, for the same client, until it expires", () => {
    const token = signPendingSignIn(note, now, SECRET);
    expect(readPendingSignIn(token, "client-a", now, SECRET)).toEqual({ ...note, expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_SECONDS * 1000) });
    expect(readPendingSignIn(token, "client-a", new Date(now.getTime() + PENDING_SIGN_IN_SECONDS * 1000), SECRET)).toBeNull();
  });

  it("is refused from another client, under another key, altered, or as anything else", () => {
    const token = signPendingSignIn(note, now, SECRET);
    expect(readPendingSignIn(token, "client-b", now, SECRET)).toBeNull();
    expect(readPendingSignIn(token, "client-a", now, "another-secret-0123456789abcdef")).toBeNull();
    const [body, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ s: "notice", u: "user-1", l: "clerk.aktau7", c: "client-a", e: 9e9 })).toString("base64url");
    expect(readPendingSignIn(`${forged}.${signature}`, "client-a", now, SECRET)).toBeNull();
    for (const bad of [undefined, 42, "", body, `${token}.x`, "x".repeat(2_000)]) expect(readPendingSignIn(bad, "client-a", now, SECRET)).toBeNull();
  });
});
