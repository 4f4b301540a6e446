"use client";

// Charts a head of department reads at a glance; each sits beside a table of the same numbers,
// which is what screen readers and keyboard users get (the drawing itself is hidden from them).
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Caption, Table, TableHead, Td, Th, Tr } from "@/components/ui/table";

export interface BreakdownRow {
  key: string;
  label: string;
  value: number;
  /** the value as the table shows it */
  display: string;
}

const BRAND = "#0b5cad";
const ALERT = "#b91c1c";

function Panel({ id, title, caption, chart, table }: { id: string; title: string; caption: string; chart: React.ReactNode; table: React.ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption id={`${id}-title`} className="mb-3 font-semibold">{title}</figcaption>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        {/* the chart repeats the table beside it: hidden from screen readers, and not focusable (accessibilityLayer off) */}
        <div aria-hidden="true" className="h-60 min-w-0">{chart}</div>
        <Table isFramed={false} density="compact" data-testid={`${id}-table`}>
          <Caption variant="hidden">{caption}</Caption>
          {table}
        </Table>
      </div>
    </figure>
  );
}

export function BreakdownChart({
  id,
  title,
  caption,
  labelHeader,
  valueHeader,
  rows,
  isShare = false,
  emptyText,
}: {
  id: string;
  title: string;
  caption: string;
  labelHeader: string;
  valueHeader: string;
  rows: BreakdownRow[];
  isShare?: boolean;
  emptyText: string;
}) {
  if (rows.length === 0) {
    return (
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="mb-2 font-semibold">{title}</figcaption>
        <p className="text-sm text-slate-600">{emptyText}</p>
      </figure>
    );
  }
  const data = rows.map((r) => ({ label: r.label, value: isShare ? Math.round(r.value * 1000) / 10 : r.value }));
  return (
    <Panel
      id={id}
      title={title}
      caption={caption}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={isShare ? [0, 100] : [0, "auto"]} unit={isShare ? "%" : undefined} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar dataKey="value" name={valueHeader} fill={BRAND} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <>
          <TableHead>
            <Th>{labelHeader}</Th>
            <Th isNumeric>{valueHeader}</Th>
          </TableHead>
          <tbody>
            {rows.map((r) => (
              <Tr key={r.key}>
                <Th scope="row" weight="normal">{r.label}</Th>
                <Td isNumeric>{r.display}</Td>
              </Tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

export interface TrendRow {
  bucket: string;
  label: string;
  received: number;
  refused: number;
}

export function TrendChart({
  title,
  caption,
  bucketHeader,
  receivedLabel,
  refusedLabel,
  rows,
  emptyText,
}: {
  title: string;
  caption: string;
  bucketHeader: string;
  receivedLabel: string;
  refusedLabel: string;
  rows: TrendRow[];
  emptyText: string;
}) {
  if (rows.length === 0) {
    return (
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="mb-2 font-semibold">{title}</figcaption>
        <p className="text-sm text-slate-600">{emptyText}</p>
      </figure>
    );
  }
  return (
    <Panel
      id="trend"
      title={title}
      caption={caption}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="received" name={receivedLabel} stroke={BRAND} strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="refused" name={refusedLabel} stroke={ALERT} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <>
          <TableHead>
            <Th>{bucketHeader}</Th>
            <Th isNumeric>{receivedLabel}</Th>
            <Th isNumeric>{refusedLabel}</Th>
          </TableHead>
          <tbody>
            {rows.map((r) => (
              <Tr key={r.bucket}>
                <Th scope="row" weight="normal">{r.label}</Th>
                <Td isNumeric>{r.received}</Td>
                <Td isNumeric>{r.refused}</Td>
              </Tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
