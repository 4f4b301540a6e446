// Asking an OCSP responder about a citizen's certificate: a real responder over HTTP in the test,
// signing with the test CA's intermediate, as the NCA's responder signs.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ocspStatusOf, type OcspSettings } from "./ocsp";
import { TestCa, type TestKeyHolder } from "./test-ca.test-support";

type Behaviour = { kind: "answer"; revoked?: TestKeyHolder[]; signer?: TestKeyHolder; echoNonce?: boolean } | { kind: "silent" } | { kind: "status"; code: number } | { kind: "junk" };

let ca: TestCa;
let stranger: TestCa;
let citizen: TestKeyHolder;
let revoked: TestKeyHolder;
let behaviour: Behaviour = { kind: "answer" };
let server: http.Server;
let url: string;
const asked: string[] = [];

beforeAll(async () => {
  ca = await TestCa.create("Sanat OCSP");
  stranger = await TestCa.create("Sanat OCSP");
  citizen = await ca.person();
  revoked = await ca.person();
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      asked.push(String(request.headers["content-type"]));
      if (behaviour.kind === "silent") return; // never answers: the client's timeout must end it
      if (behaviour.kind === "status") return response.writeHead(behaviour.code).end();
      if (behaviour.kind === "junk") return response.writeHead(200, { "Content-Type": "application/ocsp-response" }).end("not DER");
      const der = await ca.ocspResponse(new Uint8Array(Buffer.concat(chunks)), {
        revoked: behaviour.revoked?.map((holder) => holder.certificate),
        signer: behaviour.signer,
        echoNonce: behaviour.echoNonce,
      });
      response.writeHead(200, { "Content-Type": "application/ocsp-response" }).end(Buffer.from(der));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const settings = (): OcspSettings => ({ url, timeoutMs: 800 });
const statusOf = (holder: TestKeyHolder, options: Partial<OcspSettings> = {}) =>
  ocspStatusOf(holder.certificate, ca.intermediate.certificate, [ca.root.certificate], { ...settings(), ...options }, new Date());

describe("ocspStatusOf", () => {
  it("asks by POST and reads 'good' for a certificate the responder does not list, 'revoked' for one it does", async () => {
    behaviour = { kind: "answer", revoked: [revoked] };
    expect(await statusOf(citizen)).toEqual({ status: "good" });
    expect(await statusOf(revoked)).toEqual({ status: "revoked" });
    expect(asked.at(-1)).toBe("application/ocsp-request");
  }, 30_000);

  it("fails closed: no answer in time, a closed port, an HTTP error, junk, a stranger's signature, a replayed answer", async () => {
    behaviour = { kind: "silent" };
    const started = Date.now();
    expect(await statusOf(citizen)).toMatchObject({ status: "unavailable", detail: expect.stringMatching(/Timeout/i) });
    expect(Date.now() - started).toBeLessThan(3_000);

    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    expect(await statusOf(citizen, { url: closedUrl })).toMatchObject({ status: "unavailable" });

    behaviour = { kind: "status", code: 503 };
    expect(await statusOf(citizen)).toEqual({ status: "unavailable", detail: "HTTP 503" });
    behaviour = { kind: "junk" };
    expect(await statusOf(citizen)).toMatchObject({ status: "unavailable", detail: expect.stringMatching(/unreadable/) });

    // "good", signed by a CA the portal does not trust
    behaviour = { kind: "answer", signer: stranger.intermediate };
    expect(await statusOf(citizen)).toMatchObject({ status: "unavailable", detail: expect.stringMatching(/not trusted|does not verify/) });
    // "good", but not this request's answer (no nonce): it could be a recorded one
    behaviour = { kind: "answer", echoNonce: false };
    expect(await statusOf(citizen)).toEqual({ status: "unavailable", detail: "nonce not echoed" });
  }, 30_000);
});
