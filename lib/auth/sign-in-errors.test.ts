import { describe, expect, it } from "vitest";
import { publicSignInError, readSignInError, SignInError } from "./sign-in-errors";

describe("publicSignInError (what authorize() throws, which next-auth puts into the URL)", () => {
  it("keeps our own codes, with the wait of a rate limit", () => {
    expect(publicSignInError(new SignInError("RATE_LIMITED", 599.2)).message).toBe("RATE_LIMITED:600");
    expect(publicSignInError(new SignInError("SECOND_FACTOR_REQUIRED")).message).toBe("SECOND_FACTOR_REQUIRED");
  });

  it("turns every other error into the generic code: its text never reaches a URL", () => {
    const leaky = new Error('Invalid `prisma.user.findUnique()` invocation: connect ECONNREFUSED 10.0.0.5:5432 login "clerk.aktau7"');
    expect(publicSignInError(leaky).message).toBe("SIGN_IN_FAILED");
    expect(publicSignInError("a string").message).toBe("SIGN_IN_FAILED");
    expect(publicSignInError(undefined).message).toBe("SIGN_IN_FAILED");
  });
});

describe("readSignInError (the sign-in page's ?error=)", () => {
  it("reads the known codes", () => {
    expect(readSignInError("CredentialsSignin")).toEqual({ code: "CredentialsSignin" });
    expect(readSignInError("RATE_LIMITED:600")).toEqual({ code: "RATE_LIMITED", retryAfterMinutes: 10 });
    expect(readSignInError("RATE_LIMITED:1")).toEqual({ code: "RATE_LIMITED", retryAfterMinutes: 1 });
    expect(readSignInError("SIGN_IN_FAILED")).toEqual({ code: "SIGN_IN_FAILED" });
  });

  it("says nothing for anything else", () => {
    for (const value of [undefined, "", "RATE_LIMITED", "RATE_LIMITED:abc", "Invalid `prisma` invocation", "<script>", ["CredentialsSignin"], "constructor"]) {
      expect(readSignInError(value)).toBeNull();
    }
  });
});
