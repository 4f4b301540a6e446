import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { dateFilterNotices, dateFilterRefusal, filterYears, isFilterDate, isFilterInstant, readDateRange } from "./date-filter";

const NOW = new Date("2026-12-01T07:00:00Z");

describe("a date filter", () => {
  it("takes real days from 1 January 2000 to 31 December five years ahead (Aqtau's year)", () => {
    expect(filterYears(NOW)).toEqual({ earliest: 2000, latest: 2031 });
    // 31 December 2026 19:30 UTC is already 2027 in Aqtau
    expect(filterYears(new Date("2026-12-31T19:30:00Z"))).toEqual({ earliest: 2000, latest: 2032 });
    for (const day of ["2000-01-01", "2026-12-01", "2028-02-29", "2031-12-31"]) expect(isFilterDate(day, NOW), day).toBe(true);
    for (const day of ["1999-12-31", "2032-01-01", "0001-01-01", "9999-12-31", "9999-99-99", "2030-02-30", "2026-13-01", "99999-01-01", "2026-1-1", ""]) {
      expect(isFilterDate(day, NOW), day).toBe(false);
    }
  });

  it("takes no instant a cursor may hold outside the same years", () => {
    expect(isFilterInstant(new Date("2026-11-25T05:00:00Z"), NOW)).toBe(true);
    expect(isFilterInstant(new Date("1999-12-31T18:59:59Z"), NOW)).toBe(false); // 23:59 in Aqtau
    expect(isFilterInstant(new Date("1999-12-31T19:00:00Z"), NOW)).toBe(true); // midnight of 2000 in Aqtau
    for (const text of ["9999-12-31T00:00:00Z", "+275760-09-13T00:00:00.000Z", "0001-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "abc"]) {
      expect(isFilterInstant(new Date(text), NOW), text).toBe(false);
    }
  });
});

describe("readDateRange", () => {
  it("applies good ends and names the bad ones", () => {
    expect(readDateRange({ from: "2026-11-01", to: "2026-11-30" }, NOW)).toEqual({ range: { from: "2026-11-01", to: "2026-11-30" }, rejected: [] });
    expect(readDateRange({ from: "9999-99-99" }, NOW)).toEqual({ range: {}, rejected: ["from"] });
    expect(readDateRange({ from: "2026-11-01", to: "9999-12-31" }, NOW)).toEqual({ range: { from: "2026-11-01" }, rejected: ["to"] });
    expect(readDateRange({ from: "0001-01-01", to: "9999-12-31" }, NOW)).toEqual({ range: {}, rejected: ["from", "to"] });
  });

  it("rejects both ends in the wrong order, and takes an empty or missing end as none", () => {
    expect(readDateRange({ from: "2026-11-30", to: "2026-11-01" }, NOW)).toEqual({ range: {}, rejected: ["from", "to"] });
    expect(readDateRange({ from: "", to: undefined }, NOW)).toEqual({ range: {}, rejected: [] });
    expect(readDateRange({ from: ["2026-11-01", "9999-99-99"] }, NOW)).toEqual({ range: { from: "2026-11-01" }, rejected: [] });
    expect(readDateRange({ from: 20261101, to: { toString: () => "2026-11-01" } }, NOW)).toEqual({ range: {}, rejected: [] });
  });

  it("never applies what PostgreSQL could refuse, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (from, to) => {
        const { range } = readDateRange({ from, to }, NOW);
        for (const day of [range.from, range.to]) if (day) expect(day >= "2000-01-01" && day <= "2031-12-31" && isFilterDate(day, NOW)).toBe(true);
        if (range.from && range.to) expect(range.from <= range.to).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("what a route and a page say about it", () => {
  it("a route refuses with a 400 naming the years, or the cursor", () => {
    const refusal = dateFilterRefusal(["from"], NOW);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.dateFilter.invalid", params: { earliest: 2000, latest: 2031 } });
    expect(refusal.httpStatus).toBe(400);
    expect(dateFilterRefusal(["after"], NOW)).toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.dateFilter.badCursor" });
    expect(dateFilterRefusal(["to", "after"], NOW)).toMatchObject({ messageKey: "errors.dateFilter.invalid" });
  });

  it("a page says once which it left out", () => {
    expect(dateFilterNotices([], NOW)).toEqual([]);
    expect(dateFilterNotices(["from", "to"], NOW)).toEqual([{ key: "errors.dateFilter.ignored", params: { earliest: 2000, latest: 2031 } }]);
    expect(dateFilterNotices(["after"], NOW)).toEqual([{ key: "errors.dateFilter.cursorIgnored", params: {} }]);
  });
});
