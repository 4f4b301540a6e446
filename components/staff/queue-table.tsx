"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { runTransition } from "@/lib/server-actions/staff";
import { StateBadge } from "@/components/applications/state-badge";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Table, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { QueuePage } from "@/lib/applications/staff-queue";
import { formatDateTime } from "@/lib/i18n/format";
import { NormBadge } from "./norm-badge";

async function fetchQueue(search: string): Promise<QueuePage> {
  const response = await fetch(`/api/staff/queue?${search}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Queue request failed with ${response.status}`);
  return response.json() as Promise<QueuePage>;
}

/**
 * The queue, rendered on the server first and then kept live: when a colleague takes or
 * finishes a package it moves on here within seconds. Keyboard: ↑/↓ or j/k, Enter, t, /.
 */
export function QueueTable({ initial, search, basePath }: { initial: QueuePage; search: string; basePath: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data, isError, isFetching } = useQuery({
    queryKey: ["staff-queue", search],
    queryFn: () => fetchQueue(search),
    initialData: initial,
    refetchInterval: 10_000,
  });
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    const focusSearch = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName) || target.closest("tr")) return;
      if (event.key === "/") {
        event.preventDefault();
        document.getElementById("queue-search")?.focus();
      } else if (event.key === "j" || event.key === "ArrowDown") {
        // from anywhere on the page, j jumps into the queue
        event.preventDefault();
        rowRefs.current[0]?.focus();
      }
    };
    window.addEventListener("keydown", focusSearch);
    return () => window.removeEventListener("keydown", focusSearch);
  }, []);

  async function take(id: string, version: number) {
    setBusyId(id);
    const result = await runTransition({ applicationId: id, action: "TAKE_FOR_REVIEW", expectedVersion: version });
    setBusyId(null);
    if (result.ok) {
      router.push(`${basePath}/applications/${id}`);
    } else {
      setMessage({ text: result.message, isError: true });
      await queryClient.invalidateQueries({ queryKey: ["staff-queue"] });
    }
  }

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    const row = data.rows[index]!;
    const move = (to: number) => rowRefs.current[Math.max(0, Math.min(data.rows.length - 1, to))]?.focus();
    if (event.key === "ArrowDown" || event.key === "j") {
      event.preventDefault();
      move(index + 1);
    } else if (event.key === "ArrowUp" || event.key === "k") {
      event.preventDefault();
      move(index - 1);
    } else if (event.key === "Enter") {
      router.push(`${basePath}/applications/${row.id}`);
    } else if (event.key === "t" && row.canTake) {
      void take(row.id, row.version);
    }
  }

  return (
    <div>
      <p className="mb-2 text-xs text-slate-600">{t("staff.queue.keyboardHint")}</p>
      {message && (
        <p role="alert" aria-label={message.text} className={`mb-3 rounded border p-3 text-sm ${message.isError ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50"}`}>
          {message.text}
        </p>
      )}
      {isError && <p className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("staff.queue.loadError")}</p>}
      <p aria-live="polite" className="sr-only">{isFetching ? t("staff.queue.refreshing") : ""}</p>
      {data.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("staff.queue.empty")}</p>
      ) : (
        <Table>
          <TableHead>
            <Th>{t("queue.number")}</Th>
            <Th>{t("queue.applicant")}</Th>
            <Th>{t("queue.state")}</Th>
            <Th>{t("staff.queue.deadline")}</Th>
            <Th>{t("queue.channel")}</Th>
            <Th>{t("queue.received")}</Th>
            <Th>{t("staff.queue.actions")}</Th>
          </TableHead>
          <tbody>
            {data.rows.map((row, index) => (
              <Tr
                key={row.id}
                ref={(element) => {
                  rowRefs.current[index] = element;
                }}
                tabIndex={0}
                onKeyDown={(event) => onRowKey(event, index)}
                className="focus:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
                data-testid="queue-row"
              >
                <Td className="font-mono" isNowrap>{row.registrationNumber}</Td>
                {/* a long name (one typed before names were limited) wraps in its own column and never pushes the deadline and "take" off the screen */}
                <Td className="max-w-xs [overflow-wrap:anywhere]">
                  {row.applicantName} <span className="font-mono text-xs text-slate-600">{row.maskedIin}</span>
                  {row.isMine && (
                    <Tag tone="brand" className="ml-2">
                      {t("staff.queue.mineMark")}
                    </Tag>
                  )}
                </Td>
                <Td><StateBadge state={row.state} /></Td>
                <Td>{row.normState && row.minutesLeft !== null ? <NormBadge state={row.normState} minutesLeft={row.minutesLeft} /> : "—"}</Td>
                <Td>{t(`channels.${row.channel}`)}</Td>
                <Td isNowrap>{formatDateTime(row.receivedAt, locale)}</Td>
                <Td isNowrap>
                  <Link href={`${basePath}/applications/${row.id}`} className="text-brand-700 underline">
                    {t("staff.queue.open")}
                  </Link>
                  {row.canTake && (
                    <Button size="xs" disabled={busyId === row.id} onClick={() => take(row.id, row.version)} className="ml-3">
                      {t("actions.TAKE_FOR_REVIEW")}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
