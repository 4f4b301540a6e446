// Signing in with a digital signature: the challenge is used up first (once, by the client it was
// given to), then the signature is verified, then the certificate's IIN must be the one typed and
// name an active account whose login it is. No account is created or changed here; every outcome
// is a security event in the log, with the IIN masked.
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/permissions";
import { log } from "../../log/logger";
import { normalizeLogin } from "../authenticate";
import { maskIin } from "./certificate-subject";
import { consumeEcpChallenge } from "./challenge";
import { verifyEcpSignature, type EcpRefusal, type EcpTrust } from "./verify-signature";

export const ECP_SIGN_IN_REFUSALS = ["NOT_CONFIGURED", "CHALLENGE_INVALID", "IIN_MISMATCH", "NO_ACCOUNT"] as const;
export type EcpSignInRefusal = EcpRefusal | (typeof ECP_SIGN_IN_REFUSALS)[number];

export interface EcpSignInRequest {
  /** the IIN the person typed: the account they mean */
  iin: string;
  challenge: string;
  /** NCALayer's answer: a CMS in base64 */
  cms: string;
}

export type EcpSignInOutcome = { ok: true; actor: Actor } | { ok: false; reason: EcpSignInRefusal };

export async function signInWithEcp(db: Db, request: EcpSignInRequest, context: { clientKey: string; now: Date; trust: EcpTrust | null }): Promise<EcpSignInOutcome> {
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

  const user = await db.user.findUnique({
    where: { login: verified.iin },
    select: { id: true, fullName: true, role: true, organizationId: true, applicantId: true, isActive: true },
  });
  if (!user?.isActive) return refuse("NO_ACCOUNT", verified.iin);
  const actor: Actor = { userId: user.id, name: user.fullName, role: user.role, organizationId: user.organizationId, applicantId: user.applicantId };
  log.info("auth.sign_in.succeeded", {
    userId: actor.userId,
    role: actor.role,
    client: context.clientKey,
    via: "ecp",
    iin: maskIin(verified.iin),
    certificateSerial: verified.certificateSerial,
    issuer: verified.issuer,
  });
  return { ok: true, actor };
}
