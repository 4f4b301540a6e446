import { describe, expect, it } from "vitest";
import { quoteName } from "./quote-name";

describe("quoting an organization's name", () => {
  it("puts a plain name in guillemets", () => {
    expect(quoteName("№ 7 Абай атындағы мектеп-гимназия")).toBe("«№ 7 Абай атындағы мектеп-гимназия»");
    expect(quoteName(" Школа-гимназия № 7 имени Абая ")).toBe("«Школа-гимназия № 7 имени Абая»");
  });

  it.each([
    ["«Күншуақ» балабақшасы", "«Күншуақ» балабақшасы"],
    ["№ 5 «Балапан» бөбекжай-бақшасы", "№ 5 «Балапан» бөбекжай-бақшасы"],
    ["Детский сад «Куншуак»", "Детский сад «Куншуак»"],
    ["«Ақбота»", "«Ақбота»"],
    ['School "Nur"', 'School "Nur"'],
  ])("leaves %s as it is: it carries its quotes", (name, expected) => {
    expect(quoteName(name)).toBe(expected);
  });
});
