import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own rule (core/lib/assert.js): an absolute http(s) URL, or a path on this site. */
function isValidCallbackUrl(url: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** The callback URLs a sign-in or sign-out form posts (read from a copy: next-auth reads the body itself). */
async function postedCallbackUrls(request: NextRequest): Promise<unknown[]> {
  if (request.method !== "POST" || !request.headers.get("content-type")?.toLowerCase().includes("application/x-www-form-urlencoded")) return [];
  const form = await request.clone().formData().catch(() => null);
  return form?.getAll("callbackUrl") ?? [];
}

// Built per request so env() validation runs at request time, not during `next build`.
const handler = defineRoute({
  access: "public",
  params: z.object({ nextauth: z.array(z.string()) }),
  run: async ({ request, params }) => {
    // next-auth answers two malformed requests with a 500: a callback URL it refuses ("server
    // configuration" error; in the query, a cookie or a posted form) and a GET of the credentials
    // callback (POST only). It is the request
    // that is wrong, so it gets a 4xx in the user's language.
    const base = env().NEXTAUTH_URL;
    const callbackUrls = [
      ...request.nextUrl.searchParams.getAll("callbackUrl"),
      ...CALLBACK_URL_COOKIES.map((name) => request.cookies.get(name)?.value),
      ...(await postedCallbackUrls(request)),
    ];
    if (callbackUrls.some((url) => url && (typeof url !== "string" || !isValidCallbackUrl(url, base)))) throw new AppError("INVALID_INPUT", "reliability.request.unreadable");
    const [action, provider] = params.nextauth;
    if (request.method !== "POST" && action === "callback" && provider === "credentials") throw new AppError("METHOD_NOT_ALLOWED", "reliability.request.wrongMethod");
    // its error page redirects to `/sign-in?error=<the query's error>` without encoding it: a
    // control character (`error=%00`) makes the Location header invalid and the answer a 500.
    // next-auth's own codes are words; anything else is not one of them
    const error = request.nextUrl.searchParams.get("error");
    if (action === "error" && error !== null && !/^[A-Za-z]{1,40}$/.test(error)) throw new AppError("INVALID_INPUT", "reliability.request.unreadable");
    return NextAuth(authOptions())(request, { params: Promise.resolve(params) });
  },
});

export { handler as GET, handler as POST };
