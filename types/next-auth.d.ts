import type { Role } from "@/lib/domain/lifecycle";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    organizationId: string | null;
    applicantId: string | null;
  }
  interface Session {
    user: { id: string; name: string; role: Role; organizationId: string | null; applicantId: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    role: Role;
    organizationId: string | null;
    applicantId: string | null;
  }
}
