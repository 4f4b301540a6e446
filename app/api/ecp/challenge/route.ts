// A one-time challenge for signing in with a digital signature (lib/auth/ecp/challenge.ts): the
// browser has NCALayer sign it and sends the signature to next-auth's "ecp" provider. Not
// offered (404) where the deployment trusts no CA (SANAT_ECP_CA_FILE unset).
import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { issueEcpChallenge } from "@/lib/auth/ecp/challenge";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log/logger";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";

export const POST = defineRoute({
  access: "public",
  run: async ({ request }) => {
    if (!env().SANAT_ECP_CA_FILE) throw new AppError("NOT_FOUND", "ecp.notConfigured");
    const clientKey = clientKeyFrom(request.headers);
    const issued = await issueEcpChallenge(db(), clientKey, new Date());
    if (!issued) {
      log.warn("auth.sign_in.ecp_challenges_limited", { client: clientKey });
      throw new AppError("RATE_LIMITED", "ecp.tooManyChallenges", {}, {}, { retryAfterSeconds: 300 });
    }
    return NextResponse.json({ challenge: issued.challenge, expiresAt: issued.expiresAt.toISOString() }, { headers: { "Cache-Control": "no-store" } });
  },
});
