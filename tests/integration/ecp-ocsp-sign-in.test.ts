// Signing in with a digital signature where an OCSP responder is configured (SANAT_ECP_OCSP_URL):
// the responder's "revoked" refuses, and a responder that cannot be reached refuses too (fail
// closed), as a security event; "good" lets the teacher in. The responder is an HTTP server in
// the test, signing with the test CA.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorizeEcp, EcpSignInError } from "../../lib/auth/ecp/authorize";
import { issueEcpChallenge } from "../../lib/auth/ecp/challenge";
import { signCms, TestCa, type TestKeyHolder } from "../../lib/auth/ecp/test-ca.test-support";
import { log } from "../../lib/log/logger";
import { createTeacherAccount, makeUniqueTeacher } from "../../prisma/factories";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const now = new Date();
const CLIENT = "ip:127.0.0.29";
let ca: TestCa;
let server: http.Server;
let url: string;
const revokedKeys: TestKeyHolder[] = [];

beforeAll(async () => {
  ca = await TestCa.create("Sanat OCSP Integration");
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const der = await ca.ocspResponse(new Uint8Array(Buffer.concat(chunks)), { revoked: revokedKeys.map((key) => key.certificate) });
      response.writeHead(200, { "Content-Type": "application/ocsp-response" }).end(Buffer.from(der));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ocsp`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function attempt(iin: string, key: TestKeyHolder, ocspUrl: string) {
  const issued = await issueEcpChallenge(testDb.db, CLIENT, now);
  if (!issued) throw new Error("no challenge was issued");
  const cms = await signCms(key, new TextEncoder().encode(issued.challenge), { detached: true, chain: [ca.intermediate.certificate] });
  return authorizeEcp(testDb.db, { iin, challenge: issued.challenge, cms }, { clientKey: CLIENT, now, trust: ca.trust(), ocsp: { url: ocspUrl, timeoutMs: 1_000 } });
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(EcpSignInError);
  return (error as EcpSignInError).reason;
}

describe("sign-in by signature with OCSP configured", () => {
  it("lets in a certificate the responder calls good, refuses one it calls revoked and any it could not be asked about", async () => {
    const teacher = makeUniqueTeacher();
    const account = await createTeacherAccount(testDb.db, teacher);
    const key = await ca.person({ iin: teacher.iin });
    expect(await attempt(teacher.iin, key, url)).toMatchObject({ id: account.userId });

    // revoked at the responder, though no CRL the portal holds says so
    revokedKeys.push(key);
    expect(await refusalOf(attempt(teacher.iin, key, url))).toBe("REVOKED");

    // the responder cannot be reached: refused, and the security log says why
    const errors = vi.spyOn(log, "error");
    const fresh = await ca.person({ iin: teacher.iin });
    expect(await refusalOf(attempt(teacher.iin, fresh, "http://127.0.0.1:9/ocsp"))).toBe("REVOCATION_UNCHECKED");
    expect(errors).toHaveBeenCalledWith("auth.sign_in.ecp_ocsp_unavailable", expect.objectContaining({ responder: "http://127.0.0.1:9/ocsp", client: CLIENT }));
    errors.mockRestore();
    expect(await testDb.db.userSession.count({ where: { userId: account.userId } })).toBe(0);
  }, 60_000);
});
