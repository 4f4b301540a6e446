import type { ReactNode } from "react";
import { QueryProvider } from "@/components/staff/query-provider";

// The queue table keeps itself live with react-query; only the staff workspaces load it.
export default function WorkspaceLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
