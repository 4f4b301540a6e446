// Signing in with a digital signature: the challenge is used up first (once, by the client it was
// given to), then the signature is verified, then the certificate's IIN must be the one typed and
// name an active account: a teacher's, whose login is her IIN, or a staff member's, whose IIN the
// system administrator set (lib/admin/users.ts). No account is created or changed here; every
// outcome is a security event in the log, with the IIN masked.
//
// A staff member with TOTP turned on is NOT asked for the TOTP code after a signature. The
// signature is itself two factors: the key (a file or token the NCA issued to this person, after
// checking who they are) and the password that opens it in NCALayer; the law gives a qualified
// signature the weight of a handwritten one. A TOTP after it would add a third factor to this way
// in only, while the password way keeps two. The success event says which way was taken
// (`via: "ecp"`) and that the TOTP was not asked (`totpSkipped`), so the log shows it.
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/permissions";
import { log } from "../../log/logger";
import { normalizeLogin } from "../authenticate";
import { maskIin } from "./certificate-subject";
import { consumeEcpChallenge } from "./challenge";
import { ocspStatusOf, type OcspSettings } from "./ocsp";
import { verifyEcpSignature, type EcpRefusal, type EcpTrust } from "./verify-signature";

export const ECP_SIGN_IN_REFUSALS = ["NOT_CONFIGURED", "CHALLENGE_INVALID", "IIN_MISMATCH", "NO_ACCOUNT", "ACCOUNT_INACTIVE", "REVOCATION_UNCHECKED"] as const;
export type EcpSignInRefusal = EcpRefusal | (typeof ECP_SIGN_IN_REFUSALS)[number];

export interface EcpSignInRequest {
  /** the IIN the person typed: the account they mean */
  iin: string;
  challenge: string;
  /** NCALayer's answer: a CMS in base64 */
  cms: string;
}

export type EcpSignInOutcome = { ok: true; actor: Actor } | { ok: false; reason: EcpSignInRefusal };

export interface EcpSignInContext {
  clientKey: string;
  now: Date;
  trust: EcpTrust | null;
  /** where configured, the OCSP responder asked about the signer's certificate (lib/auth/ecp/ocsp.ts) */
  ocsp?: OcspSettings | null;
}

export async function signInWithEcp(db: Db, request: EcpSignInRequest, context: EcpSignInContext): Promise<EcpSignInOutcome> {
  const typedIin = normalizeLogin(request.iin);
  const refuse = (reason: EcpSignInRefusal, certificateIin: string | null = null): EcpSignInOutcome => {
    log.warn("auth.sign_in.ecp_refused", { reason, client: context.clientKey, iin: maskIin(typedIin), certificateIin: maskIin(certificateIin) });
    return { ok: false, reason };
  };
  if (!context.trust) return refuse("NOT_CONFIGURED");
  if (!/^\d{12}$/.test(typedIin)) return refuse("NO_ACCOUNT");
  if (!(await consumeEcpChallenge(db, request.challenge, context.clientKey, context.now))) return refuse("CHALLENGE_INVALID");

  const verified = await verifyEcpSignature({ cms: request.cms, challenge: new TextEncoder().encode(request.challenge) }, context.trust, context.now);
  if (!verified.ok) return refuse(verified.reason);
  if (verified.iin !== typedIin) return refuse("IIN_MISMATCH", verified.iin);
  if (context.ocsp) {
    const [signer, issuer] = verified.chain;
    const answer = await ocspStatusOf(signer!, issuer ?? signer!, context.trust.roots, context.ocsp, context.now);
    if (answer.status === "revoked") return refuse("REVOKED", verified.iin);
    if (answer.status === "unavailable") {
      // fail closed: a key the responder could not vouch for is not let in, and someone should look
      log.error("auth.sign_in.ecp_ocsp_unavailable", { detail: answer.detail, responder: context.ocsp.url, certificateSerial: verified.certificateSerial, client: context.clientKey });
      return refuse("REVOCATION_UNCHECKED", verified.iin);
    }
  }

  const user = await accountOf(db, verified.iin);
  if (!user) return refuse("NO_ACCOUNT", verified.iin);
  // the signature proved who this is, so saying the account is blocked tells no stranger anything
  if (!user.isActive) return refuse("ACCOUNT_INACTIVE", verified.iin);
  const actor: Actor = { userId: user.id, name: user.fullName, role: user.role, organizationId: user.organizationId, applicantId: user.applicantId };
  log.info("auth.sign_in.succeeded", {
    userId: actor.userId,
    role: actor.role,
    client: context.clientKey,
    via: "ecp",
    iin: maskIin(verified.iin),
    totpSkipped: user.hasTotp,
    certificateSerial: verified.certificateSerial,
    issuer: verified.issuer,
  });
  return { ok: true, actor };
}

const ACCOUNT_FIELDS = { id: true, fullName: true, role: true, organizationId: true, applicantId: true, isActive: true, secondFactor: { select: { confirmedAt: true } } } as const;

/**
 * The account a certificate's IIN names: the staff account that holds it, else the teacher's
 * whose login it is. One person may have both (a clerk who applied herself); the workspace she
 * signs in to every day wins, and her own applications stay reachable by the one-time code
 * (/sign-in/code). An active account is taken before a blocked one, so blocking a staff account
 * does not shut its holder out of her own applications.
 */
async function accountOf(db: Db, iin: string) {
  const rows = await db.user.findMany({ where: { OR: [{ iin }, { login: iin, role: "APPLICANT" }] }, select: ACCOUNT_FIELDS });
  const ranked = rows
    .map((row) => ({ ...row, hasTotp: Boolean(row.secondFactor?.confirmedAt) }))
    .sort((a, b) => Number(b.isActive) - Number(a.isActive) || Number(a.role === "APPLICANT") - Number(b.role === "APPLICANT"));
  return ranked[0] ?? null;
}
