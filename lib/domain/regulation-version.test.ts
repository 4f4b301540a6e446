import { describe, expect, it } from "vitest";
import { COUNTER_SOURCES, REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { readFileSync } from "node:fs";
import { isProviderKind, isServedOnPortal, legalRecordSchema, officeTermMinutes, regulationRulesSchema, servedPortalChannel, versionInForce } from "./regulation-version";

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

describe("the 2020 rules as they are (egov.kz's page of the service, issue 15)", () => {
  const byCode = (code: string) => regulationRulesSchema.parse(REGULATION_VERSIONS.find((v) => v.code === code)!.rules);
  const rules2018 = byCode("MANGYSTAU-2018");
  const rules2020 = byCode("RULES-2020");

  it("name the education departments as providers, not schools; 2018 names the organizations too", () => {
    expect(rules2020.providers.kinds).toEqual(["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT"]);
    expect(isProviderKind(rules2020, "SCHOOL")).toBe(false);
    expect(isProviderKind(rules2020, "DISTRICT_DEPARTMENT")).toBe(true);
    for (const kind of ["SCHOOL", "PRESCHOOL", "COLLEGE", "DISTRICT_DEPARTMENT", "REGIONAL_DEPARTMENT"]) expect(isProviderKind(rules2018, kind)).toBe(true);
    expect(isProviderKind(rules2018, "STATE_CORP_CENTRE")).toBe(false);
  });

  it("have three channels with their terms: 20 minutes, 3 or 7 working days, 1 working day on the portal, which is not served here", () => {
    expect(rules2020.channels.map((c) => [c.code, c.isServedHere])).toEqual([["OFFICE", true], ["STATE_CORP", true], ["E_GOV_PORTAL", false]]);
    expect(officeTermMinutes(rules2020)).toBe(20);
    expect(rules2020.serviceTermWorkingDays).toEqual({ stateCorpSameLocality: 3, stateCorpOtherLocality: 7 });
    expect(rules2020.channels.find((c) => c.code === "E_GOV_PORTAL")?.termWorkingDays).toBe(1);
    // the 2018 regulation's office term is its two 20-minute norms
    expect(officeTermMinutes(rules2018)).toBe(40);
    expect(rules2018.channels.map((c) => c.code)).toEqual(["OFFICE", "STATE_CORP"]);
  });

  it("have their own checklist, every item unconfirmed with its source, not the 2015 Standard's list", () => {
    expect(rules2020.checklist).not.toEqual(rules2018.checklist);
    expect(rules2020.checklist.find((i) => i.code === "APPLICATION_FORM")!.name.en).not.toMatch(/Standard/);
    for (const item of rules2020.checklist) {
      expect(item.isConfirmed, item.code).toBe(false);
      expect(item.source?.en, item.code).toBe("egov.kz service page, as read for issue 15");
    }
  });

  it("have the categories the code has, and педагог-тағылымдамашы unconfirmed", () => {
    const confirmed = rules2020.categories.filter((c) => c.isConfirmed).map((c) => c.name.kk);
    expect(confirmed).toEqual(["Педагог-модератор", "Педагог-сарапшы", "Педагог-зерттеуші", "Педагог-шебер"]);
    expect(rules2020.categories.find((c) => c.code === "PEDAGOG_INTERN")).toMatchObject({ name: { kk: "Педагог-тағылымдамашы" }, isConfirmed: false });
  });

  it("are what the migration writes into installed databases", () => {
    const sql = readFileSync(new URL("../../prisma/migrations/20261202120000_rules_2020/migration.sql", import.meta.url), "utf8");
    const quoted = (tag: string) => JSON.parse(new RegExp(`\\$${tag}\\$(.*?)\\$${tag}\\$`, "s").exec(sql)![1]!);
    expect(quoted("rules2018")).toEqual({ providers: rules2018.providers, channels: rules2018.channels });
    expect(regulationRulesSchema.parse({ ...REGULATION_VERSIONS[1]!.rules, ...quoted("rules2020") })).toEqual(rules2020);
  });

  it("may serve the e-government portal's channel (the administrator's draft decides), with its term; never drop a paper channel", () => {
    const withChannels = (channels: unknown) => regulationRulesSchema.safeParse({ ...REGULATION_VERSIONS[1]!.rules, channels }).success;
    const [office, corp, portal] = rules2020.channels;
    expect(withChannels([office, corp, portal])).toBe(true);
    expect(withChannels([office, corp, { ...portal, isServedHere: true }])).toBe(true);
    // served, the portal's packages need the term their deadline is counted from
    expect(withChannels([office, corp, { ...portal, isServedHere: true, termWorkingDays: undefined }])).toBe(false);
    expect(withChannels([office, portal])).toBe(false);
    expect(withChannels([office, corp, corp])).toBe(false);
  });

  it("serve the portal's channel only where a version says so: the reference data are paper only", () => {
    for (const version of REGULATION_VERSIONS) expect(isServedOnPortal(version.rules), version.code).toBe(false);
    expect(servedPortalChannel(rules2020)).toBeNull();
    const served = regulationRulesSchema.parse({ ...rules2020, channels: rules2020.channels.map((c) => (c.code === "E_GOV_PORTAL" ? { ...c, isServedHere: true } : c)) });
    expect(servedPortalChannel(served)).toMatchObject({ code: "E_GOV_PORTAL", termWorkingDays: 1 });
    // a version stored before the channel was served names no checker for it: the provider's executor
    const { E_GOV_PORTAL: _unnamed, ...paperOnly } = rules2020.completenessCheckedBy;
    expect(regulationRulesSchema.parse({ ...rules2020, completenessCheckedBy: paperOnly }).completenessCheckedBy.E_GOV_PORTAL).toBe("EXECUTOR");
  });
});

describe("the rule for an incomplete package at the counter", () => {
  it("says where it comes from in each language, as the migration writes it into installed databases", () => {
    for (const version of REGULATION_VERSIONS) {
      for (const rule of Object.values(version.rules.incompleteAtCounter)) {
        expect(rule.source.kk, version.code).toMatch(/\p{Script=Cyrillic}/u);
        expect(rule.source.kk, version.code).not.toMatch(/[A-Za-z]{3}/);
        expect(rule.source.ru, version.code).not.toMatch(/[A-Za-z]{3}/);
      }
    }
    const sql = readFileSync(new URL("../../prisma/migrations/20261202130000_localized_counter_sources/migration.sql", import.meta.url), "utf8");
    const rows = [...sql.matchAll(/\(\$src\$(.*?)\$src\$, \$src\$(.*?)\$src\$::jsonb\)/g)].map(([, english, localized]) => [english, JSON.parse(localized!)]);
    expect(rows).toEqual(Object.values(COUNTER_SOURCES).map((source) => [source.en, source]));
  });

  it("reads a source saved as one string (before it had languages) as all three", () => {
    const rules = structuredClone(REGULATION_VERSIONS[0]!.rules) as unknown as { incompleteAtCounter: { OFFICE: { source: unknown } } };
    rules.incompleteAtCounter.OFFICE.source = "The seed, p.5";
    expect(regulationRulesSchema.parse(rules).incompleteAtCounter.OFFICE.source).toEqual({ kk: "The seed, p.5", ru: "The seed, p.5", en: "The seed, p.5" });
  });
});

describe("the ground of an incomplete package", () => {
  it("cites what the version's own act lists: the Standard's p.9 in 2018, the attestation rules in 2020, as the migration writes it", () => {
    const [v2018, v2020] = REGULATION_VERSIONS;
    const incomplete = (v: typeof v2018) => v!.rules.refusalGrounds.find((g) => g.code === "INCOMPLETE_PACKAGE")!.text;
    expect(incomplete(v2018).ru).toContain("пунктом 9 Стандарта");
    for (const locale of ["kk", "ru", "en"] as const) expect(incomplete(v2020)[locale]).not.toMatch(/Стандарт|Standard/);
    const sql = readFileSync(new URL("../../prisma/migrations/20261202130500_rules_2020_incomplete_ground/migration.sql", import.meta.url), "utf8");
    const pairs = [...sql.matchAll(/'"(.*?)"',\s*'"(.*?)"'\)/g)].map(([, was, now]) => [was, now]);
    expect(pairs).toEqual((["kk", "ru", "en"] as const).map((locale) => [incomplete(v2018)[locale], incomplete(v2020)[locale]]));
  });
});
