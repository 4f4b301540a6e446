import { describe, expect, it } from "vitest";
import { DISTRICT_OF_PROVIDER, filterSql } from "./aggregate";
import { dashboardQuery, FILTER_KEYS, parseDashboardFilter, presetPeriod, resolvePeriod, type DashboardFilter } from "./filters";
import { filterWhere, providerInDistrict } from "./organization-packages";

describe("the dashboard's URL", () => {
  it("keeps every filter, and drops what does not parse instead of failing a shared link", () => {
    const filter = parseDashboardFilter(
      new URLSearchParams("from=2026-11-16&to=2026-11-22&district=cmabc12345&channel=STATE_CORP&kind=SCHOOL&sort=missedNorm&dir=bogus&level=x"),
    );
    expect(filter).toMatchObject({ from: "2026-11-16", to: "2026-11-22", district: "cmabc12345", channel: "STATE_CORP", kind: "SCHOOL", sort: "missedNorm" });
    expect(filter.dir).toBe("desc");
    expect(filter.level).toBe("district");
    expect(parseDashboardFilter({ channel: "FAX", from: "2026-13-45", district: "'; DROP TABLE" })).toMatchObject({
      channel: undefined,
      from: undefined,
      district: undefined,
    });
  });

  it("round-trips through the query string, leaving the defaults out", () => {
    const filter = parseDashboardFilter({ from: "2026-11-16", to: "2026-11-22", sort: "received", kind: "COLLEGE" });
    expect(dashboardQuery(filter)).toBe("?from=2026-11-16&to=2026-11-22&kind=COLLEGE");
    expect(parseDashboardFilter(new URLSearchParams(dashboardQuery(filter, { sort: "overdueNow" }).slice(1)))).toEqual({ ...filter, sort: "overdueNow" });
  });
});

describe("periods", () => {
  const wednesday = new Date("2026-11-25T10:00:00Z"); // 15:00 in Aqtau

  it("cover whole local days, [from, to + 1 day)", () => {
    const period = resolvePeriod({ from: "2026-11-16", to: "2026-11-22" }, wednesday);
    expect(period.from.toISOString()).toBe("2026-11-15T19:00:00.000Z");
    expect(period.to.toISOString()).toBe("2026-11-22T19:00:00.000Z");
  });

  it("default to the last 30 days, and swap a reversed range", () => {
    expect(resolvePeriod({}, wednesday)).toMatchObject({ fromDate: "2026-10-27", toDate: "2026-11-25" });
    expect(resolvePeriod({ from: "2026-11-22", to: "2026-11-16" }, wednesday)).toMatchObject({ fromDate: "2026-11-16", toDate: "2026-11-22" });
  });

  it("know last week as Monday to Sunday", () => {
    expect(presetPeriod("lastWeek", wednesday)).toEqual({ from: "2026-11-16", to: "2026-11-22" });
    expect(presetPeriod("thisWeek", wednesday)).toEqual({ from: "2026-11-23", to: "2026-11-25" });
    // just after midnight in Aqtau is already the next day
    expect(presetPeriod("today", new Date("2026-11-25T19:30:00Z"))).toEqual({ from: "2026-11-26", to: "2026-11-26" });
  });
});

describe("each filter of a view", () => {
  // [filter, its value, the SQL of the aggregates, the Prisma condition of the queue and drill-down]:
  // the column as well as the value, so a filter on the wrong column fails here
  const cases: [keyof DashboardFilter, string, string, object][] = [
    ["district", "cmdistrict1", `${DISTRICT_OF_PROVIDER.text} = $1`, { provider: providerInDistrict("cmdistrict1") }],
    ["organization", "cmschool01", `a."providerId" = $1`, { providerId: "cmschool01" }],
    ["channel", "STATE_CORP", `a.channel = $1::"Channel"`, { channel: "STATE_CORP" }],
    ["kind", "COLLEGE", `o.kind = $1::"OrganizationKind"`, { provider: { kind: "COLLEGE" } }],
    ["category", "HIGHEST", `a."categorySought" = $1`, { categorySought: "HIGHEST" }],
    ["version", "cmversion1", `a."regulationVersionId" = $1`, { regulationVersionId: "cmversion1" }],
  ];

  it("is one of these cases (the period is tested above)", () => {
    expect(cases.map(([key]) => key).sort()).toEqual(FILTER_KEYS.filter((key) => key !== "from" && key !== "to").sort());
  });

  it.each(cases)("%s narrows the SQL and the Prisma reads by the same column and value", (key, value, text, prismaCondition) => {
    const filter = parseDashboardFilter({ [key]: value });
    expect(filter[key], "the value parses").toBe(value);
    const sql = filterSql(filter);
    expect(sql.text).toBe(text);
    expect(sql.values).toEqual([value]);
    expect(filterWhere(filter)).toEqual([prismaCondition]);
  });

  it("narrows nothing when none is set, and joins several with AND", () => {
    const none = parseDashboardFilter({});
    expect(filterSql(none).text).toBe("TRUE");
    expect(filterWhere(none)).toEqual([]);
    const two = parseDashboardFilter({ channel: "OFFICE", category: "FIRST" });
    expect(filterSql(two).text).toBe(`a.channel = $1::"Channel" AND a."categorySought" = $2`);
    expect(filterSql(two).values).toEqual(["OFFICE", "FIRST"]);
    expect(filterWhere(two)).toEqual([{ channel: "OFFICE" }, { categorySought: "FIRST" }]);
  });
});
