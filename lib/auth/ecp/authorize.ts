// next-auth's "ecp" credentials provider, as a function of its inputs (lib/auth/options.ts calls
// it): the user next-auth puts into the token, or a SignInError whose message names the refusal
// ("ECP_REFUSED:WRONG_CHALLENGE"), which the sign-in page's ЭЦП section translates.
import type { User } from "next-auth";
import type { Db } from "../../db/client";
import { SignInError } from "../sign-in-errors";
import { ecpRefusalCode } from "./refusal-code";
import { signInWithEcp, type EcpSignInContext, type EcpSignInRefusal } from "./sign-in-with-ecp";

export class EcpSignInError extends SignInError {
  constructor(readonly reason: EcpSignInRefusal) {
    super("ECP_REFUSED");
    this.message = ecpRefusalCode(reason);
  }
}

export async function authorizeEcp(
  db: Db,
  credentials: Record<string, unknown> | undefined,
  context: EcpSignInContext,
): Promise<User> {
  const field = (name: string) => (typeof credentials?.[name] === "string" ? (credentials[name] as string) : "");
  // a CMS with a certificate chain is a few kilobytes; anything far larger is not NCALayer's
  if (field("cms").length > 64_000) throw new EcpSignInError("MALFORMED");
  const outcome = await signInWithEcp(db, { iin: field("iin"), challenge: field("challenge"), cms: field("cms") }, context);
  if (!outcome.ok) throw new EcpSignInError(outcome.reason);
  const { actor } = outcome;
  return { id: actor.userId, name: actor.name, role: actor.role, organizationId: actor.organizationId, applicantId: actor.applicantId };
}
