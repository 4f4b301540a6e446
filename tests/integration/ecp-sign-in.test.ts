// Signing in with a digital signature on a real PostgreSQL: the challenge is single use, expires,
// belongs to the client it was given to; a good signature signs the IIN's account in through the
// provider's authorize function, and every refusal leaves the accounts as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { authorizeEcp, EcpSignInError } from "../../lib/auth/ecp/authorize";
import { consumeEcpChallenge, ECP_CHALLENGE_TTL_SECONDS, ECP_LIVE_CHALLENGES_PER_CLIENT, issueEcpChallenge as issue } from "../../lib/auth/ecp/challenge";
import { signCms, TestCa, type TestKeyHolder } from "../../lib/auth/ecp/test-ca.test-support";
import type { EcpTrust } from "../../lib/auth/ecp/verify-signature";
import { createTeacherAccount, makeUniqueTeacher } from "../../prisma/factories";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const now = new Date();
const CLIENT = "ip:127.0.0.9";
let ca: TestCa;
let trust: EcpTrust;

beforeAll(async () => {
  ca = await TestCa.create("Sanat Integration");
  trust = ca.trust();
}, 60_000);

async function teacherWithKey() {
  const teacher = makeUniqueTeacher();
  const account = await createTeacherAccount(testDb.db, teacher);
  const key = await ca.person({ iin: teacher.iin });
  return { teacher, account, key };
}

const sign = (key: TestKeyHolder, challenge: string) => signCms(key, new TextEncoder().encode(challenge), { detached: true, chain: [ca.intermediate.certificate] });

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(EcpSignInError);
  return (error as EcpSignInError).reason;
}

async function issueEcpChallenge(...args: Parameters<typeof issue>) {
  const issued = await issue(...args);
  if (!issued) throw new Error("no challenge was issued");
  return issued;
}

const usersSnapshot = () => testDb.db.user.findMany({ orderBy: { id: "asc" } });

describe("the ЭЦП challenge", () => {
  it("is used once, by the client it was given to, before it expires; only its hash is stored", async () => {
    const { challenge, expiresAt } = await issueEcpChallenge(testDb.db, CLIENT, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(ECP_CHALLENGE_TTL_SECONDS * 1000);
    expect(await testDb.db.ecpChallenge.count({ where: { challengeHash: challenge } })).toBe(0);
    expect(await consumeEcpChallenge(testDb.db, challenge, "ip:10.9.9.9", now)).toBe(false);
    expect(await consumeEcpChallenge(testDb.db, challenge, CLIENT, now)).toBe(true);
    expect(await consumeEcpChallenge(testDb.db, challenge, CLIENT, now)).toBe(false);

    const late = await issueEcpChallenge(testDb.db, CLIENT, now);
    expect(await consumeEcpChallenge(testDb.db, late.challenge, CLIENT, new Date(late.expiresAt.getTime() + 1))).toBe(false);
    expect(await consumeEcpChallenge(testDb.db, "sanat-ecp:never-issued", CLIENT, now)).toBe(false);
  });

  it("is not handed to one client without end", async () => {
    const client = "ip:127.0.0.77";
    for (let index = 0; index < ECP_LIVE_CHALLENGES_PER_CLIENT; index++) await issueEcpChallenge(testDb.db, client, now);
    expect(await issue(testDb.db, client, now)).toBeNull();
    expect(await issue(testDb.db, "ip:127.0.0.78", now)).not.toBeNull();
  });

  it("lets two requests with one challenge through once only", async () => {
    const { challenge } = await issueEcpChallenge(testDb.db, CLIENT, now);
    const results = await Promise.all([1, 2, 3].map(() => consumeEcpChallenge(testDb.db, challenge, CLIENT, now)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe("authorizeEcp (the ecp provider)", () => {
  it("signs the teacher whose login is the certificate's IIN in", async () => {
    const { teacher, account, key } = await teacherWithKey();
    const { challenge } = await issueEcpChallenge(testDb.db, CLIENT, now);
    const user = await authorizeEcp(testDb.db, { iin: teacher.iin, challenge, cms: await sign(key, challenge) }, { clientKey: CLIENT, now, trust });
    expect(user).toMatchObject({ id: account.userId, role: "APPLICANT", applicantId: account.applicantId });
  });

  it("refuses a replayed signature, another challenge's signature, an unknown CA, a revoked key, another IIN, no account, no configuration — and changes nothing", async () => {
    const { teacher, key } = await teacherWithKey();
    const before = await usersSnapshot();
    const context = { clientKey: CLIENT, now, trust };

    const first = await issueEcpChallenge(testDb.db, CLIENT, now);
    const cms = await sign(key, first.challenge);
    await authorizeEcp(testDb.db, { iin: teacher.iin, challenge: first.challenge, cms }, context);
    expect(await refusalOf(authorizeEcp(testDb.db, { iin: teacher.iin, challenge: first.challenge, cms }, context))).toBe("CHALLENGE_INVALID");

    const second = await issueEcpChallenge(testDb.db, CLIENT, now);
    expect(await refusalOf(authorizeEcp(testDb.db, { iin: teacher.iin, challenge: second.challenge, cms }, context))).toBe("WRONG_CHALLENGE");

    const stranger = await TestCa.create("Sanat Integration");
    const strangerKey = await stranger.person({ iin: teacher.iin });
    const third = await issueEcpChallenge(testDb.db, CLIENT, now);
    const strangerCms = await signCms(strangerKey, new TextEncoder().encode(third.challenge), { chain: [stranger.intermediate.certificate] });
    expect(await refusalOf(authorizeEcp(testDb.db, { iin: teacher.iin, challenge: third.challenge, cms: strangerCms }, context))).toBe("UNKNOWN_CA");

    const fourth = await issueEcpChallenge(testDb.db, CLIENT, now);
    const revokedTrust = ca.trust([await ca.revocationList([key.certificate])]);
    expect(await refusalOf(authorizeEcp(testDb.db, { iin: teacher.iin, challenge: fourth.challenge, cms: await sign(key, fourth.challenge) }, { ...context, trust: revokedTrust }))).toBe("REVOKED");

    const other = await teacherWithKey();
    const fifth = await issueEcpChallenge(testDb.db, CLIENT, now);
    expect(await refusalOf(authorizeEcp(testDb.db, { iin: other.teacher.iin, challenge: fifth.challenge, cms: await sign(key, fifth.challenge) }, context))).toBe("IIN_MISMATCH");

    // a person with a valid key and no account: refused, no account is made
    const nobody = makeUniqueTeacher();
    const nobodyKey = await ca.person({ iin: nobody.iin });
    const sixth = await issueEcpChallenge(testDb.db, CLIENT, now);
    expect(await refusalOf(authorizeEcp(testDb.db, { iin: nobody.iin, challenge: sixth.challenge, cms: await sign(nobodyKey, sixth.challenge) }, context))).toBe("NO_ACCOUNT");
    expect(await testDb.db.user.count({ where: { login: nobody.iin } })).toBe(0);

    const seventh = await issueEcpChallenge(testDb.db, CLIENT, now);
    expect(await refusalOf(authorizeEcp(testDb.db, { iin: teacher.iin, challenge: seventh.challenge, cms: await sign(key, seventh.challenge) }, { ...context, trust: null }))).toBe("NOT_CONFIGURED");

    const after = await usersSnapshot();
    expect(after.filter((user) => before.some((b) => b.id === user.id))).toEqual(before);
  }, 60_000);
});
