import type { Role } from "@/lib/domain/lifecycle";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    organizationId: string | null;
    applicantId: string | null;
  }
  interface Session {
    user: {
      id: string;
      name: string;
      role: Role;
      organizationId: string | null;
      applicantId: string | null;
      /** the account holds a password someone else chose (lib/auth/pending-step.ts) */
      mustChangePassword?: boolean;
    };
    sessionId: string;
    /** a confirmed TOTP factor (lib/auth/second-factor.ts) */
    hasSecondFactor: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** the UserSession row this token stands for (lib/auth/user-sessions.ts) */
    sessionId: string;
    userId: string;
    role: Role;
    organizationId: string | null;
    applicantId: string | null;
  }
}
