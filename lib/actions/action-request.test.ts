import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionRequestProblem } from "./action-request";

const TEXT = "text/plain;charset=UTF-8";

function fetchAction(body: string | Uint8Array<ArrayBuffer> | FormData, contentType: string | null = TEXT, contentLength: string | null = null) {
  const response = new Response(body);
  return actionRequestProblem({
    isFetchAction: true,
    contentType: body instanceof FormData ? response.headers.get("content-type") : contentType,
    contentLength,
    body: () => response.arrayBuffer(),
  });
}

/** The way React's encodeReply sends `(previousState, formData)`: the form under "_1_". */
function formReply(fields: Record<string, string>, root = '[null,"$K1"]') {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", root);
  return form;
}

describe("a server-action request Next.js can decode", () => {
  it("passes what React's client sends: plain JSON arguments and a form reply", async () => {
    expect(await fetchAction(JSON.stringify([{ applicationId: "x", action: "TAKE", note: "$$cost" }]))).toBeNull();
    expect(await fetchAction('["$undefined", "$NaN", "$-0", "$D2026-01-01T00:00:00.000Z", "$n12"]')).toBeNull();
    expect(await fetchAction(formReply({ lastName: "Әлиева", documents: "APPLICATION_FORM" }))).toBeNull();
    const outlined = formReply({}, '[{"status":"$1"},"$K1"]');
    outlined.append("1", '"error"');
    expect(await fetchAction(outlined)).toBeNull();
  });

  it("passes a form posted without JavaScript, and POSTs that are no action at all", async () => {
    const form = new FormData();
    form.append("$ACTION_ID_7f00aa", "");
    form.append("iin", "760907410001");
    const response = new Response(form);
    expect(
      await actionRequestProblem({ isFetchAction: false, contentType: response.headers.get("content-type"), contentLength: null, body: () => response.arrayBuffer() }),
    ).toBeNull();
    expect(await actionRequestProblem({ isFetchAction: false, contentType: "application/json", contentLength: null, body: () => Promise.reject(new Error("not read")) })).toBeNull();
  });

  it("refuses a body React cannot decode with 400", async () => {
    for (const body of ["{{{", "", "null", '{"a":1}', '"$1"', '["$1"]', '["$"]', '["$Q1"]', '["$@1"]', '["$nabc"]', '["$T"]', '["a\\u0000b"]', `[${"[".repeat(40)}${"]".repeat(40)}]`]) {
      expect(await fetchAction(body), body).toEqual({ status: 400, messageKey: "reliability.request.unreadable" });
    }
    expect(await fetchAction(`[${Array.from({ length: 1001 }, () => "0").join(",")}]`)).toMatchObject({ status: 400 });
    expect(await fetchAction(new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]))).toMatchObject({ status: 400 });
  });

  it("refuses a form reply without its root row, with a missing or cyclic row, or with NUL in a field", async () => {
    const withoutRoot = new FormData();
    withoutRoot.append("_1_iin", "1");
    expect(await fetchAction(withoutRoot)).toMatchObject({ status: 400 });
    expect(await fetchAction(formReply({}, '["$2","$K1"]'))).toMatchObject({ status: 400 });
    const cycle = formReply({}, '["$1"]');
    cycle.append("1", '["$1"]');
    expect(await fetchAction(cycle)).toMatchObject({ status: 400 });
    expect(await fetchAction(formReply({ lastName: "a\0b" }))).toMatchObject({ status: 400 });
    const mpa = new FormData();
    mpa.append("$ACTION_REF_1", "");
    mpa.append("$ACTION_1:0", '{"id":"7f00aa"');
    const response = new Response(mpa);
    expect(
      await actionRequestProblem({ isFetchAction: false, contentType: response.headers.get("content-type"), contentLength: null, body: () => response.arrayBuffer() }),
    ).toMatchObject({ status: 400 });
  });

  it("refuses other content types with 415 and bodies over the limit with 413", async () => {
    expect(await fetchAction("[]", "application/json")).toEqual({ status: 415, messageKey: "reliability.request.wrongContentType" });
    expect(await fetchAction("[]", null)).toMatchObject({ status: 415 });
    expect(await fetchAction("[]", TEXT, String(ACTION_BODY_LIMIT_BYTES + 1))).toEqual({ status: 413, messageKey: "reliability.request.tooLarge" });
    expect(await fetchAction(`["${"a".repeat(ACTION_BODY_LIMIT_BYTES)}"]`)).toMatchObject({ status: 413 });
  });

  it("refuses, as Next.js's CSRF check would, an action from another origin: with 403 instead of Next's 500", async () => {
    const from = (origin: string | null, host: string | null, forwardedHost: string | null = null) =>
      actionRequestProblem({ isFetchAction: true, origin, host, forwardedHost, contentType: TEXT, contentLength: null, body: async () => new TextEncoder().encode("[]").buffer as ArrayBuffer });
    expect(await from("https://sanat.mangystau.kz", "sanat.mangystau.kz")).toBeNull();
    expect(await from("http://127.0.0.1:3000", "127.0.0.1:3000")).toBeNull();
    // behind the balancer Next compares with the first X-Forwarded-Host, not with Host
    expect(await from("https://sanat.mangystau.kz", "10.0.0.5:3000", "sanat.mangystau.kz, lb.internal")).toBeNull();
    expect(await from("https://sanat.mangystau.kz", "sanat.mangystau.kz", "other.example")).toEqual({ status: 403, messageKey: "reliability.request.foreignOrigin" });
    expect(await from("https://evil.example", "sanat.mangystau.kz")).toEqual({ status: 403, messageKey: "reliability.request.foreignOrigin" });
    expect(await from("http://127.0.0.1:3001", "127.0.0.1:3000")).toMatchObject({ status: 403 });
    expect(await from("null", "sanat.mangystau.kz")).toMatchObject({ status: 403 });
    expect(await from("https://sanat.mangystau.kz", null)).toMatchObject({ status: 403 });
    // an Origin that is no URL made Next throw
    expect(await from("not a url", "sanat.mangystau.kz")).toEqual({ status: 400, messageKey: "reliability.request.unreadable" });
    // no Origin at all: only a hand-made request; Next lets it through, so does this check
    expect(await from(null, "sanat.mangystau.kz")).toBeNull();
  });

  it("never throws, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(TEXT, "multipart/form-data; boundary=x", "multipart/form-data"), async (bytes, type) => {
        const problem = await fetchAction(bytes, type);
        expect(problem === null || [400, 413, 415].includes(problem.status)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
