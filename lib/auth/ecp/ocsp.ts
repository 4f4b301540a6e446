// The citizen certificate's status from the deployment's OCSP responder (SANAT_ECP_OCSP_URL; the
// NCA runs one), asked after the signature and chain passed. Fails closed: an answer that is not
// a verified, fresh "good" for this very certificate and this request's nonce never lets anyone in.
import { randomBytes } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { ecpCrypto } from "./crypto-engine";
import type * as x509 from "./x509";

export const OCSP_NONCE = "1.3.6.1.5.5.7.48.1.2";
const BASIC_RESPONSE = "1.3.6.1.5.5.7.48.1.1";
/** a responder's clock may run a little ahead of ours */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface OcspSettings {
  url: string;
  timeoutMs: number;
}

/** What the responder said, or why it could not be asked ("unavailable"), with the detail for the log. */
export type OcspStatus = { status: "good" } | { status: "revoked" } | { status: "unavailable"; detail: string };

const asPkijs = (certificate: x509.X509Certificate) => pkijs.Certificate.fromBER(certificate.rawData);
const unavailable = (detail: string): OcspStatus => ({ status: "unavailable", detail });

export async function ocspStatusOf(
  certificate: x509.X509Certificate,
  issuer: x509.X509Certificate,
  roots: x509.X509Certificate[],
  settings: OcspSettings,
  now: Date,
): Promise<OcspStatus> {
  const crypto = ecpCrypto();
  const subject = asPkijs(certificate);
  const issuerCertificate = asPkijs(issuer);
  const nonce = randomBytes(16);
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(subject, { hashAlgorithm: "SHA-256", issuerCertificate }, crypto);
  request.tbsRequest.requestExtensions = [new pkijs.Extension({ extnID: OCSP_NONCE, extnValue: new asn1js.OctetString({ valueHex: nonce }).toBER(false) })];

  let body: ArrayBuffer;
  try {
    const answer = await fetch(settings.url, {
      method: "POST",
      headers: { "Content-Type": "application/ocsp-request", Accept: "application/ocsp-response" },
      body: Buffer.from(request.toSchema(true).toBER(false)),
      signal: AbortSignal.timeout(settings.timeoutMs),
      redirect: "error",
    });
    if (!answer.ok) return unavailable(`HTTP ${answer.status}`);
    body = await answer.arrayBuffer();
  } catch (error) {
    return unavailable(error instanceof Error ? `${error.name}: ${error.message}` : "request failed");
  }

  let basic: pkijs.BasicOCSPResponse;
  try {
    const response = pkijs.OCSPResponse.fromBER(body);
    const responseStatus = response.responseStatus.valueBlock.valueDec;
    if (responseStatus !== 0) return unavailable(`responder status ${responseStatus}`);
    if (!response.responseBytes || response.responseBytes.responseType !== BASIC_RESPONSE) return unavailable("no basic response");
    basic = pkijs.BasicOCSPResponse.fromBER(new Uint8Array(response.responseBytes.response.valueBlock.valueHexView));
  } catch (error) {
    return unavailable(`unreadable response: ${error instanceof Error ? error.message : String(error)}`);
  }

  // signed by the issuer itself or by a responder it authorised, chaining to a configured root
  try {
    if (!(await basic.verify({ trustedCerts: roots.map(asPkijs), issuerCerts: [issuerCertificate] }, crypto))) return unavailable("response signature does not verify");
  } catch (error) {
    return unavailable(`responder not trusted: ${error instanceof Error ? error.message : String(error)}`);
  }
  // this request's answer, not a recorded one
  const echoed = basic.tbsResponseData.responseExtensions?.find((extension) => extension.extnID === OCSP_NONCE);
  const echoedNonce = echoed ? asn1js.fromBER(echoed.extnValue.valueBlock.valueHexView).result : null;
  if (!(echoedNonce instanceof asn1js.OctetString) || Buffer.compare(Buffer.from(echoedNonce.valueBlock.valueHexView), nonce) !== 0) return unavailable("nonce not echoed");

  const single = basic.tbsResponseData.responses.find((response) => response.certID.serialNumber.isEqual(subject.serialNumber));
  if (!single) return unavailable("no answer for this certificate");
  if (single.thisUpdate.getTime() > now.getTime() + CLOCK_SKEW_MS) return unavailable("answer from the future");
  if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime() - CLOCK_SKEW_MS) return unavailable("answer out of date");
  const { isForCertificate, status } = await basic.getCertificateStatus(subject, issuerCertificate, crypto);
  if (!isForCertificate) return unavailable("answer for another certificate");
  if (status === 0) return { status: "good" };
  if (status === 1) return { status: "revoked" };
  return unavailable("status unknown to the responder");
}
