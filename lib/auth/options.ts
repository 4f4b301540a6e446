import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/prisma";
import { env } from "../env";
import { clientKeyFrom } from "../rate-limit/client-key";
import { authenticateWithinLimits } from "./sign-in-throttle";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
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
      jwt({ token, user }) {
        if (user) {
          token.userId = user.id;
          token.role = user.role;
          token.organizationId = user.organizationId;
          token.applicantId = user.applicantId;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.userId,
          name: token.name ?? "",
          role: token.role,
          organizationId: token.organizationId,
          applicantId: token.applicantId,
        };
        return session;
      },
    },
  };
}
