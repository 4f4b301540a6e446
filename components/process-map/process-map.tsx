import Link from "next/link";
import type { ApplicationState } from "@/lib/domain/lifecycle";
import type { NormedStep } from "@/lib/domain/regulation-version";
import { buildProcessMap, layoutProcessMap, LANES, type MapNode } from "@/lib/process-map/build";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { Table, TableHead, Td, Th, Tr } from "@/components/ui/table";

export interface StepCount {
  waiting: number;
  overdue: number;
}

function normLabel(node: MapNode, norms: Record<NormedStep, number>, t: Translate): string | null {
  // the start leads to two different first steps (office or State Corporation): no single norm
  if (!node.step || node.kind === "end" || node.kind === "start") return null;
  if (node.step === "RESULT_DELIVERY") return t("dashboard.processMap.dayBefore");
  return t("dashboard.processMap.norm", { minutes: norms[node.step] });
}

/**
 * The appendix's diagram as SVG, from the transition table. With `counts`, each waiting step
 * shows how many packages wait and how many are overdue, and opens that queue (`hrefFor`).
 * A table of the same steps follows for readers who do not see the drawing.
 */
export async function ProcessMap({
  norms,
  counts,
  hrefFor,
}: {
  norms: Record<NormedStep, number>;
  counts?: Partial<Record<ApplicationState, StepCount>>;
  hrefFor?: (state: ApplicationState, isOverdueOnly: boolean) => string;
}) {
  const { t } = await getTranslator();
  const map = buildProcessMap();
  const geometry = layoutProcessMap(map);
  const title = (node: MapNode) => (node.id === "START" ? t("dashboard.processMap.start") : node.kind === "end" ? t("dashboard.processMap.end") : t(`states.${node.id}`));
  const isLive = Boolean(counts);

  return (
    <div className="space-y-6">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2">
        <svg
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          // with links to the queues inside it is a group (an image's children are not reachable)
          role={hrefFor ? "group" : "img"}
          aria-labelledby="process-map-title"
          className="h-auto w-full min-w-[960px]"
          data-testid="process-map"
        >
          <title id="process-map-title">{isLive ? t("dashboard.processMap.liveTitle") : t("dashboard.processMap.title")}</title>
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#475569" />
            </marker>
          </defs>
          {geometry.lanes.map((lane, index) => (
            <g key={lane.lane}>
              <rect x={0} y={lane.y} width={geometry.width} height={lane.height} fill={index % 2 ? "#f8fafc" : "#eef6ff"} stroke="#cbd5e1" />
              <foreignObject x={4} y={lane.y} width={geometry.laneHeader - 12} height={lane.height}>
                <div className="flex h-full items-center text-xs font-semibold text-slate-700">{t(`dashboard.processMap.lanes.${lane.lane}`)}</div>
              </foreignObject>
            </g>
          ))}
          {map.edges.map((edge) => {
            const a = geometry.boxes.get(edge.from)!;
            const b = geometry.boxes.get(edge.to)!;
            const [x1, y1, x2, y2] = [a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2];
            const bend = Math.max(24, (x2 - x1) / 2);
            return (
              <path
                key={`${edge.from}-${edge.to}`}
                d={`M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`}
                fill="none"
                stroke="#475569"
                strokeWidth={1.5}
                markerEnd="url(#arrow)"
              />
            );
          })}
          {map.nodes.map((node) => {
            const box = geometry.boxes.get(node.id)!;
            const count = node.id !== "START" ? counts?.[node.id] : undefined;
            const isWaiting = node.kind === "step" || node.kind === "choice";
            const norm = normLabel(node, norms, t);
            const shape = (
              <g data-testid={`map-node-${node.id}`}>
                <rect
                  x={box.x}
                  y={box.y}
                  width={box.width}
                  height={box.height}
                  rx={node.kind === "start" || node.kind === "end" ? box.height / 2 : 6}
                  fill={count && count.overdue > 0 ? "#fef2f2" : "#ffffff"}
                  stroke={count && count.overdue > 0 ? "#b91c1c" : node.kind === "choice" ? "#b45309" : "#0b5cad"}
                  strokeWidth={node.kind === "choice" ? 2.5 : 1.5}
                  strokeDasharray={node.kind === "choice" ? "6 3" : undefined}
                />
                {node.kind === "choice" && <path d={`M ${box.x + box.width - 14} ${box.y + 3} l 9 9 l -9 9 l -9 -9 z`} fill="#b45309" />}
                <foreignObject x={box.x + 4} y={box.y + 2} width={box.width - 8} height={box.height - 4}>
                  <div className="flex h-full flex-col justify-center text-center text-[10px] leading-tight text-slate-900">
                    <span className="font-semibold">{title(node)}</span>
                    {norm && <span className="text-slate-600">{norm}</span>}
                    {count && isWaiting && (
                      <span className="font-semibold text-brand-900">
                        {t("dashboard.processMap.waiting", { count: count.waiting })}
                        {count.overdue > 0 && <span className="block text-red-700">{t("dashboard.processMap.overdue", { count: count.overdue })}</span>}
                      </span>
                    )}
                  </div>
                </foreignObject>
              </g>
            );
            return hrefFor && isWaiting && node.id !== "START" ? (
              <a key={node.id} href={hrefFor(node.id, false)}>
                {shape}
              </a>
            ) : (
              <g key={node.id}>{shape}</g>
            );
          })}
        </svg>
      </div>

      <section aria-labelledby="legend-title" className="text-sm">
        <h2 id="legend-title" className="mb-2 font-semibold">{t("dashboard.processMap.legendTitle")}</h2>
        <ul className="grid gap-1 sm:grid-cols-2">
          <li><span aria-hidden="true" className="mr-2 inline-block h-3 w-6 rounded border border-brand-600 align-middle" />{t("dashboard.processMap.legendStep")}</li>
          <li><span aria-hidden="true" className="mr-2 inline-block h-3 w-6 rounded border-2 border-dashed border-amber-700 align-middle" />{t("dashboard.processMap.legendChoice")}</li>
          <li><span aria-hidden="true" className="mr-2 inline-block h-3 w-6 rounded-full border border-brand-600 align-middle" />{t("dashboard.processMap.legendStartEnd")}</li>
          <li><span aria-hidden="true" className="mr-2 inline-block align-middle">→</span>{t("dashboard.processMap.legendArrow")}</li>
        </ul>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="mb-2 font-semibold">{t("dashboard.processMap.tableTitle")}</h2>
        <Table data-testid="process-steps-table">
          <TableHead>
            <Th>{t("dashboard.processMap.state")}</Th>
            <Th>{t("dashboard.processMap.lane")}</Th>
            <Th>{t("dashboard.processMap.actions")}</Th>
            <Th>{t("dashboard.processMap.channels")}</Th>
            {isLive && <Th isNumeric>{t("dashboard.processMap.waitingHeader")}</Th>}
            {isLive && <Th isNumeric>{t("dashboard.processMap.overdueHeader")}</Th>}
          </TableHead>
          <tbody>
            {[...map.nodes].sort((a, b) => a.column - b.column).map((node) => {
              const count = node.id !== "START" ? counts?.[node.id] : undefined;
              const isWaiting = node.kind === "step" || node.kind === "choice";
              return (
                <Tr key={node.id}>
                  <Th scope="row">
                    {hrefFor && isWaiting && node.id !== "START" ? (
                      <Link href={hrefFor(node.id, false)} className="text-brand-700 hover:underline">{title(node)}</Link>
                    ) : (
                      title(node)
                    )}
                    {normLabel(node, norms, t) && <span className="block text-xs font-normal text-slate-500">{normLabel(node, norms, t)}</span>}
                  </Th>
                  <Td>{t(`dashboard.processMap.lanes.${node.lane}`)}</Td>
                  <Td>{node.actions.map((a) => t(`actions.${a}`)).join("; ")}</Td>
                  <Td>{node.channels.map((c) => t(`channels.${c}`)).join(", ")}</Td>
                  {isLive && <Td isNumeric>{isWaiting ? (count?.waiting ?? 0) : ""}</Td>}
                  {isLive && (
                    <Td isNumeric>
                      {isWaiting && hrefFor && node.id !== "START" && (count?.overdue ?? 0) > 0 ? (
                        <Link href={hrefFor(node.id, true)} className="font-semibold text-red-700 hover:underline">{count!.overdue}</Link>
                      ) : isWaiting ? (
                        (count?.overdue ?? 0)
                      ) : (
                        ""
                      )}
                    </Td>
                  )}
                </Tr>
              );
            })}
          </tbody>
        </Table>
      </section>
    </div>
  );
}
