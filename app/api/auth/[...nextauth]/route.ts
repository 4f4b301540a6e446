import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Built per request so env() validation runs at request time, not during `next build`.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
