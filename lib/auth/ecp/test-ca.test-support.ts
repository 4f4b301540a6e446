// A certification authority made for the tests: a root, an intermediate under it, and certificates
// the way the NCA issues them (the IIN in the subject's serialNumber as "IIN…"), good and bad, and
// a real CMS signature by any of them (pkijs), attached or detached. Nothing here is hand-written ASN.1.
import { webcrypto } from "node:crypto";
import * as x509 from "./x509";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { ecpCrypto } from "./crypto-engine";
import type { EcpTrust } from "./verify-signature";

const RSA = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;
const DAY = 86_400_000;
const subtle = webcrypto.subtle as unknown as SubtleCrypto;

export interface TestKeyHolder {
  certificate: x509.X509Certificate;
  privateKey: CryptoKey;
}

const generateKeys = () => subtle.generateKey(RSA, true, ["sign", "verify"]) as Promise<CryptoKeyPair>;
let serial = 0x1000;
const nextSerial = () => (serial++).toString(16).padStart(8, "0");

async function caCertificate(name: string, keys: CryptoKeyPair, issuer: TestKeyHolder | null, now: Date): Promise<x509.X509Certificate> {
  const extensions = [
    new x509.BasicConstraintsExtension(true, issuer ? 0 : 1, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
  ];
  const validity = { serialNumber: nextSerial(), notBefore: new Date(now.getTime() - 365 * DAY), notAfter: new Date(now.getTime() + 10 * 365 * DAY), extensions };
  if (!issuer) return x509.X509CertificateGenerator.createSelfSigned({ ...validity, name, keys, signingAlgorithm: RSA });
  return x509.X509CertificateGenerator.create({ ...validity, subject: name, issuer: issuer.certificate.subject, publicKey: keys.publicKey, signingKey: issuer.privateKey, signingAlgorithm: RSA });
}

export interface PersonCertificateOptions {
  iin?: string | null;
  bin?: string;
  notBefore?: Date;
  notAfter?: Date;
  keyUsage?: number;
  extendedKeyUsage?: string[];
  /** an SPKI of another algorithm (the GOST one): the certificate is real, the key is not usable here */
  publicKeyInfo?: ArrayBuffer;
}

export class TestCa {
  private constructor(
    readonly root: TestKeyHolder,
    readonly intermediate: TestKeyHolder,
    private readonly now: Date,
  ) {}

  static async create(label: string, now = new Date()): Promise<TestCa> {
    ecpCrypto();
    const rootKeys = await generateKeys();
    const root = { certificate: await caCertificate(`CN=${label} Root CA, C=KZ`, rootKeys, null, now), privateKey: rootKeys.privateKey };
    const intermediateKeys = await generateKeys();
    const intermediate = { certificate: await caCertificate(`CN=${label} Authentication CA, C=KZ`, intermediateKeys, root, now), privateKey: intermediateKeys.privateKey };
    return new TestCa(root, intermediate, now);
  }

  /** A person's authentication certificate, as the NCA issues one, unless the options say otherwise. */
  async person(options: PersonCertificateOptions = {}): Promise<TestKeyHolder> {
    const keys = await generateKeys();
    const iin = options.iin === undefined ? "760907410001" : options.iin;
    const subject = [`CN=ТЕСТОВ ТЕСТ`, iin ? `2.5.4.5=IIN${iin}` : null, options.bin ? `OU=BIN${options.bin}` : null, "C=KZ"].filter(Boolean).join(", ");
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: nextSerial(),
      subject,
      issuer: this.intermediate.certificate.subject,
      notBefore: options.notBefore ?? new Date(this.now.getTime() - DAY),
      notAfter: options.notAfter ?? new Date(this.now.getTime() + 365 * DAY),
      publicKey: options.publicKeyInfo ?? keys.publicKey,
      signingKey: this.intermediate.privateKey,
      signingAlgorithm: RSA,
      extensions: [
        new x509.KeyUsagesExtension(options.keyUsage ?? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension(options.extendedKeyUsage ?? [x509.ExtendedKeyUsage.clientAuth]),
      ],
    });
    return { certificate, privateKey: keys.privateKey };
  }

  /** A revocation list of the intermediate naming these certificates. */
  revocationList(revoked: x509.X509Certificate[]): Promise<x509.X509Crl> {
    return x509.X509CrlGenerator.create({
      issuer: this.intermediate.certificate.subject,
      thisUpdate: new Date(this.now.getTime() - DAY),
      nextUpdate: new Date(this.now.getTime() + 7 * DAY),
      entries: revoked.map((certificate) => ({ serialNumber: certificate.serialNumber, revocationDate: new Date(this.now.getTime() - 3_600_000) })),
      signingKey: this.intermediate.privateKey,
      signingAlgorithm: RSA,
    });
  }

  /**
   * The answer of this CA's OCSP responder (the intermediate signs it itself, as the NCA's does) to
   * a DER OCSP request: "revoked" for the given certificates, "good" for the rest, the request's
   * nonce echoed. `signer` signs instead (a stranger's key); `echoNonce: false` leaves it out.
   */
  async ocspResponse(requestDer: Uint8Array, options: { revoked?: x509.X509Certificate[]; signer?: TestKeyHolder; echoNonce?: boolean } = {}): Promise<Uint8Array> {
    const crypto = ecpCrypto();
    const signer = options.signer ?? this.intermediate;
    const request = pkijs.OCSPRequest.fromBER(new Uint8Array(requestDer));
    const revokedSerials = new Set((options.revoked ?? []).map((certificate) => certificate.serialNumber.toLowerCase()));
    const basic = new pkijs.BasicOCSPResponse();
    const signerCertificate = pkijs.Certificate.fromBER(signer.certificate.rawData);
    basic.tbsResponseData.responderID = signerCertificate.subject;
    basic.tbsResponseData.producedAt = new Date();
    for (const { reqCert } of request.tbsRequest.requestList) {
      const serial = Buffer.from(reqCert.serialNumber.valueBlock.valueHexView).toString("hex").replace(/^0+/, "");
      const isRevoked = [...revokedSerials].some((revoked) => revoked.replace(/^0+/, "") === serial);
      basic.tbsResponseData.responses.push(
        new pkijs.SingleResponse({
          certID: reqCert,
          certStatus: isRevoked
            ? new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [new asn1js.GeneralizedTime({ valueDate: new Date(this.now.getTime() - 3_600_000) })] })
            : new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } }),
          thisUpdate: new Date(),
          nextUpdate: new Date(Date.now() + DAY),
        }),
      );
    }
    const nonce = request.tbsRequest.requestExtensions?.find((extension) => extension.extnID === "1.3.6.1.5.5.7.48.1.2");
    if (nonce && options.echoNonce !== false) basic.tbsResponseData.responseExtensions = [nonce];
    basic.certs = [signerCertificate];
    await basic.sign(signer.privateKey, "SHA-256", crypto);
    const response = new pkijs.OCSPResponse({
      responseStatus: new asn1js.Enumerated({ value: 0 }),
      responseBytes: new pkijs.ResponseBytes({ responseType: "1.3.6.1.5.5.7.48.1.1", response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }) }),
    });
    return new Uint8Array(response.toSchema().toBER(false));
  }

  trust(crls: x509.X509Crl[] = []): EcpTrust {
    return { roots: [this.root.certificate], intermediates: [], crls };
  }

  /** The PEM bundle a deployment would configure: the root, and CRLs if any. */
  pemBundle(crls: x509.X509Crl[] = []): string {
    return [this.root.certificate.toString("pem"), ...crls.map((crl) => crl.toString("pem"))].join("\n");
  }
}

/** A GOST 34.310 public key's SPKI (the Kazakh algorithm's OID, any key bytes): the verifier must name the type, not fail. */
export function gostPublicKeyInfo(): ArrayBuffer {
  const info = new pkijs.PublicKeyInfo({
    algorithm: new pkijs.AlgorithmIdentifier({ algorithmId: "1.2.398.3.10.1.1.1.1", algorithmParams: new asn1js.ObjectIdentifier({ value: "1.2.398.3.10.1.1.1.1.1" }) }),
    subjectPublicKey: new asn1js.BitString({ valueHex: webcrypto.getRandomValues(new Uint8Array(64)).buffer }),
  });
  return info.toSchema().toBER(false);
}

/**
 * A CMS SignedData over `content` by `signer`, with the signed attributes NCALayer puts in
 * (content type, message digest, signing time), carrying the signer's and the intermediate's
 * certificates; base64, as NCALayer answers.
 */
export async function signCms(signer: TestKeyHolder, content: Uint8Array, options: { detached?: boolean; chain?: x509.X509Certificate[] } = {}): Promise<string> {
  const crypto = ecpCrypto();
  const certificate = pkijs.Certificate.fromBER(signer.certificate.rawData);
  const digest = await crypto.digest({ name: "SHA-256" }, new Uint8Array(content));
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: pkijs.ContentInfo.DATA,
      ...(options.detached ? {} : { eContent: new asn1js.OctetString({ valueHex: content.slice().buffer }) }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: "1.2.840.113549.1.9.3", values: [new asn1js.ObjectIdentifier({ value: pkijs.ContentInfo.DATA })] }),
            new pkijs.Attribute({ type: "1.2.840.113549.1.9.5", values: [new asn1js.UTCTime({ valueDate: new Date() })] }),
            new pkijs.Attribute({ type: "1.2.840.113549.1.9.4", values: [new asn1js.OctetString({ valueHex: digest })] }),
          ],
        }),
      }),
    ],
    certificates: [certificate, ...(options.chain ?? []).map((item) => pkijs.Certificate.fromBER(item.rawData))],
  });
  await signed.sign(signer.privateKey, 0, "SHA-256", options.detached ? content.slice().buffer : undefined, crypto);
  const info = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signed.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false)).toString("base64");
}
