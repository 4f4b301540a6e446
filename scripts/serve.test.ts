import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "../lib/rate-limit/client-key";
import { CLIENT_ADDRESS_HEADER as ENTRY_HEADER, parseServeArguments, SERVED_BY_ENTRY, stampClientAddress } from "./serve.mjs";

describe("scripts/serve.mjs", () => {
  it("writes the socket's address after deleting every copy the client sent", () => {
    const req = {
      headers: { [ENTRY_HEADER]: "6.6.6.6", host: "portal" } as Record<string, string>,
      rawHeaders: ["Host", "portal", "X-Sanat-Client-Address", "6.6.6.6", "x-sanat-client-address", "7.7.7.7"],
      socket: { remoteAddress: "203.0.113.7" },
    };
    stampClientAddress(req);
    expect(req.headers[ENTRY_HEADER]).toBe("203.0.113.7");
    expect(req.rawHeaders).toEqual(["Host", "portal", ENTRY_HEADER, "203.0.113.7"]);
    // the header and the mark the app believes (lib/rate-limit/client-key.ts)
    expect(ENTRY_HEADER).toBe(CLIENT_ADDRESS_HEADER);
    expect(SERVED_BY_ENTRY).toBe(Symbol.for("sanat.client-address-header"));
  });

  it("takes next start's flags", () => {
    expect(parseServeArguments(["-H", "127.0.0.1", "-p", "3000"], {})).toEqual({ hostname: "127.0.0.1", port: 3000 });
    expect(parseServeArguments(["--hostname=::1", "--port", "3420"], {})).toEqual({ hostname: "::1", port: 3420 });
    expect(parseServeArguments([], { PORT: "4000" })).toEqual({ hostname: "0.0.0.0", port: 4000 });
    expect(() => parseServeArguments(["--keepAliveTimeout", "5"], {})).toThrow(/unknown argument/);
  });
});
