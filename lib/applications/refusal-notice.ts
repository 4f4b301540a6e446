// The reasoned refusal (дәлелді жауап) as the applicant reads it: the same composition feeds the
// executor's preview before saving and the printed document.
import { interpolate } from "../i18n/translate";

export interface RefusalTemplates {
  heading: string;
  intro: string;
  missing: string;
  clause: string;
  again: string;
}

export interface RefusalNoticeInput {
  registrationNumber: string;
  grounds: { text: string; clause: string }[];
  missingDocumentNames: string[];
  note?: string | null;
}

export interface RefusalNotice {
  heading: string;
  intro: string;
  grounds: { text: string; clause: string }[];
  missingTitle: string | null;
  missing: string[];
  note: string | null;
  closing: string;
}

export function composeRefusalNotice(input: RefusalNoticeInput, templates: RefusalTemplates): RefusalNotice {
  return {
    heading: templates.heading,
    intro: interpolate(templates.intro, { number: input.registrationNumber }),
    grounds: input.grounds.map((g) => ({ text: g.text, clause: interpolate(templates.clause, { clause: g.clause }) })),
    missingTitle: input.missingDocumentNames.length ? templates.missing : null,
    missing: input.missingDocumentNames,
    note: input.note?.trim() || null,
    closing: templates.again,
  };
}
