// The online application as its form posts it (multipart): the prepare form's fields as text,
// one file per checklist document under `scan.<code>`, and the confirmation code. Read here into
// the use-case's input; the use-case judges every value.
import { MAX_SCAN_BYTES } from "../scans/file-type";
import type { OnlineApplicationInput, OnlineScan } from "./submit-online-application";

const TEXT_FIELDS = ["iin", "lastName", "firstName", "middleName", "phone", "email", "locale", "purpose", "categorySought", "categoryHeld", "providerId"] as const;
const SCAN_FIELD = /^scan\.([A-Z_]{1,60})$/;
/** No version's checklist is longer; a form with more files is a crafted one. */
const MAX_SCANS = 12;

/** The largest body the form may post: a full-size scan for each document, and the text. */
export const ONLINE_FORM_MAX_BYTES = MAX_SCANS * MAX_SCAN_BYTES + 1024 * 1024;

export async function onlineApplicationFromForm(form: FormData): Promise<OnlineApplicationInput> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 300) : "";
  };
  const scans: OnlineScan[] = [];
  for (const [name, value] of form.entries()) {
    const match = SCAN_FIELD.exec(name);
    // an empty file input posts a nameless empty file: no scan given
    if (!match || typeof value === "string" || (value.size === 0 && value.name === "")) continue;
    if (scans.length >= MAX_SCANS) break;
    scans.push({ documentCode: match[1]!, fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return {
    application: Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(name)])),
    scans,
    confirmation: { kind: "code", code: text("code").slice(0, 40) },
  };
}
