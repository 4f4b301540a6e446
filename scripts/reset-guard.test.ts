import { describe, expect, it } from "vitest";
import { ALLOW_REMOTE_RESET, decideReset, isLocalHost } from "./reset-guard";

describe("resetting a database", () => {
  it.each([
    "postgresql://postgres:postgres@127.0.0.1:54329/sanat",
    "postgresql://postgres@localhost:5432/sanat_e2e",
    "postgresql://postgres@[::1]:5432/sanat",
    "postgresql://postgres@127.0.1.1/sanat",
    "postgresql:///sanat?host=/var/run/postgresql",
    "postgresql://%2Fvar%2Frun%2Fpostgresql/sanat",
    "postgresql://remote.example.kz/sanat?host=/tmp",
  ])("goes ahead on this machine: %s", (url) => {
    expect(decideReset(url, {})).toEqual({ isAllowed: true });
  });

  it.each([
    "postgresql://sanat:secret@db.example.kz:5432/sanat",
    "postgresql://sanat@10.0.0.5/sanat",
    "postgresql://sanat@[2001:db8::1]:5432/sanat",
    "postgresql://localhost/sanat?host=db.example.kz",
    "postgresql://localhost,db.example.kz/sanat",
    "postgresql://127.0.0.1.example.kz/sanat",
    "postgres://a%zz/sanat",
  ])("is refused elsewhere, saying where and how to insist: %s", (url) => {
    const decision = decideReset(url, {});
    expect(decision.isAllowed).toBe(false);
    if (decision.isAllowed) return;
    expect(decision.message).toMatch(/^Refusing to reset the database at .+: it is not on this machine/);
    expect(decision.message).toContain(`${ALLOW_REMOTE_RESET}=1`);
    expect(decision.message, "no password in the message").not.toContain("secret");
  });

  it("goes ahead elsewhere only when SANAT_ALLOW_REMOTE_RESET is 1", () => {
    const remote = "postgresql://sanat@db.example.kz/sanat";
    expect(decideReset(remote, { [ALLOW_REMOTE_RESET]: "1" })).toEqual({ isAllowed: true });
    for (const value of ["", "0", "yes", "true"]) expect(decideReset(remote, { [ALLOW_REMOTE_RESET]: value }).isAllowed, value).toBe(false);
  });

  it("reads PGHOST when the URL names no host, as node-postgres does", () => {
    expect(decideReset("postgresql:///sanat", {}).isAllowed).toBe(true);
    expect(decideReset("postgresql:///sanat", { PGHOST: "db.example.kz" }).isAllowed).toBe(false);
    expect(decideReset("postgresql:///sanat", { PGHOST: "/run/postgresql" }).isAllowed).toBe(true);
  });

  it("refuses what is not a URL, since where it points cannot be told", () => {
    const decision = decideReset("host=db.example.kz dbname=sanat", {});
    expect(decision).toMatchObject({ isAllowed: false, message: expect.stringContaining("not a URL") });
    expect(decideReset("host=db.example.kz dbname=sanat", { [ALLOW_REMOTE_RESET]: "1" }).isAllowed).toBe(true);
  });

  it("knows the loopback names", () => {
    for (const host of ["localhost", "127.0.0.1", "127.255.0.9", "::1", "/tmp"]) expect(isLocalHost(host), host).toBe(true);
    for (const host of ["localhost.example.kz", "128.0.0.1", "0.0.0.0", "::2", "db"]) expect(isLocalHost(host), host).toBe(false);
  });
});
