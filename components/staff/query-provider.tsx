"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

/**
 * react-query for the staff queues (the only live data on the portal). It sits in the layouts of
 * the workspaces whose pages use it, so the public pages and the applicant's never load it.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  // one client per workspace visit; queues refresh themselves when another staff member acts
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true } } }),
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
