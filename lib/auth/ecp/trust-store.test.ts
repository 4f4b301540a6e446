import { describe, expect, it } from "vitest";
import { signCms, TestCa } from "./test-ca.test-support";
import { trustFromPem } from "./trust-store";
import { verifyEcpSignature } from "./verify-signature";

describe("trustFromPem", () => {
  it("reads a deployment's bundle: the root as a root, an intermediate beside it, and a CRL", async () => {
    const ca = await TestCa.create("Sanat Bundle");
    const revoked = await ca.person();
    const crl = await ca.revocationList([revoked.certificate]);
    const pem = `${ca.pemBundle([crl])}\n${ca.intermediate.certificate.toString("pem")}`;
    const trust = await trustFromPem(pem);
    expect([trust.roots.length, trust.intermediates.length, trust.crls.length]).toEqual([1, 1, 1]);

    // the intermediate comes from the bundle, not from the CMS
    const challenge = new TextEncoder().encode("sanat-ecp:bundle");
    const citizen = await ca.person();
    expect(await verifyEcpSignature({ cms: await signCms(citizen, challenge), challenge }, trust, new Date())).toMatchObject({ ok: true });
    expect(await verifyEcpSignature({ cms: await signCms(revoked, challenge), challenge }, trust, new Date())).toEqual({ ok: false, reason: "REVOKED" });
  }, 30_000);

  it("refuses a bundle without a root", async () => {
    const ca = await TestCa.create("Sanat Bundle");
    await expect(trustFromPem(ca.intermediate.certificate.toString("pem"))).rejects.toThrow(/no self-signed root/);
    await expect(trustFromPem("")).rejects.toThrow(/no self-signed root/);
  }, 30_000);
});
