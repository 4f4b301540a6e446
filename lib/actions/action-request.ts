// What a server-action request must look like before Next.js decodes it. Next answers 500 to a
// reply React cannot decode (bad JSON, a reference to a row that is not there, a body over the
// limit, more than 1,000 arguments) and PostgreSQL refuses text with NUL in it after the action
// has run; proxy.ts asks this module first and answers 4xx with a translated message instead.
// Plain TypeScript (no Next.js), so the rules are unit-tested in lib/actions/action-request.test.ts.
import type { MessageKey } from "../i18n/translate";
import { judgeOrigin } from "../security/request-origin";

/** Next's default `serverActions.bodySizeLimit` (next.config.js does not change it). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** Next refuses more arguments than this, with a 500. */
const MAX_ARGUMENTS = 1000;
/** No form of the portal nests deeper; a deeper reply is a crafted one. */
const MAX_DEPTH = 32;

export interface ActionRequestProblem {
  status: 400 | 403 | 413 | 415;
  messageKey: MessageKey;
}

const unreadable: ActionRequestProblem = { status: 400, messageKey: "reliability.request.unreadable" };
const tooLarge: ActionRequestProblem = { status: 413, messageKey: "reliability.request.tooLarge" };
const wrongType: ActionRequestProblem = { status: 415, messageKey: "reliability.request.wrongContentType" };
const foreignOrigin: ActionRequestProblem = { status: 403, messageKey: "reliability.request.foreignOrigin" };

export interface ActionRequest {
  /** a fetch action (the `Next-Action` header); otherwise a form posted without JavaScript */
  isFetchAction: boolean;
  /** the Origin, Host, X-Forwarded-Host and Sec-Fetch-Site headers (lib/security/request-origin.ts) */
  origin?: string | null;
  host?: string | null;
  forwardedHost?: string | null;
  fetchSite?: string | null;
  contentType: string | null;
  contentLength: string | null;
  body: () => Promise<ArrayBuffer>;
}

/**
 * Null when the request may go on to Next.js: a fetch action whose reply React can decode, a
 * multipart form post, or a POST that is no action at all (not ours to judge).
 */
export async function actionRequestProblem(request: ActionRequest): Promise<ActionRequestProblem | null> {
  const contentType = request.contentType?.toLowerCase() ?? "";
  const isMultipart = contentType.startsWith("multipart/form-data");
  if (!request.isFetchAction && !isMultipart) return null;
  const originProblem = crossOriginProblem(request);
  if (originProblem) return originProblem;
  if (Number(request.contentLength ?? 0) > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  if (request.isFetchAction && !isMultipart && !contentType.startsWith("text/plain")) return wrongType;

  const bytes = await request.body().catch(() => null);
  if (bytes === null) return unreadable;
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  if (!isMultipart) {
    const text = strictUtf8(bytes);
    return text !== null && isDecodableReply(text, null) ? null : unreadable;
  }
  const form = await new Response(bytes, { headers: { "content-type": request.contentType! } }).formData().catch(() => null);
  if (form === null || !hasTextWithoutNul(form)) return unreadable;
  if (!request.isFetchAction) return hasReadableFormActionDescriptors(form) ? null : unreadable;
  const root = form.get("0");
  return typeof root === "string" && isDecodableReply(root, form) ? null : unreadable;
}

/**
 * Next.js refuses an action whose Origin names another host than X-Forwarded-Host (its first
 * entry) or else Host (its CSRF check; next.config.js allows no other origins), but with a 500, and
 * an Origin that is no URL makes it throw. A request without an Origin is let through, as Next
 * does: browsers always send one with a POST, so only a hand-made request lacks it. The comparison
 * is lib/security/request-origin.ts, shared with the route handlers.
 */
function crossOriginProblem(request: ActionRequest): ActionRequestProblem | null {
  const verdict = judgeOrigin(request);
  return verdict === "unreadable" ? unreadable : verdict === "foreign" ? foreignOrigin : null;
}

function strictUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasTextWithoutNul(form: FormData): boolean {
  for (const [name, value] of form.entries()) {
    if (name.includes("\0") || (typeof value === "string" && value.includes("\0"))) return false;
  }
  return true;
}

/** A form posted without JavaScript names its action in `$ACTION_<n>:0` as JSON, which React parses unguarded. */
function hasReadableFormActionDescriptors(form: FormData): boolean {
  for (const [name, value] of form.entries()) {
    if (!/^\$ACTION_\d+:0$/.test(name)) continue;
    if (typeof value !== "string") return false;
    const descriptor = parseJson(value);
    if (typeof descriptor !== "object" || descriptor === null || Array.isArray(descriptor)) return false;
  }
  return true;
}

// Strings React's reply decoder turns into plain values without looking anything up.
const PLAIN_VALUE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d{1,300}$)/;
const FORM_DATA_REFERENCE = /^\$K[0-9a-f]{1,8}$/;
const ROW_REFERENCE = /^\$[0-9a-f]{1,8}$/;
const NOT_PARSED = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_PARSED;
  }
}

/**
 * The reply's root row is a JSON array of the arguments. A string starting with "$" is a reference
 * in React's encoding: only plain values are allowed, and in a multipart reply also a form ("$K1")
 * and another row of the same reply ("$2"), followed once (a cycle would wait forever).
 */
function isDecodableReply(rootRow: string, form: FormData | null): boolean {
  const root = parseJson(rootRow);
  if (!Array.isArray(root) || root.length > MAX_ARGUMENTS) return false;
  const visitedRows = new Set<string>(["0"]);
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (depth > MAX_DEPTH) return false;
    if (typeof value === "string") {
      if (value.includes("\0")) return false;
      if (!value.startsWith("$") || PLAIN_VALUE.test(value)) continue;
      if (form !== null && FORM_DATA_REFERENCE.test(value)) continue;
      if (form === null || !ROW_REFERENCE.test(value)) return false;
      const row = String(Number.parseInt(value.slice(1), 16));
      const text = form.get(row);
      if (visitedRows.has(row) || typeof text !== "string") return false;
      visitedRows.add(row);
      const parsed = parseJson(text);
      if (parsed === NOT_PARSED) return false;
      pending.push({ value: parsed, depth: depth + 1 });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key.includes("\0")) return false;
        pending.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return true;
}
