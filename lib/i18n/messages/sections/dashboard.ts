// Messages of the regional dashboard, the process map, exports and administration.
import type { Section } from "./section";

const kk = {
  title: "dashboard",
};

export const dashboardMessages: Section<typeof kk> = {
  kk,
  ru: { title: "dashboard" },
  en: { title: "dashboard" },
};
