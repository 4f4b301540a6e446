import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "./signed-token";

const SECRET = "unit-test-secret-0123456789abcdef";
const issuedAt = new Date("2026-11-25T05:00:00Z");
const receipt = () => signToken({ kind: "receipt", applicationId: "cmabc123def456ghi789jkl0", issuedAt }, SECRET);

describe("document verification token", () => {
  it("round-trips its claims", () => {
    expect(verifyToken(receipt(), SECRET, ["receipt"])).toEqual({
      kind: "receipt",
      applicationId: "cmabc123def456ghi789jkl0",
      issuedAt,
      expiresAt: null,
    });
  });

  it("rejects a token whose payload was altered, even by one character", () => {
    const token = receipt();
    const [kind, id, issued, signature] = token.split(".") as [string, string, string, string];
    expect(verifyToken([kind, id.replace("jkl0", "jkl1"), issued, signature].join("."), SECRET, ["receipt"])).toBeNull();
    expect(verifyToken(["f", id, issued, signature].join("."), SECRET, ["receipt", "refusal"])).toBeNull();
    expect(verifyToken([kind, id, (parseInt(issued, 36) + 1).toString(36), signature].join("."), SECRET, ["receipt"])).toBeNull();
  });

  it("is short enough to print on one line and keep the QR code coarse", () => {
    expect(receipt().length).toBeLessThan(64);
  });

  it("rejects a tampered or truncated signature and garbage", () => {
    const token = receipt();
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyToken(token.slice(0, -1) + last, SECRET, ["receipt"])).toBeNull();
    expect(verifyToken(token.slice(0, -2), SECRET, ["receipt"])).toBeNull();
    expect(verifyToken("not-a-token", SECRET, ["receipt"])).toBeNull();
    expect(verifyToken("", SECRET, ["receipt"])).toBeNull();
  });

  it("rejects a token signed with another secret", () => {
    expect(verifyToken(signToken({ kind: "receipt", applicationId: "x1", issuedAt }, "another-secret-0123456789"), SECRET, ["receipt"])).toBeNull();
  });

  it("rejects a token of another kind: a status view is not a receipt", () => {
    const status = signToken({ kind: "status", applicationId: "x1", issuedAt, expiresAt: new Date(issuedAt.getTime() + 60_000) }, SECRET);
    expect(verifyToken(status, SECRET, ["receipt", "refusal"], issuedAt)).toBeNull();
    expect(verifyToken(status, SECRET, ["status"], issuedAt)?.applicationId).toBe("x1");
  });

  it("rejects an expired token", () => {
    const expiresAt = new Date(issuedAt.getTime() + 30 * 60_000);
    const status = signToken({ kind: "status", applicationId: "x1", issuedAt, expiresAt }, SECRET);
    expect(verifyToken(status, SECRET, ["status"], new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(verifyToken(status, SECRET, ["status"], expiresAt)).toBeNull();
  });
});
