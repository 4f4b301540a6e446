import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../i18n/messages";
import { TRANSITIONS } from "./lifecycle";
import { mermaidStateDiagram, stateDiagramDocument } from "./state-diagram";

const en = MESSAGES.en;
const stateLabel = (s: string) => en.states[s as keyof typeof en.states];
const actionLabel = (a: string) => en.actions[a as keyof typeof en.actions];

describe("the state diagram", () => {
  it("has an edge for every transition", () => {
    const diagram = mermaidStateDiagram(stateLabel, actionLabel);
    for (const t of TRANSITIONS) expect(diagram).toContain(`${t.from ?? "[*]"} --> ${t.to}: ${actionLabel(t.action)}`);
  });

  it("in docs/ is the one the table draws (run `npx tsx scripts/state-diagram.ts` after changing it)", () => {
    expect(readFileSync("docs/state-diagram.md", "utf8")).toBe(stateDiagramDocument(stateLabel, actionLabel));
  });
});
