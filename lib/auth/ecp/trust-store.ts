// The CA certificates (and revocation lists) a deployment trusts for sign-in by signature: one PEM
// bundle named by SANAT_ECP_CA_FILE, the NCA's roots and intermediates in production. Unset, the
// portal says sign-in by signature is not configured rather than pretending.
import { readFileSync, statSync } from "node:fs";
import * as x509 from "./x509";
import type { EcpTrust } from "./verify-signature";

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]+?-----END \1-----/g;

/** Every certificate and CRL of a PEM bundle: self-signed ones are roots, the others intermediates. */
export async function trustFromPem(pem: string): Promise<EcpTrust> {
  const trust: EcpTrust = { roots: [], intermediates: [], crls: [] };
  for (const match of pem.matchAll(BLOCK)) {
    if (match[1] === "CERTIFICATE") {
      const certificate = new x509.X509Certificate(match[0]);
      (await certificate.isSelfSigned()) ? trust.roots.push(certificate) : trust.intermediates.push(certificate);
    } else if (match[1] === "X509 CRL" || match[1] === "CRL") trust.crls.push(new x509.X509Crl(match[0]));
  }
  if (trust.roots.length === 0) throw new Error("the ЭЦП CA bundle holds no self-signed root certificate");
  return trust;
}

const cache = new Map<string, { mtimeMs: number; trust: Promise<EcpTrust> }>();

/** The configured trust, re-read when the file changes (a CRL replaced), or null when none is configured. */
export async function configuredTrust(file: string | undefined): Promise<EcpTrust | null> {
  if (!file) return null;
  const mtimeMs = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.trust;
  const trust = trustFromPem(readFileSync(file, "utf8"));
  cache.set(file, { mtimeMs, trust });
  return trust;
}
