import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { legalRecordSchema, regulationRulesSchema, versionInForce } from "./regulation-version";

const day = (date: string) => new Date(`${date}T00:00:00Z`);

describe("the version in force", () => {
  const versions = [
    { id: "2018", effectiveFrom: day("2016-06-01"), effectiveTo: day("2027-01-01") },
    { id: "2020", effectiveFrom: day("2027-01-01"), effectiveTo: null },
  ];

  it("is the latest that has begun and not ended", () => {
    expect(versionInForce(versions, day("2015-12-31"))).toBeUndefined();
    expect(versionInForce(versions, day("2026-12-31"))?.id).toBe("2018");
    expect(versionInForce(versions, day("2027-01-01"))?.id).toBe("2020");
  });

  it("is none when the only one begun has ended", () => {
    expect(versionInForce([versions[0]!], day("2027-01-01"))).toBeUndefined();
  });
});

describe("the versions every install loads", () => {
  it("are complete data: rules, the portal's period, and the law's with a source for every fact", () => {
    for (const version of REGULATION_VERSIONS) {
      expect(() => regulationRulesSchema.parse(version.rules), version.code).not.toThrow();
      const legal = legalRecordSchema.parse(version.legal);
      // every source in each language: a Kazakh page never shows an English note
      for (const source of [legal.inForceFrom.source, legal.inForceTo.source, ...legal.acts.map((act) => act.source)]) {
        expect(source.kk, version.code).toMatch(/[әғқңөұүһі]/i);
        expect(source.ru, version.code).toMatch(/[а-яё]{4}/i);
        expect(source.en.replace(/«.*»/g, ""), version.code).toMatch(/^[\x20-\x7E]+$/);
      }
      expect(legal.acts.some((act) => act.role === "ADOPTED_BY"), version.code).toBe(true);
    }
  });

  it("hold what is known of 2018 and 2020, and flag what is not confirmed", () => {
    const [mangystau, rules2020] = REGULATION_VERSIONS.map((version) => legalRecordSchema.parse(version.legal));
    expect(mangystau!.acts.map((act) => [act.role, act.number, act.date, act.isConfirmed])).toEqual([
      ["ADOPTED_BY", "121", "2018-05-28", true],
      ["AMENDS", "154", "2016-05-31", true],
      ["STANDARD", "632", "2015-11-09", true],
      ["ENDED_BY", "44", "2020-03-20", false],
    ]);
    expect(mangystau!.inForceTo).toMatchObject({ date: "2020-03-20", isConfirmed: false });
    expect(rules2020!.acts[0]).toMatchObject({ role: "ADOPTED_BY", number: "202", date: "2020-05-14", registrationNumber: "20636", isConfirmed: true });
    // the portal's periods meet: the demo runs the seed's regulation until the 2020 rules take over
    expect(REGULATION_VERSIONS[0]!.effectiveTo).toBe(REGULATION_VERSIONS[1]!.effectiveFrom);
  });
});

describe("refusal grounds", () => {
  it("cite their clause in the language of the text around it", () => {
    for (const version of REGULATION_VERSIONS) {
      for (const ground of regulationRulesSchema.parse(version.rules).refusalGrounds) {
        expect(ground.clause.kk, `${version.code} ${ground.code}`).not.toMatch(/[A-Za-z]/);
        expect(ground.clause.ru, `${version.code} ${ground.code}`).not.toMatch(/[A-Za-z]/);
        expect(ground.clause.en).toMatch(/^[\x20-\x7E]+$/);
      }
    }
  });

  it("read a draft's clause saved as one string as that string in every language", () => {
    const rules = structuredClone(REGULATION_VERSIONS[0]!.rules) as unknown as { refusalGrounds: { clause: unknown }[] };
    rules.refusalGrounds[0]!.clause = "Standard No. 632, par. 10";
    expect(regulationRulesSchema.parse(rules).refusalGrounds[0]!.clause).toEqual({ kk: "Standard No. 632, par. 10", ru: "Standard No. 632, par. 10", en: "Standard No. 632, par. 10" });
  });
});
