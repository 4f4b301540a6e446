import { describe, expect, it } from "vitest";
import { LONGEST_INTAKE_MS, intakeStartFromStamp, plausibleIntakeStart, stampIntakeStart } from "./intake-clock";

const SECRET = "a-test-secret-of-enough-length";
const OPENED = new Date("2026-11-25T04:52:00Z");
const NOW = new Date("2026-11-25T05:00:00Z");

describe("the intake page's stamp", () => {
  it("gives back the second the page was opened, for the staff member it was opened by", () => {
    const stamp = stampIntakeStart("clerk-1", new Date(OPENED.getTime() + 400), SECRET);
    expect(stamp.length).toBeLessThanOrEqual(40); // the form schema's limit
    expect(intakeStartFromStamp(stamp, "clerk-1", NOW, SECRET)).toEqual(OPENED);
  });

  it("is worth nothing to another staff member, under another secret, altered, or as a plain date", () => {
    const stamp = stampIntakeStart("clerk-1", OPENED, SECRET);
    expect(intakeStartFromStamp(stamp, "clerk-2", NOW, SECRET)).toBeNull();
    expect(intakeStartFromStamp(stamp, "clerk-1", NOW, `${SECRET}!`)).toBeNull();
    const [seconds, signature] = stamp.split(".") as [string, string];
    const earlier = (parseInt(seconds, 36) - 3600).toString(36);
    expect(intakeStartFromStamp(`${earlier}.${signature}`, "clerk-1", NOW, SECRET)).toBeNull();
    for (const text of ["1970-01-01", "0001-01-01", "", "abc", "2026-11-25T04:52:00Z", `${seconds}.`, undefined]) {
      expect(intakeStartFromStamp(text, "clerk-1", NOW, SECRET), String(text)).toBeNull();
    }
  });

  it("holds only within one shift: a form left open overnight, or from the future, starts now", () => {
    const overnight = stampIntakeStart("clerk-1", new Date(NOW.getTime() - LONGEST_INTAKE_MS - 1000), SECRET);
    expect(intakeStartFromStamp(overnight, "clerk-1", NOW, SECRET)).toBeNull();
    const ahead = stampIntakeStart("clerk-1", new Date(NOW.getTime() + 60_000), SECRET);
    expect(intakeStartFromStamp(ahead, "clerk-1", NOW, SECRET)).toBeNull();
  });
});

describe("the start the use-case stores", () => {
  it("is the given one within the shift, and now for anything else", () => {
    expect(plausibleIntakeStart(OPENED, NOW)).toEqual(OPENED);
    expect(plausibleIntakeStart(undefined, NOW)).toEqual(NOW);
    for (const given of ["1970-01-01", "0001-01-01", "2026-11-24T18:00:00Z", "2026-11-25T05:01:00Z", "+275760-09-13T00:00:00.000Z"]) {
      expect(plausibleIntakeStart(new Date(given), NOW), given).toEqual(NOW);
    }
    expect(plausibleIntakeStart(new Date(Number.NaN), NOW)).toEqual(NOW);
    // a stamp truncated to the second may lie a fraction ahead of the registering clock
    expect(plausibleIntakeStart(new Date(NOW.getTime() + 500), NOW)).toEqual(NOW);
  });
});
