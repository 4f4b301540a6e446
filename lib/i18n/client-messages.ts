// The part of a dictionary that client components read. The root layout serializes it into
// every page's HTML, so the server-rendered texts (most of the dictionary) stay on the server.
// `client-messages.test.ts` reads the client components' keys and fails when one is missing here.
import type { Messages } from "./messages";

export interface ClientMessages {
  [key: string]: string | ClientMessages;
}

/** Dotted paths of the sections (or single messages) client components translate. */
export const CLIENT_MESSAGE_PATHS = [
  "states",
  "actions",
  "events",
  "roles",
  "channels",
  "purposes",
  "queue",
  "timeline",
  "errors.invalidIin",
  // the intake form's own checks, said as the clerk types (lib/domain/teacher-identity.ts, category-choice.ts)
  "errors.iinBirthDate",
  "errors.iinAge",
  "errors.assignNotHigher",
  "errors.confirmOtherCategory",
  "errors.unexpected",
  "applicant.prepare",
  "applicant.notifications",
  "onlineApplication",
  "staff.queue",
  "ecp",
  "staff.norm",
  "staff.intake",
  "staff.registered",
  "staff.refusedAtCounter",
  "staff.package",
  "staff.scans",
  "staff.check",
  "resultHandover.form",
] as const;

export function pickMessages(messages: Messages | ClientMessages, paths: readonly string[] = CLIENT_MESSAGE_PATHS): ClientMessages {
  const picked: ClientMessages = {};
  for (const path of paths) {
    const parts = path.split(".");
    let source: unknown = messages;
    for (const part of parts) source = typeof source === "object" && source !== null ? (source as ClientMessages)[part] : undefined;
    if (source === undefined) throw new Error(`No message or section "${path}" to send to the browser`);
    let target = picked;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as ClientMessages;
    target[parts.at(-1)!] = source as string | ClientMessages;
  }
  return picked;
}
