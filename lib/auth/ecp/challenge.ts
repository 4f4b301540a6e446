// The one-time challenge a signature signs in with. The server hands out a random nonce and keeps
// only its hash, with the client it was given to and an expiry; signing in uses it up in one
// conditional update, so two requests with the same signature cannot both pass, and a challenge
// is spent even when the signature over it then fails.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/client";

export const ECP_CHALLENGE_TTL_SECONDS = 5 * 60;
const PREFIX = "sanat-ecp:";

const hashOf = (challenge: string) => createHash("sha256").update(challenge, "utf8").digest("hex");

// live challenges one client may hold: a page reloaded a few times, not a table filled by a script
export const ECP_LIVE_CHALLENGES_PER_CLIENT = 20;

/** A new challenge for this client, or null while it holds too many live ones. */
export async function issueEcpChallenge(db: Db, clientKey: string, now: Date): Promise<{ challenge: string; expiresAt: Date } | null> {
  const live = await db.ecpChallenge.count({ where: { clientKey, usedAt: null, expiresAt: { gt: now } } });
  if (live >= ECP_LIVE_CHALLENGES_PER_CLIENT) return null;
  const challenge = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + ECP_CHALLENGE_TTL_SECONDS * 1000);
  await db.ecpChallenge.create({ data: { challengeHash: hashOf(challenge), clientKey, expiresAt } });
  // the spent and the expired are of no use to anyone: cleared as new ones are made
  await db.ecpChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 3_600_000) } } });
  return { challenge, expiresAt };
}

/** True once per challenge: it was issued to this client, has not expired and was not used. */
export async function consumeEcpChallenge(db: Db, challenge: string, clientKey: string, now: Date): Promise<boolean> {
  if (!challenge.startsWith(PREFIX) || challenge.length > 200) return false;
  const { count } = await db.ecpChallenge.updateMany({
    where: { challengeHash: hashOf(challenge), clientKey, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
