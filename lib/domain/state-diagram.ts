// The state diagram is drawn from the transition table, never by hand (docs/state-diagram.md).
import { APPLICATION_STATES, TRANSITIONS, type Transition } from "./lifecycle";

type Label = (key: string) => string;

export function mermaidStateDiagram(stateLabel: Label, actionLabel: Label): string {
  const lines = ["stateDiagram-v2"];
  for (const state of APPLICATION_STATES) lines.push(`  ${state}: ${stateLabel(state)}`);
  const edges = new Map<string, Transition[]>();
  for (const t of TRANSITIONS) {
    // one edge per action: the office's registration and the teacher's online application both lead to REGISTERED
    const key = `${t.from ?? "[*]"}→${t.to}→${t.action}`;
    edges.set(key, [...(edges.get(key) ?? []), t]);
  }
  for (const group of edges.values()) {
    const first = group[0]!;
    const roles = [...new Set(group.flatMap((t) => t.roles))].join(" or ");
    const rolesBy = first.rolesBy ? ` by the version's ${first.rolesBy}` : "";
    const channels = [...new Set(group.flatMap((t) => t.channels))].join(", ");
    lines.push(`  ${first.from ?? "[*]"} --> ${first.to}: ${actionLabel(first.action)} (${roles}${rolesBy}; ${channels})`);
  }
  lines.push("  RESULT_ISSUED --> [*]");
  return lines.join("\n");
}

export function stateDiagramDocument(stateLabel: Label, actionLabel: Label): string {
  return [
    "# The application's life cycle",
    "",
    "Generated from `TRANSITIONS` in `lib/domain/lifecycle.ts` by `npx tsx scripts/state-diagram.ts`;",
    "a unit test fails when this file and the table drift apart. Labels are the English ones of",
    "`lib/i18n/messages/en.ts`; each edge names who acts and on which channel.",
    "",
    "```mermaid",
    mermaidStateDiagram(stateLabel, actionLabel),
    "```",
    "",
  ].join("\n");
}
