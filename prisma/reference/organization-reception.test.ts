import { describe, expect, it } from "vitest";
import { ADDRESSES, receptionHoursOf } from "./organization-reception";
import { ORGANIZATIONS } from "./organizations";
import { PROVIDER_HOURS, STATE_CORP_HOURS } from "../../lib/domain/working-calendar";

describe("where and when the reference organizations receive teachers", () => {
  it("names only organizations of the tree, the demo's school and every State Corporation centre among them", () => {
    const codes = new Set(ORGANIZATIONS.map((org) => org.code));
    expect(Object.keys(ADDRESSES).filter((code) => !codes.has(code))).toEqual([]);
    expect(ADDRESSES["AKTAU-SCH-07"]).toEqual({ kk: "Ақтау қ., 7 шағын аудан, 12 үй", ru: "г. Актау, 7 микрорайон, дом 12", en: "Aktau, microdistrict 7, building 12" });
    for (const centre of ORGANIZATIONS.filter((org) => org.kind === "STATE_CORP_CENTRE")) expect(ADDRESSES[centre.code], centre.code).toBeDefined();
  });

  it("writes each language in its own script, and the hours as the working calendar keeps them", () => {
    for (const [code, address] of Object.entries(ADDRESSES)) {
      expect(address.en, code).not.toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]/);
      expect(address.ru, code).not.toMatch(/[A-Za-z]/);
      expect(address.kk, code).not.toMatch(/[A-Za-z]/);
    }
    // the hours said are the hours the terms are counted in
    for (const [kind, hours] of [["SCHOOL", PROVIDER_HOURS], ["STATE_CORP_CENTRE", STATE_CORP_HOURS]] as const) {
      for (const text of Object.values(receptionHoursOf(kind))) {
        expect(text, kind).toContain(`${hours.opens}–${hours.closes}`);
        if (hours.lunch) expect(text, kind).toContain(`${hours.lunch.from}–${hours.lunch.to}`);
      }
    }
  });
});
