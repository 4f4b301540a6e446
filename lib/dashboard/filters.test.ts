import { describe, expect, it } from "vitest";
import { applicationsVisibleTo } from "../applications/scope";
import type { Actor } from "../domain/permissions";
import { dashboardQuery, parseDashboardFilter, presetPeriod, resolvePeriod } from "./filters";
import { assertCanReadDashboard, visibleApplicationsSql } from "./sql-scope";

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

describe("the dashboard's SQL scope", () => {
  const actor = (role: Actor["role"], organizationId: string | null = "org1", applicantId: string | null = null): Actor => ({
    userId: "u1",
    role,
    name: "x",
    organizationId,
    applicantId,
  });

  it("matches applicationsVisibleTo for every kind of actor", () => {
    const cases: [Actor, string, unknown[]][] = [
      [actor("REGION_ADMIN"), "TRUE", []],
      [actor("SYSTEM_ADMIN"), "FALSE", []],
      [actor("CLERK"), `a."providerId" = $1`, ["org1"]],
      [actor("EXECUTOR", null), "FALSE", []],
      [actor("CORP_OPERATOR"), `a."corpCentreId" = $1`, ["org1"]],
      [actor("APPLICANT", null, "ap1"), `a."applicantId" = $1`, ["ap1"]],
    ];
    for (const [who, text, values] of cases) {
      const sql = visibleApplicationsSql(who);
      expect(sql.text).toBe(text);
      expect(sql.values).toEqual(values);
      const prismaFilter = applicationsVisibleTo(who);
      // the same column and value, or the same "everything"/"nothing"
      if (text === "TRUE") expect(prismaFilter).toEqual({});
      else if (text === "FALSE") expect(prismaFilter).toEqual({ id: "" });
      else expect(Object.values(prismaFilter)).toEqual(values);
    }
  });

  it("lets only the regional department read the dashboard", () => {
    expect(() => assertCanReadDashboard(actor("REGION_ADMIN"))).not.toThrow();
    for (const role of ["CLERK", "EXECUTOR", "CORP_OPERATOR", "APPLICANT", "SYSTEM_ADMIN"] as const) {
      expect(() => assertCanReadDashboard(actor(role))).toThrow(/FORBIDDEN/);
    }
    expect(() => assertCanReadDashboard(null)).toThrow(/UNAUTHENTICATED/);
  });
});
