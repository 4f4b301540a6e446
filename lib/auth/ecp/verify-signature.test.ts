import * as x509 from "./x509";
import { beforeAll, describe, expect, it } from "vitest";
import { gostPublicKeyInfo, signCms, TestCa, type TestKeyHolder } from "./test-ca.test-support";
import { verifyEcpSignature, type EcpTrust } from "./verify-signature";

const now = new Date();
const challenge = new TextEncoder().encode("sanat-ecp:4f1c2a9e0b7d4c3f8e6a5b2d1c0f9e8a");
let ca: TestCa;
let citizen: TestKeyHolder;
let trust: EcpTrust;

beforeAll(async () => {
  ca = await TestCa.create("Sanat Test");
  citizen = await ca.person();
  trust = ca.trust();
}, 60_000);

const chain = () => [ca.intermediate.certificate];

describe("verifyEcpSignature", () => {
  it("takes the IIN from the subject of a good RSA signature over the challenge, attached or detached", async () => {
    for (const detached of [false, true]) {
      const cms = await signCms(citizen, challenge, { detached, chain: chain() });
      const result = await verifyEcpSignature({ cms, challenge }, trust, now);
      expect(result).toMatchObject({ ok: true, iin: "760907410001", bin: null });
    }
  });

  it("reads a legal entity's BIN beside the IIN", async () => {
    const employee = await ca.person({ iin: "850101300123", bin: "123456789012" });
    const result = await verifyEcpSignature({ cms: await signCms(employee, challenge, { chain: chain() }), challenge }, trust, now);
    expect(result).toMatchObject({ ok: true, iin: "850101300123", bin: "123456789012" });
  });

  it("refuses a signature over another challenge, attached or detached", async () => {
    const other = new TextEncoder().encode("sanat-ecp:another-challenge");
    for (const detached of [false, true]) {
      const cms = await signCms(citizen, other, { detached, chain: chain() });
      expect(await verifyEcpSignature({ cms, challenge }, trust, now)).toEqual({ ok: false, reason: "WRONG_CHALLENGE" });
    }
  });

  it("refuses a signature whose bytes were changed", async () => {
    const cms = Buffer.from(await signCms(citizen, challenge, { chain: chain() }), "base64");
    cms[cms.length - 10] = (cms[cms.length - 10] ?? 0) ^ 0xff;
    expect(await verifyEcpSignature({ cms: cms.toString("base64"), challenge }, trust, now)).toMatchObject({ ok: false });
  });

  it("refuses what is not a CMS at all", async () => {
    expect(await verifyEcpSignature({ cms: "bm90IGEgc2lnbmF0dXJl", challenge }, trust, now)).toEqual({ ok: false, reason: "MALFORMED" });
    expect(await verifyEcpSignature({ cms: "", challenge }, trust, now)).toEqual({ ok: false, reason: "MALFORMED" });
  });

  it("refuses a certificate of a CA the deployment does not trust, even one with the same names", async () => {
    const stranger = await TestCa.create("Sanat Test");
    const person = await stranger.person();
    const cms = await signCms(person, challenge, { chain: [stranger.intermediate.certificate] });
    expect(await verifyEcpSignature({ cms, challenge }, trust, now)).toEqual({ ok: false, reason: "UNKNOWN_CA" });
    // and the deployment's own intermediate carried beside it proves nothing about the stranger's key
    const mixed = await signCms(person, challenge, { chain: chain() });
    expect(await verifyEcpSignature({ cms: mixed, challenge }, trust, now)).toEqual({ ok: false, reason: "UNKNOWN_CA" });
  }, 30_000);

  it("refuses an expired certificate and one not valid yet", async () => {
    const expired = await ca.person({ notBefore: new Date(now.getTime() - 400 * 86_400_000), notAfter: new Date(now.getTime() - 86_400_000) });
    expect(await verifyEcpSignature({ cms: await signCms(expired, challenge, { chain: chain() }), challenge }, trust, now)).toEqual({ ok: false, reason: "EXPIRED" });
    const early = await ca.person({ notBefore: new Date(now.getTime() + 86_400_000) });
    expect(await verifyEcpSignature({ cms: await signCms(early, challenge, { chain: chain() }), challenge }, trust, now)).toEqual({ ok: false, reason: "NOT_YET_VALID" });
  });

  it("refuses a key not meant for authentication (the signing key's usage, or another purpose)", async () => {
    const signing = await ca.person({ keyUsage: x509.KeyUsageFlags.nonRepudiation });
    expect(await verifyEcpSignature({ cms: await signCms(signing, challenge, { chain: chain() }), challenge }, trust, now)).toEqual({ ok: false, reason: "WRONG_PURPOSE" });
    const mail = await ca.person({ extendedKeyUsage: [x509.ExtendedKeyUsage.emailProtection] });
    expect(await verifyEcpSignature({ cms: await signCms(mail, challenge, { chain: chain() }), challenge }, trust, now)).toEqual({ ok: false, reason: "WRONG_PURPOSE" });
  });

  it("refuses a certificate its CA revoked, and counts only a revocation list its issuer signed", async () => {
    const revoked = await ca.person();
    const cms = await signCms(revoked, challenge, { chain: chain() });
    const crl = await ca.revocationList([revoked.certificate]);
    expect(await verifyEcpSignature({ cms, challenge }, ca.trust([crl]), now)).toEqual({ ok: false, reason: "REVOKED" });
    // the citizen is not on it
    expect(await verifyEcpSignature({ cms: await signCms(citizen, challenge, { chain: chain() }), challenge }, ca.trust([crl]), now)).toMatchObject({ ok: true });
    // a list naming the same issuer but signed by another key is ignored
    const forger = await TestCa.create("Sanat Test");
    const forged = await forger.revocationList([citizen.certificate]);
    expect(await verifyEcpSignature({ cms: await signCms(citizen, challenge, { chain: chain() }), challenge }, ca.trust([forged]), now)).toMatchObject({ ok: true });
  }, 30_000);

  it("names a GOST 34.310 key as not supported yet instead of failing on it", async () => {
    const gost = await ca.person({ publicKeyInfo: gostPublicKeyInfo() });
    expect(await verifyEcpSignature({ cms: await signCms(gost, challenge, { chain: chain() }), challenge }, trust, now)).toEqual({ ok: false, reason: "UNSUPPORTED_KEY_TYPE" });
  });

  it("refuses a certificate without an IIN in its subject", async () => {
    const nameless = await ca.person({ iin: null });
    expect(await verifyEcpSignature({ cms: await signCms(nameless, challenge, { chain: chain() }), challenge }, trust, now)).toEqual({ ok: false, reason: "NO_IIN" });
  });
});
