// The regulation's appendix diagram, drawn from the transition table the portal runs on
// (lib/domain/lifecycle.ts): one box per state a package waits in, one arrow per transition,
// in four swimlanes — State Corporation operator, responsible executor, service provider,
// office clerk. Nothing here is drawn by hand, so the map cannot drift from the code.
import {
  APPLICATION_STATES,
  FINAL_STATES,
  TRANSITIONS,
  type Action,
  type ApplicationState,
  type Channel,
  type Role,
  type Step,
  type Transition,
} from "../domain/lifecycle";

export const LANES = ["CORP_OPERATOR", "EXECUTOR", "PROVIDER", "CLERK"] as const;
export type Lane = (typeof LANES)[number];

export type NodeId = ApplicationState | "START";
export type NodeKind = "start" | "step" | "choice" | "end";

export interface MapNode {
  id: NodeId;
  kind: NodeKind;
  lane: Lane;
  /** left to right: the longest path from the start */
  column: number;
  /** top to bottom within the lane, when two boxes share a column */
  row: number;
  /** what is done next to a package waiting here, and the step whose clock runs meanwhile */
  actions: Action[];
  step: Step | null;
  channels: Channel[];
}

export interface MapEdge {
  from: NodeId;
  to: ApplicationState;
  actions: Action[];
  channels: Channel[];
}

export interface ProcessMap {
  nodes: MapNode[];
  edges: MapEdge[];
  columns: number;
  laneRows: Record<Lane, number>;
}

const ROLE_LANE: Partial<Record<Role, Lane>> = { CORP_OPERATOR: "CORP_OPERATOR", EXECUTOR: "EXECUTOR", CLERK: "CLERK" };
const unique = <T,>(values: T[]) => [...new Set(values)];

/**
 * Lanes: a waiting state sits in the lane of the role that acts on it next. Two kinds of box are
 * the service provider's own: the start and the end of the service, and the result of a choice
 * (accepted or refused is the provider's answer, whoever then carries it).
 */
export function buildProcessMap(transitions: readonly Transition[] = TRANSITIONS): ProcessMap {
  const outgoing = (id: NodeId) => transitions.filter((t) => (t.from ?? "START") === id);
  const isChoice = (id: NodeId) => {
    const out = outgoing(id);
    // a choice: one package, on one channel, can go two ways
    return out.some((a) => out.some((b) => a.to !== b.to && a.channels.some((c) => b.channels.includes(c))));
  };
  const choiceResults = new Set(transitions.filter((t) => t.from !== null && isChoice(t.from)).map((t) => t.to));

  // longest path from the start: the table has no cycles, so this settles
  const column = new Map<NodeId, number>([["START", 0]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of transitions) {
      const from = column.get(t.from ?? "START");
      if (from === undefined) continue;
      if ((column.get(t.to) ?? -1) < from + 1) {
        column.set(t.to, from + 1);
        changed = true;
        if (from + 1 > transitions.length + 1) throw new Error("The transition table has a cycle");
      }
    }
  }

  const ids: NodeId[] = ["START", ...APPLICATION_STATES.filter((s) => column.has(s))];
  const nodes: MapNode[] = ids.map((id) => {
    const out = outgoing(id);
    const isEnd = id !== "START" && FINAL_STATES.includes(id);
    const roleLanes = unique(out.flatMap((t) => t.roles).map((r) => ROLE_LANE[r]).filter((l): l is Lane => Boolean(l)));
    const lane: Lane = id === "START" || isEnd || choiceResults.has(id as ApplicationState) ? "PROVIDER" : (roleLanes[0] ?? "PROVIDER");
    return {
      id,
      kind: id === "START" ? "start" : isEnd ? "end" : isChoice(id) ? "choice" : "step",
      lane,
      column: column.get(id)!,
      row: 0,
      actions: unique(out.map((t) => t.action)),
      step: out[0]?.step ?? null,
      channels: unique(out.flatMap((t) => t.channels)),
    };
  });
  const laneRows = Object.fromEntries(LANES.map((lane) => [lane, 1])) as Record<Lane, number>;
  for (const node of nodes) {
    const above = nodes.filter((n) => n !== node && n.lane === node.lane && n.column === node.column && nodes.indexOf(n) < nodes.indexOf(node));
    node.row = above.length;
    laneRows[node.lane] = Math.max(laneRows[node.lane], node.row + 1);
  }

  const edgeMap = new Map<string, MapEdge>();
  for (const t of transitions) {
    const from: NodeId = t.from ?? "START";
    const key = `${from}→${t.to}`;
    const edge = edgeMap.get(key) ?? { from, to: t.to, actions: [], channels: [] };
    edge.actions = unique([...edge.actions, t.action]);
    edge.channels = unique([...edge.channels, ...t.channels]);
    edgeMap.set(key, edge);
  }
  return { nodes, edges: [...edgeMap.values()], columns: Math.max(...nodes.map((n) => n.column)) + 1, laneRows };
}

export interface Geometry {
  width: number;
  height: number;
  laneHeader: number;
  lanes: { lane: Lane; y: number; height: number }[];
  boxes: Map<NodeId, { x: number; y: number; width: number; height: number }>;
}

const COLUMN = 150;
const BOX = { width: 132, height: 96 };
const ROW = 112;
const LANE_HEADER = 150;
const PADDING = 12;

/** Coordinates for an SVG drawing of the map. */
export function layoutProcessMap(map: ProcessMap): Geometry {
  let y = 0;
  const lanes = LANES.map((lane) => {
    const height = map.laneRows[lane] * ROW + PADDING;
    const entry = { lane, y, height };
    y += height;
    return entry;
  });
  const boxes = new Map(
    map.nodes.map((node) => {
      const lane = lanes.find((l) => l.lane === node.lane)!;
      return [
        node.id,
        { x: LANE_HEADER + node.column * COLUMN + (COLUMN - BOX.width) / 2, y: lane.y + PADDING + node.row * ROW, ...BOX },
      ] as const;
    }),
  );
  return { width: LANE_HEADER + map.columns * COLUMN, height: y, laneHeader: LANE_HEADER, lanes, boxes };
}
