import { IntakePage } from "@/components/staff/intake-page";
import { requirePermission } from "@/lib/auth/session";

export default async function CorpRegisterPage() {
  await requirePermission("workspace.corp", "/corp/register");
  return <IntakePage isCorp={true} />;
}
