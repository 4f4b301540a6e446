// Messages of the staff workspaces: clerk, executor, State Corporation operator.
import type { Section } from "./section";

const kk = {
  title: "staff",
};

export const staffMessages: Section<typeof kk> = {
  kk,
  ru: { title: "staff" },
  en: { title: "staff" },
};
