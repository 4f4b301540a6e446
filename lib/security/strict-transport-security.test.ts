import { describe, expect, it } from "vitest";
import { HSTS_VALUE, strictTransportSecurity } from "./strict-transport-security";

describe("Strict-Transport-Security", () => {
  it("is sent when the portal is served over HTTPS: its configured origin, the request's scheme, or the TLS proxy's word", () => {
    expect(strictTransportSecurity({ publicOrigin: "https://sanat.mangystau.kz" })).toBe(HSTS_VALUE);
    expect(strictTransportSecurity({ publicOrigin: "http://localhost:3000", requestProtocol: "https:" })).toBe(HSTS_VALUE);
    expect(strictTransportSecurity({ publicOrigin: "http://localhost:3000", requestProtocol: "http:", forwardedProto: "https" })).toBe(HSTS_VALUE);
    expect(strictTransportSecurity({ forwardedProto: "HTTPS, http" })).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toMatch(/^max-age=31536000; includeSubDomains$/);
  });

  it("is not sent to the demo on plain HTTP, so a developer's browser never pins localhost to HTTPS", () => {
    expect(strictTransportSecurity({ publicOrigin: "http://localhost:3000", requestProtocol: "http:" })).toBeNull();
    expect(strictTransportSecurity({ publicOrigin: undefined, requestProtocol: "http:", forwardedProto: "http, https" })).toBeNull();
    expect(strictTransportSecurity({})).toBeNull();
  });
});
