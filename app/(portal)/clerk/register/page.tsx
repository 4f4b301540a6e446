import { IntakePage } from "@/components/staff/intake-page";
import { requirePermission } from "@/lib/auth/session";

export default async function ClerkRegisterPage() {
  await requirePermission("workspace.clerk", "/clerk/register");
  return <IntakePage isCorp={false} />;
}
