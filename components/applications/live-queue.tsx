"use client";

import { useQuery } from "@tanstack/react-query";
import type { ApplicationRow } from "@/lib/applications/list-applications";
import { ApplicationTable } from "./application-table";

type Queue = { rows: ApplicationRow[]; total: number };

async function fetchQueue(): Promise<Queue> {
  const response = await fetch("/api/queue", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Queue request failed with ${response.status}`);
  return response.json() as Promise<Queue>;
}

/** Rendered on the server first; then kept fresh, so a package taken by a colleague moves on. */
export function LiveQueue({ initial, showApplicant = true }: { initial: Queue; showApplicant?: boolean }) {
  const { data } = useQuery({ queryKey: ["queue"], queryFn: fetchQueue, initialData: initial, refetchInterval: 15_000 });
  return <ApplicationTable rows={data.rows} total={data.total} showApplicant={showApplicant} />;
}
