import { withAuth } from "next-auth/middleware";

// An early redirect to sign-in for workspaces; not the security boundary (pages, actions and
// route handlers check the actor themselves).
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  matcher: ["/applicant/:path*", "/clerk/:path*", "/executor/:path*", "/corp/:path*", "/region/:path*", "/admin/:path*"],
};
