import { describe, expect, it } from "vitest";
import { judgeOrigin } from "./request-origin";

describe("where a request comes from", () => {
  const host = "sanat.mangystau.kz";

  it("is the portal itself when the Origin names the host it was sent to and the browser agrees", () => {
    expect(judgeOrigin({ origin: "https://sanat.mangystau.kz", host })).toBe("same");
    expect(judgeOrigin({ origin: "https://sanat.mangystau.kz", host, fetchSite: "same-origin" })).toBe("same");
    expect(judgeOrigin({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).toBe("same");
    // behind the balancer, as Next.js compares: the first X-Forwarded-Host
    expect(judgeOrigin({ origin: "https://sanat.mangystau.kz", host: "10.0.0.5:3000", forwardedHost: "sanat.mangystau.kz, lb.internal" })).toBe("same");
    // a browser's own word, without an Origin (a same-origin request that carries none)
    expect(judgeOrigin({ host, fetchSite: "same-origin" })).toBe("same");
  });

  it("is foreign for another host or port, an opaque origin, or a browser saying it is not same-origin", () => {
    expect(judgeOrigin({ origin: "http://evil.example", host })).toBe("foreign");
    expect(judgeOrigin({ origin: "null", host })).toBe("foreign");
    expect(judgeOrigin({ origin: "http://127.0.0.1:3001", host: "127.0.0.1:3000" })).toBe("foreign");
    expect(judgeOrigin({ origin: "https://sanat.mangystau.kz", host, forwardedHost: "other.example" })).toBe("foreign");
    expect(judgeOrigin({ origin: "https://sanat.mangystau.kz", host: null })).toBe("foreign");
    // the same host by Origin, but another scheme or a sibling subdomain by the browser's account
    for (const fetchSite of ["same-site", "cross-site", "none", "junk"]) {
      expect(judgeOrigin({ origin: "https://sanat.mangystau.kz", host, fetchSite }), fetchSite).toBe("foreign");
    }
  });

  it("is absent when neither Origin nor Sec-Fetch-Site is sent, and unreadable for an Origin that is no URL", () => {
    expect(judgeOrigin({ host })).toBe("absent");
    expect(judgeOrigin({ origin: "", host })).toBe("absent");
    expect(judgeOrigin({ origin: "not a url", host })).toBe("unreadable");
  });
});
