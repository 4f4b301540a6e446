import { describe, expect, it } from "vitest";
import { dashboardQuery, parseDashboardFilter, presetPeriod, resolvePeriod } from "./filters";

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
