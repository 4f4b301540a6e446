// Issue 14, finding 2: with no proxy in front (how the README runs the portal), a random
// X-Forwarded-For, or an empty one with X-Real-IP, gave every request its own rate-limit bucket:
// 60 of 60 sign-ins passed where 30 was the limit. Now the socket decides: 61 wrong sign-ins from
// one socket, each with a made-up header, and the 31st is refused.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { SIGN_IN_RATE_LIMITS } from "../../lib/auth/sign-in-throttle";
import { ownClient, type OwnClient } from "../own-client";

/** One wrong sign-in through next-auth's credentials endpoint, as a script would send it; the error code it got. */
async function wrongSignIn(client: OwnClient, baseURL: string, headers: Record<string, string>): Promise<string | null> {
  const csrf = await client.fetch(new URL("/api/auth/csrf", baseURL), { headers });
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await client.fetch(new URL("/api/auth/callback/credentials", baseURL), {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    // a login of no one's, new every time: only the per-client limit can stop this
    body: new URLSearchParams({ csrfToken, login: `nobody.${randomBytes(6).toString("hex")}`, password: "guess", json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

const randomAddress = () => `${1 + (randomBytes(1)[0]! % 223)}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 254)}`;

test("61 sign-ins with random X-Forwarded-For (or X-Real-IP) from one socket: the 31st is refused", async ({ baseURL }) => {
  test.setTimeout(240_000);
  // the limits count in fixed 15-minute windows: start in one with room for the whole run
  const window = SIGN_IN_RATE_LIMITS.perClient.windowSeconds * 1000;
  const left = window - (Date.now() % window);
  if (left < 90_000) await new Promise((resolve) => setTimeout(resolve, left + 1_000));
  const client = await ownClient();
  try {
    const answers: (string | null)[] = [];
    for (let i = 0; i < 61; i++) {
      // half of them the second form: an empty X-Forwarded-For and an X-Real-IP
      const headers: Record<string, string> = i % 2 ? { "X-Forwarded-For": "", "X-Real-IP": randomAddress() } : { "X-Forwarded-For": `${randomAddress()}, ${randomAddress()}` };
      answers.push(await wrongSignIn(client, baseURL!, headers));
    }
    const limit = SIGN_IN_RATE_LIMITS.perClient.limit;
    expect(limit).toBe(30);
    expect(answers.slice(0, limit), "the first 30 are checked (and wrong)").toEqual(Array(limit).fill("CredentialsSignin"));
    for (const answer of answers.slice(limit)) expect(answer, "from the 31st on: refused").toMatch(/^RATE_LIMITED:\d+$/);
  } finally {
    await client.close();
  }
  // another socket is another client: not refused
  const other = await ownClient();
  try {
    expect(await wrongSignIn(other, baseURL!, {})).toBe("CredentialsSignin");
  } finally {
    await other.close();
  }
});
