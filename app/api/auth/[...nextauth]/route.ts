import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { createTranslator, type MessageKey } from "@/lib/i18n/translate";

const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own rule (core/lib/assert.js): an absolute http(s) URL, or a path on this site. */
function isValidCallbackUrl(url: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function refuse(request: NextRequest, status: number, messageKey: MessageKey) {
  const t = createTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
  return NextResponse.json({ error: "INVALID_INPUT", message: t(messageKey) }, { status });
}

// Built per request so env() validation runs at request time, not during `next build`.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth answers two malformed requests with a 500: a callback URL it refuses ("server
  // configuration" error) and a GET of the credentials callback (POST only). It is the request
  // that is wrong, so it gets a 4xx in the user's language.
  const base = process.env.NEXTAUTH_URL || request.nextUrl.origin;
  const callbackUrls = [...request.nextUrl.searchParams.getAll("callbackUrl"), ...CALLBACK_URL_COOKIES.map((name) => request.cookies.get(name)?.value)];
  if (callbackUrls.some((url) => url && !isValidCallbackUrl(url, base))) return refuse(request, 400, "reliability.request.unreadable");
  const [action, provider] = (await context.params).nextauth;
  if (request.method !== "POST" && action === "callback" && provider === "credentials") return refuse(request, 405, "reliability.request.wrongMethod");
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
