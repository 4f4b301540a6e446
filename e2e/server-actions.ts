// Calls a server action over HTTP, as the browser does, without a browser: a POST to a page that
// uses the action, with the action's id (from the build's server reference manifest) in the
// `Next-Action` header and the arguments encoded as React encodes them. Server actions are public
// endpoints; the fuzzing and crash tests reach them the way an attacker or a flaky network would.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
  workers: Record<string, unknown>;
}

export interface ServerActionRef {
  id: string;
  exportedName: string;
  filename: string;
  /** a page path (URL) that renders a form using the action: the POST goes there */
  pagePath: string;
}

/** The server actions of the build in `distDir`, by exported name ("runTransition", …). */
export function serverActions(distDir = process.env.NEXT_DIST_DIR ?? ".next"): Map<string, ServerActionRef> {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const found = new Map<string, ServerActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.exportedName || entry.exportedName.startsWith("$$")) continue; // inline actions have no stable name
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    found.set(entry.exportedName, { id, exportedName: entry.exportedName, filename: entry.filename ?? "", pagePath: pagePathOf(worker) });
  }
  return found;
}

/** "app/(portal)/clerk/applications/[id]/page" → "/clerk/applications/x" (dynamic segments need any value). */
function pagePathOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? "x" : segment));
  return `/${segments.join("/")}`;
}

export interface ServerActionResponse {
  status: number;
  contentType: string;
  /** the action's return value when the response carried one (RSC row referenced by "a") */
  value: unknown;
  raw: string;
  /** e.g. `x-action-redirect` (a redirect inside the action), `set-cookie`, `location` */
  headers: Headers;
}

export type ActionBody = { json: unknown[] } | { form: FormData } | { raw: string | Uint8Array<ArrayBuffer>; contentType: string };

/**
 * Posts to the action. `json` arguments are sent as React sends plain values; `form` is what a
 * `<form action>` posts (useActionState actions get `[previousState, formData]`); `raw` sends
 * arbitrary bytes, for fuzzing.
 */
export async function callServerAction(
  baseURL: string,
  action: ServerActionRef,
  body: ActionBody,
  {
    cookie = "",
    headers = {},
    from = fetch,
  }: { cookie?: string; headers?: Record<string, string>; /** another client's fetch (e2e/own-client.ts) */ from?: (url: URL, init: RequestInit) => Promise<Response> } = {},
): Promise<ServerActionResponse> {
  const requestHeaders: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component", Origin: baseURL, ...headers };
  if (cookie) requestHeaders.Cookie = cookie;
  let payload: string | FormData | Uint8Array<ArrayBuffer>;
  if ("json" in body) {
    requestHeaders["Content-Type"] = "text/plain;charset=UTF-8";
    payload = JSON.stringify(body.json);
  } else if ("form" in body) {
    payload = encodeFormReply(body.form);
  } else {
    requestHeaders["Content-Type"] = body.contentType;
    payload = body.raw;
  }
  const response = await from(new URL(action.pagePath, baseURL), { method: "POST", headers: requestHeaders, body: payload, redirect: "manual" });
  const raw = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", value: actionValueOf(raw), raw, headers: response.headers };
}

/** React's reply encoding of `(previousState = null, formData)`: row 0 lists the arguments, "$K1" is the form under prefix "_1_" (React 19.3's encodeReply). */
function encodeFormReply(form: FormData): FormData {
  const encoded = new FormData();
  for (const [name, value] of form.entries()) encoded.append(`_1_${name}`, value);
  encoded.append("0", JSON.stringify([null, "$K1"]));
  return encoded;
}

/** The RSC payload's row 0 names the result row ("a": "$@1"); that row is plain JSON for our ActionResults. */
function actionValueOf(raw: string): unknown {
  const rows = new Map<string, string>();
  for (const line of raw.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const reference = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    if (reference === null) return head?.a === "$undefined" ? undefined : head?.a;
    const row = rows.get(Number.parseInt(reference, 16).toString(16)) ?? rows.get(reference);
    const value: unknown = row === undefined ? undefined : JSON.parse(row);
    return value === "$undefined" ? undefined : value;
  } catch {
    return undefined; // not an action reply (an error page, a redirect): callers look at status and raw
  }
}

/** The session cookie header of a Playwright request context or browser context. */
export function cookieHeader(cookies: { name: string; value: string }[]): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
