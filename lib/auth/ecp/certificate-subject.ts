// Who a Kazakh NCA certificate names. The national authority puts the person's IIN into the
// subject's serialNumber attribute (OID 2.5.4.5) as "IIN760907410001", and for a legal entity's
// key the organisation's BIN into organizationalUnit (2.5.4.11) as "BIN…".
import type { X509Certificate } from "./x509";

const SERIAL_NUMBER = "2.5.4.5";
const ORGANIZATIONAL_UNIT = "2.5.4.11";

export interface CertificateHolder {
  iin: string | null;
  bin: string | null;
}

export function holderOf(certificate: X509Certificate): CertificateHolder {
  const name = certificate.subjectName;
  const iin = name.getField(SERIAL_NUMBER).map((value) => /^IIN(\d{12})$/.exec(value.trim())?.[1]).find(Boolean) ?? null;
  const bin = name.getField(ORGANIZATIONAL_UNIT).map((value) => /^BIN(\d{12})$/.exec(value.trim())?.[1]).find(Boolean) ?? null;
  return { iin, bin };
}

/** For the security log: the first and last two digits only. */
export function maskIin(iin: string | null): string | null {
  return iin ? `${iin.slice(0, 2)}********${iin.slice(-2)}` : null;
}
