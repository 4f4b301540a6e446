import { describe, expect, it } from "vitest";
import { ORGANIZATIONS } from "./organizations";

// "««Күншуақ» балабақшасы» МКҚК": a name's own quotes were once put in a second pair
describe("the reference organizations' names", () => {
  it.each(ORGANIZATIONS.filter((org) => ["PRESCHOOL", "SCHOOL", "COLLEGE"].includes(org.kind)).map((org) => [org.code, org] as const))(
    "of %s carry each pair of quotes once",
    (_code, org) => {
      for (const name of [org.kk, org.ru, org.en]) {
        expect(name).not.toMatch(/««|»»/);
        expect(name.split("«").length, name).toBe(name.split("»").length);
      }
    },
  );

  it("quote a name that has no quotes of its own", () => {
    const school = ORGANIZATIONS.find((org) => org.code === "AKTAU-SCH-07")!;
    expect(school.kk).toBe("«№ 7 Абай атындағы мектеп-гимназия» КММ");
    expect(ORGANIZATIONS.find((org) => org.code === "BEINEU-PRE-01")!.kk).toBe("«Күншуақ» балабақшасы МКҚК");
  });
});
