// Messages of the applicant's side: public service page, status lookup, teacher account, receipts, notifications.
import type { Section } from "./section";

const kk = {
  title: "applicant",
};

export const applicantMessages: Section<typeof kk> = {
  kk,
  ru: { title: "applicant" },
  en: { title: "applicant" },
};
