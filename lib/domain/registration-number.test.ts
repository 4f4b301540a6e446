import { describe, expect, it } from "vitest";
import { formatRegistrationNumber, readRegistrationNumber } from "./registration-number";

describe("readRegistrationNumber", () => {
  it.each([
    ["2026-000123", "2026-000123"],
    ["2026000123", "2026-000123"],
    [" 2026 000 123 ", "2026-000123"],
    ["2026–000123", "2026-000123"],
    ["2026.000123", "2026-000123"],
    ["2026-1000000", "2026-1000000"],
  ])("reads %j as %s", (typed, stored) => {
    expect(readRegistrationNumber(typed)).toBe(stored);
  });

  it.each(["", "2026", "2026-12345", "26-000123", "2026--000123", "2026-00012a", "x2026-000123", "2026-0001234567"])("refuses %j", (typed) => {
    expect(readRegistrationNumber(typed)).toBeNull();
  });

  it("reads back every number the counter writes", () => {
    for (const sequence of [1, 999_999, 1_000_000]) expect(readRegistrationNumber(formatRegistrationNumber(2026, sequence))).toBe(formatRegistrationNumber(2026, sequence));
  });
});
