// Regenerates docs/state-diagram.md from the transition table.
import { writeFileSync } from "node:fs";
import { stateDiagramDocument } from "../lib/domain/state-diagram";
import { MESSAGES } from "../lib/i18n/messages";

const en = MESSAGES.en;
writeFileSync(
  "docs/state-diagram.md",
  stateDiagramDocument(
    (state) => en.states[state as keyof typeof en.states],
    (action) => en.actions[action as keyof typeof en.actions],
  ),
);
console.log("docs/state-diagram.md written");
