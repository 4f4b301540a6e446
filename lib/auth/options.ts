import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/prisma";
import { env } from "../env";
import { log } from "../log/logger";
import { clientKeyFrom } from "../rate-limit/client-key";
import { redirectWithinPortal } from "./return-path";
import { publicSignInError, SignInError } from "./sign-in-errors";
import { currentSessionCookie, logSignedIn, SESSION_MAX_AGE_SECONDS, sessionClaims } from "./sign-in-session";
import { passwordWithinLimits } from "./sign-in-throttle";
import { acceptTeacherCode } from "./sign-in-codes";
import type { JWT } from "next-auth/jwt";
import { endUserSession, liveSessionOf, startUserSession, type LiveSession } from "./user-sessions";
import { authorizeEcp } from "./ecp/authorize";
import { configuredTrust } from "./ecp/trust-store";

export { SESSION_MAX_AGE_SECONDS };

// What the jwt callback read of the live session, for the session callback of the same call
// (next-auth hands it the very token object the jwt callback returned).
const liveActors = new WeakMap<JWT, LiveSession>();

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Secure (and __Secure-) by lib/auth/session-cookie.ts, not by NEXTAUTH_URL's scheme alone
    useSecureCookies: currentSessionCookie().options.secure,
    cookies: { sessionToken: currentSessionCookie() },
    // a refused sign-in comes back to the form, which shows only the codes it knows (sign-in-errors.ts)
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // next-auth's own reports (a token that does not decode, a failed sign-out) as masked JSON lines
    logger: {
      // a token that does not decode or whose session ended is a visitor's problem, not the portal's
      error: (code, metadata) =>
        code === "JWT_SESSION_ERROR" ? log.warn("auth.session_refused") : log.error(`auth.${code.toLowerCase()}`, { metadata }),
      warn: (code) => log.warn(`auth.${code.toLowerCase()}`),
      debug: (code, metadata) => log.debug(`auth.${code.toLowerCase()}`, { metadata }),
    },
    providers: [
      // IIN and password for now; an eGov / digital-signature provider can stand beside it.
      CredentialsProvider({
        id: "credentials",
        name: "Login and password",
        // `code`: an account with a second factor gives its TOTP code in the same request
        credentials: { login: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, request) {
          try {
            // failed sign-ins are limited per login and client and per client (lib/auth/sign-in-throttle.ts)
            const headers: Record<string, unknown> = request?.headers ?? {};
            const clientKey = clientKeyFrom({ get: (name) => (typeof headers[name] === "string" ? (headers[name] as string) : null) });
            const outcome = await passwordWithinLimits(
              db(),
              { login: String(credentials?.login ?? ""), password: String(credentials?.password ?? ""), code: credentials?.code ? String(credentials.code) : undefined },
              clientKey,
              new Date(),
            );
            if (outcome.kind === "refused") throw new SignInError("RATE_LIMITED", outcome.retryAfterSeconds);
            if (outcome.kind === "failed") return null;
            if (outcome.value.needsCode) throw new SignInError("SECOND_FACTOR_REQUIRED");
            const { actor } = outcome.value;
            logSignedIn(actor, { client: clientKey, via: "credentials-endpoint", secondFactor: Boolean(credentials?.code) });
            return { id: actor.userId, name: actor.name, role: actor.role, organizationId: actor.organizationId, applicantId: actor.applicantId };
          } catch (error) {
            // next-auth puts the message into the URL: only our own codes may be it
            if (!(error instanceof SignInError)) log.error("auth.sign_in.unexpected", { error });
            throw publicSignInError(error);
          }
        },
      }),
      // A teacher's IIN and a code: six digits she asked for, or the activation code of her first
      // receipt (lib/auth/sign-in-codes.ts); the form is /sign-in/code.
      CredentialsProvider({
        id: "otp",
        name: "IIN and one-time code",
        credentials: { iin: { type: "text" }, code: { type: "text" } },
        async authorize(credentials, request) {
          try {
            const headers: Record<string, unknown> = request?.headers ?? {};
            const clientKey = clientKeyFrom({ get: (name) => (typeof headers[name] === "string" ? (headers[name] as string) : null) });
            const outcome = await acceptTeacherCode(db(), { iin: String(credentials?.iin ?? "").slice(0, 40), code: String(credentials?.code ?? "").slice(0, 40), clientKey }, new Date());
            if (outcome.kind === "refused") throw new SignInError("RATE_LIMITED", outcome.retryAfterSeconds);
            if (outcome.kind === "failed") return null;
            const actor = outcome.value;
            logSignedIn(actor, { client: clientKey, via: "otp", secondFactor: false });
            return { id: actor.userId, name: actor.name, role: actor.role, organizationId: actor.organizationId, applicantId: actor.applicantId };
          } catch (error) {
            if (!(error instanceof SignInError)) log.error("auth.sign_in.unexpected", { error });
            throw publicSignInError(error);
          }
        },
      }),
      // a digital signature (ЭЦП) through NCALayer over a one-time challenge (lib/auth/ecp/)
      CredentialsProvider({
        id: "ecp",
        name: "Digital signature (NCALayer)",
        credentials: { iin: { type: "text" }, challenge: { type: "text" }, cms: { type: "text" } },
        async authorize(credentials, request) {
          try {
            const headers: Record<string, unknown> = request?.headers ?? {};
            const clientKey = clientKeyFrom({ get: (name) => (typeof headers[name] === "string" ? (headers[name] as string) : null) });
            const { SANAT_ECP_CA_FILE, SANAT_ECP_OCSP_URL, SANAT_ECP_OCSP_TIMEOUT_MS } = env();
            const ocsp = SANAT_ECP_OCSP_URL ? { url: SANAT_ECP_OCSP_URL, timeoutMs: SANAT_ECP_OCSP_TIMEOUT_MS } : null;
            return await authorizeEcp(db(), credentials, { clientKey, now: new Date(), trust: await configuredTrust(SANAT_ECP_CA_FILE), ocsp });
          } catch (error) {
            if (!(error instanceof SignInError)) log.error("auth.sign_in.unexpected", { error });
            throw publicSignInError(error);
          }
        },
      }),
    ],
    callbacks: {
      // after sign-in and sign-out: a path of the portal, never another site (lib/auth/return-path.ts)
      redirect: redirectWithinPortal,
      async jwt({ token, user }) {
        if (user) {
          // signing in: the token is accepted only while this row is live (checked below on every request)
          const sessionId = (await startUserSession(db(), user.id, new Date(), SESSION_MAX_AGE_SECONDS)).id;
          return { ...token, ...sessionClaims({ userId: user.id, name: user.name ?? "", role: user.role, organizationId: user.organizationId, applicantId: user.applicantId }, sessionId) };
        }
        // Every request: a validly signed token counts only while its session row is live and
        // its user active (one primary-key query). An ended one (signed out elsewhere, account
        // changed or deactivated) is no session: getServerSession returns null, and next-auth
        // answers /api/auth/session with {} and clears the cookie.
        const live = token.sessionId ? await liveSessionOf(db(), token.sessionId, new Date()) : null;
        if (!live || live.actor.userId !== token.userId) throw new Error("the session has ended");
        liveActors.set(token, live);
        return token;
      },
      session({ session, token }) {
        // who the user is now (name, role, organization from the database), not at sign-in
        const live = liveActors.get(token);
        if (!live) throw new Error("the session was not checked");
        const { actor } = live;
        session.user = {
          id: actor.userId,
          name: actor.name,
          role: actor.role,
          organizationId: actor.organizationId,
          applicantId: actor.applicantId,
          mustChangePassword: actor.mustChangePassword,
        };
        session.sessionId = token.sessionId;
        session.hasSecondFactor = live.hasSecondFactor;
        return session;
      },
    },
    events: {
      // the cookie is cleared by next-auth; ending the row makes any copy of the token worthless
      async signOut({ token }) {
        if (token?.sessionId) await endUserSession(db(), token.sessionId, "SIGNED_OUT", new Date());
      },
    },
  };
}
