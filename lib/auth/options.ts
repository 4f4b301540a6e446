import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/prisma";
import { env } from "../env";
import { log } from "../log/logger";
import { clientKeyFrom } from "../rate-limit/client-key";
import { authenticateWithinLimits } from "./sign-in-throttle";
import type { JWT } from "next-auth/jwt";
import { actorOfLiveSession, endUserSession, startUserSession, type SessionActor } from "./user-sessions";

// one working day, counted from sign-in: the server-side session row expires then, whatever
// the cookie's sliding expiry says
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// What the jwt callback read of the live session, for the session callback of the same call
// (next-auth hands it the very token object the jwt callback returned).
const liveActors = new WeakMap<JWT, SessionActor>();

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
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
        credentials: { login: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, request) {
          // failed sign-ins are limited per login and per client; over the limit this throws,
          // and next-auth hands the message to the form, which says how long to wait
          const headers: Record<string, unknown> = request?.headers ?? {};
          const clientKey = clientKeyFrom({ get: (name) => (typeof headers[name] === "string" ? (headers[name] as string) : null) });
          const actor = await authenticateWithinLimits(db(), credentials?.login ?? "", credentials?.password ?? "", clientKey, new Date());
          if (!actor) return null;
          return {
            id: actor.userId,
            name: actor.name,
            role: actor.role,
            organizationId: actor.organizationId,
            applicantId: actor.applicantId,
          };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          // signing in: the token is accepted only while this row is live (checked below on every request)
          token.sessionId = (await startUserSession(db(), user.id, new Date(), SESSION_MAX_AGE_SECONDS)).id;
          token.userId = user.id;
          token.role = user.role;
          token.organizationId = user.organizationId;
          token.applicantId = user.applicantId;
          return token;
        }
        // Every request: a validly signed token counts only while its session row is live and
        // its user active (one primary-key query). An ended one (signed out elsewhere, account
        // changed or deactivated) is no session: getServerSession returns null, and next-auth
        // answers /api/auth/session with {} and clears the cookie.
        const actor = token.sessionId ? await actorOfLiveSession(db(), token.sessionId, new Date()) : null;
        if (!actor || actor.userId !== token.userId) throw new Error("the session has ended");
        liveActors.set(token, actor);
        return token;
      },
      session({ session, token }) {
        // who the user is now (name, role, organization from the database), not at sign-in
        const actor = liveActors.get(token);
        if (!actor) throw new Error("the session was not checked");
        session.user = {
          id: actor.userId,
          name: actor.name,
          role: actor.role,
          organizationId: actor.organizationId,
          applicantId: actor.applicantId,
          mustChangePassword: actor.mustChangePassword,
        };
        session.sessionId = token.sessionId;
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
