import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { addCalendarMonths, collectionPlace, keptUntil, readyAtOf } from "./result-collection";
import { APPLICATION_STATES, CHANNELS } from "./lifecycle";
import { regulationRulesSchema } from "./regulation-version";
import { localDateTime } from "./working-calendar";

const rules = regulationRulesSchema.parse(REGULATION_VERSIONS[0]!.rules);

describe("where a result waits to be collected", () => {
  it("waits at the provider's office once decided on the office route, at the centre once sent back on the State Corporation route", () => {
    const waiting = CHANNELS.flatMap((channel) =>
      APPLICATION_STATES.flatMap((state) => {
        const place = collectionPlace(state, channel);
        return place ? [`${channel}|${state}|${place}`] : [];
      }),
    );
    expect(waiting).toEqual(["OFFICE|ACCEPTED|PROVIDER_OFFICE", "OFFICE|REFUSED|PROVIDER_OFFICE", "STATE_CORP|RESULT_SENT_TO_CORP|CORP_CENTRE"]);
  });

  it("counts from the decision at the office and from the result's return at the centre", () => {
    const decidedAt = new Date("2026-12-01T06:00:00Z");
    const resultSentAt = new Date("2026-12-03T06:00:00Z");
    expect(readyAtOf("PROVIDER_OFFICE", { decidedAt, resultSentAt: null })).toBe(decidedAt);
    expect(readyAtOf("CORP_CENTRE", { decidedAt, resultSentAt })).toBe(resultSentAt);
  });
});

describe("until when an unclaimed result is kept (the version's unclaimedResult)", () => {
  it("is what the migration writes into installed databases", () => {
    const sql = readFileSync(new URL("../../prisma/migrations/20261202110000_result_handover/migration.sql", import.meta.url), "utf8");
    const written = JSON.parse(/\$rule\$(.*?)\$rule\$/s.exec(sql)![1]!);
    expect(regulationRulesSchema.shape.unclaimedResult.parse(written)).toEqual(REGULATION_VERSIONS[0]!.rules.unclaimedResult);
  });

  it("ships the typical pattern, unconfirmed and with its source: one month at the centre, then to the provider; no term at the office", () => {
    for (const version of REGULATION_VERSIONS) {
      const rule = regulationRulesSchema.parse(version.rules).unclaimedResult;
      expect(rule.STATE_CORP, version.code).toMatchObject({ keptForMonths: 1, thenPassedToProvider: true, isConfirmed: false });
      expect(rule.STATE_CORP.source.en, version.code).toMatch(/typical pattern/);
      // said in the staff's language on the versions page
      expect(rule.STATE_CORP.source.kk, version.code).toMatch(/әдеттегі тәртібі/);
      expect(rule.OFFICE.source.ru, version.code).toMatch(/канцелярия хранит его до получения/);
      expect(rule.OFFICE, version.code).toMatchObject({ keptForMonths: null, isConfirmed: false });
    }
  });

  it("keeps it one calendar month from the day it became ready, in Aktau's time", () => {
    expect(keptUntil(localDateTime("2026-12-03", "11:00"), rules.unclaimedResult.STATE_CORP)).toBe("2027-01-03");
    expect(keptUntil(localDateTime("2026-12-03", "23:30"), rules.unclaimedResult.STATE_CORP)).toBe("2027-01-03");
    // 00:30 on the 4th in Aktau is still the 3rd in UTC: the day is Aktau's
    expect(keptUntil(localDateTime("2026-12-04", "00:30"), rules.unclaimedResult.STATE_CORP)).toBe("2027-01-04");
  });

  it("sets no date where the rule sets no term", () => {
    expect(keptUntil(localDateTime("2026-12-03", "11:00"), rules.unclaimedResult.OFFICE)).toBeNull();
  });

  it("clamps to the month's last day and crosses years", () => {
    expect(addCalendarMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addCalendarMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addCalendarMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addCalendarMonths("2026-03-31", 3)).toBe("2026-06-30");
    expect(addCalendarMonths("2026-11-30", 14)).toBe("2028-01-30");
    expect(() => addCalendarMonths("2026-02-30", 1)).toThrow();
  });

  it("refuses a rule without a source or with an impossible term", () => {
    const base = structuredClone(REGULATION_VERSIONS[0]!.rules);
    expect(regulationRulesSchema.safeParse({ ...base, unclaimedResult: { ...base.unclaimedResult, STATE_CORP: { ...base.unclaimedResult.STATE_CORP, source: "" } } }).success).toBe(false);
    expect(regulationRulesSchema.safeParse({ ...base, unclaimedResult: { ...base.unclaimedResult, STATE_CORP: { ...base.unclaimedResult.STATE_CORP, keptForMonths: 0 } } }).success).toBe(false);
    const { unclaimedResult: _dropped, ...withoutRule } = base;
    expect(regulationRulesSchema.safeParse(withoutRule).success).toBe(false);
  });
});
