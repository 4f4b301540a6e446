// Verifying a sign-in signature from NCALayer: a CMS (attached or detached) over the server's
// one-time challenge, made with a key whose certificate chains to a CA the deployment trusts,
// valid now, meant for authentication and not revoked. Pure: no database, no network; the
// trusted roots, intermediates and CRLs come in (lib/auth/ecp/trust-store.ts reads them).
import * as x509 from "./x509";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { holderOf, type CertificateHolder } from "./certificate-subject";
import { ecpCrypto } from "./crypto-engine";

export const ECP_REFUSALS = [
  "MALFORMED",
  "UNSUPPORTED_KEY_TYPE",
  "BAD_SIGNATURE",
  "WRONG_CHALLENGE",
  "UNKNOWN_CA",
  "NOT_YET_VALID",
  "EXPIRED",
  "WRONG_PURPOSE",
  "REVOKED",
  "NO_IIN",
] as const;
export type EcpRefusal = (typeof ECP_REFUSALS)[number];

export interface EcpTrust {
  /** the self-signed roots a chain must end at (the NCA's roots in production) */
  roots: x509.X509Certificate[];
  /** intermediates the deployment ships, beside those the CMS carries */
  intermediates: x509.X509Certificate[];
  /** revocation lists; each counts only when its issuer's key verifies it */
  crls: x509.X509Crl[];
}

export type EcpVerification =
  /** `chain`: the signer's certificate first, up to the configured root (for an OCSP question) */
  | ({ ok: true; certificateSerial: string; issuer: string; chain: x509.X509Certificate[] } & CertificateHolder)
  | { ok: false; reason: EcpRefusal };

const RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
// Kazakh GOST 34.310-2004 / 2015 (1.2.398.3.10.1.1…) and the Russian GOST R 34.10 family (1.2.643…),
// which NCALayer may also offer: recognised so the answer is "not supported yet", not "bad signature".
const GOST_PREFIXES = ["1.2.398.3.10.", "1.2.643."];
const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

const refused = (reason: EcpRefusal): EcpVerification => ({ ok: false, reason });
const isGost = (oid: string) => GOST_PREFIXES.some((prefix) => oid.startsWith(prefix));

function signedDataOf(cmsBase64: string): pkijs.SignedData | null {
  try {
    const der = Buffer.from(cmsBase64.replace(/\s+/g, ""), "base64");
    if (der.length === 0) return null;
    const asn = asn1js.fromBER(new Uint8Array(der));
    if (asn.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: asn.result });
    if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) return null;
    return new pkijs.SignedData({ schema: info.content });
  } catch {
    return null;
  }
}

function signerCertificateOf(signed: pkijs.SignedData): pkijs.Certificate | null {
  const sid = signed.signerInfos[0]?.sid;
  const certificates = (signed.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate);
  if (!sid) return null;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  return null;
}

const toX509 = (certificate: pkijs.Certificate) => new x509.X509Certificate(certificate.toSchema().toBER(false));

/** Each certificate of a chain with the one that issued it; the root with itself. */
function links(chain: x509.X509Certificate[]): [x509.X509Certificate, x509.X509Certificate][] {
  return chain.map((certificate, index) => [certificate, chain[index + 1] ?? certificate]);
}

/** The chain from the signer up to one of the configured roots, or null when it ends anywhere else. */
async function chainToRoot(signer: x509.X509Certificate, carried: x509.X509Certificate[], trust: EcpTrust) {
  const rootThumbprints = new Set(await Promise.all(trust.roots.map(async (root) => Buffer.from(await root.getThumbprint()).toString("hex"))));
  const builder = new x509.X509ChainBuilder({ certificates: [...trust.roots, ...trust.intermediates, ...carried] });
  const chain = await builder.build(signer);
  const top = chain[chain.length - 1];
  if (!top || !rootThumbprints.has(Buffer.from(await top.getThumbprint()).toString("hex"))) return null;
  // each link's signature by the next one's key (the builder matches names, it does not prove them)
  for (const [certificate, issuer] of links(chain)) {
    if (!(await certificate.verify({ publicKey: issuer.publicKey, signatureOnly: true }))) return null;
  }
  return chain;
}

function validityProblem(chain: x509.X509Certificate[], now: Date): EcpRefusal | null {
  for (const certificate of chain) {
    if (now < certificate.notBefore) return "NOT_YET_VALID";
    if (now > certificate.notAfter) return "EXPIRED";
  }
  return null;
}

/** An authentication key: digitalSignature key usage, and clientAuth among its purposes when it names any. */
function isForAuthentication(certificate: x509.X509Certificate): boolean {
  const usage = certificate.getExtension(x509.KeyUsagesExtension);
  if (!usage || (usage.usages & x509.KeyUsageFlags.digitalSignature) === 0) return false;
  const purposes = certificate.getExtension(x509.ExtendedKeyUsageExtension);
  return !purposes || purposes.usages.map(String).includes(CLIENT_AUTH);
}

async function isRevoked(chain: x509.X509Certificate[], crls: x509.X509Crl[], now: Date): Promise<boolean> {
  for (const [certificate, issuer] of links(chain).slice(0, -1)) {
    for (const crl of crls) {
      if (crl.issuer !== issuer.subject) continue;
      if (!(await crl.verify({ publicKey: issuer.publicKey }))) continue;
      const entry = crl.findRevoked(certificate);
      if (entry && entry.revocationDate <= now) return true;
    }
  }
  return false;
}

export async function verifyEcpSignature(input: { cms: string; challenge: Uint8Array }, trust: EcpTrust, now: Date): Promise<EcpVerification> {
  const crypto = ecpCrypto();
  const signed = signedDataOf(input.cms);
  if (!signed || signed.signerInfos.length !== 1) return refused("MALFORMED");
  const signerInfo = signed.signerInfos[0];
  const signerCertificate = signerCertificateOf(signed);
  if (!signerInfo || !signerCertificate) return refused("MALFORMED");

  const keyAlgorithm = signerCertificate.subjectPublicKeyInfo.algorithm.algorithmId;
  if ([keyAlgorithm, signerInfo.signatureAlgorithm.algorithmId, signerInfo.digestAlgorithm.algorithmId].some(isGost)) return refused("UNSUPPORTED_KEY_TYPE");
  if (keyAlgorithm !== RSA_ENCRYPTION) return refused("UNSUPPORTED_KEY_TYPE");

  // attached: the signature is over what the CMS carries, which must then be the challenge itself
  const eContent = signed.encapContentInfo.eContent;
  const attached = eContent ? new Uint8Array(eContent.getValue()) : null;
  try {
    const result = await signed.verify({ signer: 0, data: attached ? undefined : input.challenge.slice().buffer, checkChain: false, extendedMode: true }, crypto);
    if (!result.signatureVerified) return refused("BAD_SIGNATURE");
  } catch (error) {
    // detached over other bytes: the signed message digest is not the challenge's
    if (error instanceof pkijs.SignedDataVerifyError && /Message digest doesn't match/.test(error.message)) return refused(attached ? "BAD_SIGNATURE" : "WRONG_CHALLENGE");
    return refused("BAD_SIGNATURE");
  }
  if (attached && Buffer.compare(Buffer.from(attached), Buffer.from(input.challenge)) !== 0) return refused("WRONG_CHALLENGE");

  const signer = toX509(signerCertificate);
  const carried = (signed.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate).map(toX509);
  const chain = await chainToRoot(signer, carried, trust);
  if (!chain) return refused("UNKNOWN_CA");
  const validity = validityProblem(chain, now);
  if (validity) return refused(validity);
  if (!isForAuthentication(signer)) return refused("WRONG_PURPOSE");
  if (await isRevoked(chain, trust.crls, now)) return refused("REVOKED");

  const holder = holderOf(signer);
  if (!holder.iin) return refused("NO_IIN");
  return { ok: true, ...holder, certificateSerial: signer.serialNumber, issuer: signer.issuer, chain };
}
