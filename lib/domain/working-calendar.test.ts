import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { HOLIDAYS_2018_2027 } from "./holidays";
import {
  calendarDataFromDays,
  AQTAU_UTC_OFFSET_MINUTES,
  PROVIDER_HOURS,
  STATE_CORP_HOURS,
  addWorkingDays,
  addWorkingMinutes,
  createWorkingCalendar,
  isLocalDate,
  localDateTime,
  previousWorkingDayClose,
  toLocalDate,
  workingMinutesBetween,
  type WorkingHours,
} from "./working-calendar";

const noHolidays = createWorkingCalendar({ holidays: [] });
const kazakhstan = createWorkingCalendar(calendarDataFromDays(HOLIDAYS_2018_2027));

/** Aqtau wall-clock instant written out by hand with the +05:00 offset. */
function aqtau(localDate: string, time: string): Date {
  return new Date(`${localDate}T${time}:00+05:00`);
}

/** ISO weekday of a YYYY-MM-DD date, computed independently of the module. */
function isoWeekday(date: string): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Minutes since Aqtau midnight, computed independently of the module. */
function aqtauMinuteOfDay(instant: Date): number {
  const local = new Date(instant.getTime() + 5 * 3_600_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60 + local.getUTCMilliseconds() / 60_000;
}

// Monday 2 June 2025 … Friday 13 June 2025 with no holidays involved.
const MONDAY = "2025-06-02";
const TUESDAY = "2025-06-03";
const FRIDAY = "2025-06-13";
const NEXT_MONDAY = "2025-06-16";

describe("test fixtures", () => {
  it("uses the weekdays the examples assume", () => {
    expect([isoWeekday(MONDAY), isoWeekday(TUESDAY), isoWeekday(FRIDAY), isoWeekday(NEXT_MONDAY)]).toEqual([1, 2, 5, 1]);
    expect(isoWeekday("2024-12-31")).toBe(2);
    expect(isoWeekday("2025-01-03")).toBe(5);
  });
});

describe("constants", () => {
  it("describes Aqtau and the two standard schedules", () => {
    expect(AQTAU_UTC_OFFSET_MINUTES).toBe(300);
    expect(PROVIDER_HOURS).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      opens: "09:00",
      closes: "18:30",
      lunch: { from: "13:00", to: "14:30" },
    });
    expect(STATE_CORP_HOURS).toEqual({ weekdays: [1, 2, 3, 4, 5], opens: "09:00", closes: "18:00" });
  });
});

describe("toLocalDate and localDateTime", () => {
  it("shifts by exactly five hours", () => {
    expect(localDateTime(MONDAY, "09:00").toISOString()).toBe("2025-06-02T04:00:00.000Z");
    expect(localDateTime(MONDAY, "00:00").toISOString()).toBe("2025-06-01T19:00:00.000Z");
    expect(localDateTime(MONDAY, "24:00").toISOString()).toBe("2025-06-02T19:00:00.000Z");
    expect(toLocalDate(new Date("2025-06-01T18:59:59.999Z"))).toBe("2025-06-01");
    expect(toLocalDate(new Date("2025-06-01T19:00:00.000Z"))).toBe("2025-06-02");
    expect(toLocalDate(new Date("2024-12-31T19:00:00.000Z"))).toBe("2025-01-01");
  });

  it("has no daylight-saving gaps: every local midnight is 24 hours after the previous one", () => {
    const start = localDateTime("2024-01-01", "00:00").getTime();
    for (let day = 1; day <= 366; day++) {
      const midnight = localDateTime(toLocalDate(new Date(start + day * 86_400_000)), "00:00").getTime();
      expect(midnight - start).toBe(day * 86_400_000);
    }
  });

  it("round-trips dates", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        (instant) => {
          const localDate = toLocalDate(instant);
          const midnight = localDateTime(localDate, "00:00");
          expect(midnight.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(instant.getTime() - midnight.getTime()).toBeLessThan(86_400_000);
          expect(toLocalDate(midnight)).toBe(localDate);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rejects malformed and impossible input", () => {
    expect(() => localDateTime("2025-02-29", "09:00")).toThrow(RangeError);
    expect(() => localDateTime("2025-6-2", "09:00")).toThrow(RangeError);
    expect(() => localDateTime(MONDAY, "9:00")).toThrow(RangeError);
    expect(() => localDateTime(MONDAY, "24:01")).toThrow(RangeError);
    expect(() => localDateTime(MONDAY, "12:60")).toThrow(RangeError);
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("isLocalDate", () => {
  it("takes real days only: Date.parse's 30 February (read as 2 March) is none", () => {
    for (const day of ["2026-11-25", "2028-02-29", "2030-12-31"]) expect(isLocalDate(day), day).toBe(true);
    for (const text of ["2030-02-30", "2027-02-29", "2030-13-01", "2030-00-10", "2030-1-1", "20300101", "2030-01-01T00:00", " 2030-01-01", ""]) {
      expect(isLocalDate(text), text).toBe(false);
    }
  });
});

describe("createWorkingCalendar", () => {
  it("treats Monday–Friday as working unless listed as a holiday", () => {
    const calendar = createWorkingCalendar({ holidays: ["2025-06-04"] });
    expect(calendar.isWorkingDay("2025-06-03")).toBe(true);
    expect(calendar.isWorkingDay("2025-06-04")).toBe(false);
    expect(calendar.isWorkingDay("2025-06-07")).toBe(false);
    expect(calendar.isWorkingDay("2025-06-08")).toBe(false);
  });

  it("makes a transferred weekend day working", () => {
    const calendar = createWorkingCalendar({ holidays: [], workingDays: ["2025-06-07"] });
    expect(calendar.isWorkingDay("2025-06-07")).toBe(true);
    expect(calendar.isWorkingDay("2025-06-08")).toBe(false);
  });

  it("rejects malformed dates and contradictory data", () => {
    expect(() => createWorkingCalendar({ holidays: ["2025-13-01"] })).toThrow(RangeError);
    expect(() => createWorkingCalendar({ holidays: [], workingDays: ["06/07/2025"] })).toThrow(RangeError);
    expect(() => createWorkingCalendar({ holidays: ["2025-06-07"], workingDays: ["2025-06-07"] })).toThrow(RangeError);
    expect(() => noHolidays.isWorkingDay("2025-06-31")).toThrow(RangeError);
  });
});

describe("addWorkingMinutes with PROVIDER_HOURS", () => {
  const add = (start: Date, minutes: number) => addWorkingMinutes(noHolidays, PROVIDER_HOURS, start, minutes);

  it("ends exactly at closing: 18:10 + 20 min → 18:30 the same day", () => {
    expect(add(aqtau(MONDAY, "18:10"), 20)).toEqual(aqtau(MONDAY, "18:30"));
  });

  it("carries over to the next morning: Monday 18:20 + 20 min → Tuesday 09:10", () => {
    expect(add(aqtau(MONDAY, "18:20"), 20)).toEqual(aqtau(TUESDAY, "09:10"));
  });

  it("skips lunch: 12:50 + 20 min → 14:40", () => {
    expect(add(aqtau(MONDAY, "12:50"), 20)).toEqual(aqtau(MONDAY, "14:40"));
  });

  it("stops at the start of lunch rather than jumping past it: 12:50 + 10 min → 13:00", () => {
    expect(add(aqtau(MONDAY, "12:50"), 10)).toEqual(aqtau(MONDAY, "13:00"));
  });

  it("starts counting at the end of lunch when started during lunch", () => {
    expect(add(aqtau(MONDAY, "13:30"), 10)).toEqual(aqtau(MONDAY, "14:40"));
  });

  it("starts counting at opening when started before it", () => {
    expect(add(aqtau(MONDAY, "06:00"), 10)).toEqual(aqtau(MONDAY, "09:10"));
  });

  it("crosses the weekend: Friday 18:25 + 20 min → Monday 09:15", () => {
    expect(add(aqtau(FRIDAY, "18:25"), 20)).toEqual(aqtau(NEXT_MONDAY, "09:15"));
  });

  it("skips a holiday: started on a holiday, counting begins the next working day", () => {
    const calendar = createWorkingCalendar({ holidays: ["2025-06-04"] });
    expect(addWorkingMinutes(calendar, PROVIDER_HOURS, aqtau("2025-06-04", "10:00"), 30)).toEqual(
      aqtau("2025-06-05", "09:30"),
    );
  });

  it("crosses New Year with 1 and 2 January off: Tuesday 31 Dec 18:00 + 60 min → Friday 3 Jan 09:30", () => {
    const calendar = createWorkingCalendar({ holidays: ["2025-01-01", "2025-01-02"] });
    expect(addWorkingMinutes(calendar, PROVIDER_HOURS, aqtau("2024-12-31", "18:00"), 60)).toEqual(
      aqtau("2025-01-03", "09:30"),
    );
  });

  it("works on a transferred Saturday", () => {
    const calendar = createWorkingCalendar({ holidays: [], workingDays: ["2025-06-14"] });
    expect(addWorkingMinutes(calendar, PROVIDER_HOURS, aqtau(FRIDAY, "18:25"), 20)).toEqual(aqtau("2025-06-14", "09:15"));
  });

  it("spans a whole working day (480 minutes) exactly", () => {
    expect(add(aqtau(MONDAY, "09:00"), 480)).toEqual(aqtau(MONDAY, "18:30"));
    expect(add(aqtau(MONDAY, "09:00"), 481)).toEqual(aqtau(TUESDAY, "09:01"));
  });

  it("with 0 minutes returns the moment work can begin", () => {
    expect(add(aqtau(MONDAY, "10:00"), 0)).toEqual(aqtau(MONDAY, "10:00"));
    expect(add(aqtau(MONDAY, "13:00"), 0)).toEqual(aqtau(MONDAY, "14:30"));
    expect(add(aqtau(MONDAY, "18:30"), 0)).toEqual(aqtau(TUESDAY, "09:00"));
  });

  it("keeps millisecond precision for fractional minutes", () => {
    expect(add(aqtau(MONDAY, "09:00"), 0.5)).toEqual(new Date(aqtau(MONDAY, "09:00").getTime() + 30_000));
  });

  it("rejects negative, infinite and NaN minutes, and broken hours", () => {
    expect(() => add(aqtau(MONDAY, "09:00"), -1)).toThrow(RangeError);
    expect(() => add(aqtau(MONDAY, "09:00"), Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => add(aqtau(MONDAY, "09:00"), Number.NaN)).toThrow(RangeError);
    const broken: WorkingHours[] = [
      { weekdays: [1], opens: "18:00", closes: "09:00" },
      { weekdays: [0], opens: "09:00", closes: "18:00" },
      { weekdays: [1], opens: "09:00", closes: "18:00", lunch: { from: "08:00", to: "10:00" } },
      { weekdays: [1], opens: "09:00", closes: "18:00", lunch: { from: "14:00", to: "13:00" } },
    ];
    for (const hours of broken) {
      expect(() => addWorkingMinutes(noHolidays, hours, aqtau(MONDAY, "09:00"), 1)).toThrow(RangeError);
    }
  });

  it("accepts a lunch break at the very start of the day", () => {
    const lateStart: WorkingHours = { weekdays: [1, 2, 3, 4, 5], opens: "09:00", closes: "18:00", lunch: { from: "09:00", to: "10:00" } };
    expect(addWorkingMinutes(noHolidays, lateStart, aqtau(MONDAY, "08:00"), 30)).toEqual(aqtau(MONDAY, "10:30"));
    expect(workingMinutesBetween(noHolidays, lateStart, aqtau(MONDAY, "00:00"), aqtau(TUESDAY, "00:00"))).toBe(480);
  });

  it("fails instead of looping forever when nothing is ever open", () => {
    const never: WorkingHours = { weekdays: [], opens: "09:00", closes: "18:00" };
    expect(() => addWorkingMinutes(noHolidays, never, aqtau(MONDAY, "09:00"), 1)).toThrow(RangeError);
  });
});

describe("addWorkingMinutes with STATE_CORP_HOURS", () => {
  it("has no lunch break and closes at 18:00", () => {
    expect(addWorkingMinutes(noHolidays, STATE_CORP_HOURS, aqtau(MONDAY, "12:50"), 20)).toEqual(aqtau(MONDAY, "13:10"));
    expect(addWorkingMinutes(noHolidays, STATE_CORP_HOURS, aqtau(MONDAY, "17:50"), 20)).toEqual(aqtau(TUESDAY, "09:10"));
  });
});

describe("hours.weekdays", () => {
  it("closes weekdays missing from the schedule but still honours government transfers", () => {
    const mondayToThursday: WorkingHours = { weekdays: [1, 2, 3, 4], opens: "09:00", closes: "18:00" };
    const thursday = "2025-06-12";
    expect(addWorkingMinutes(noHolidays, mondayToThursday, aqtau(thursday, "17:50"), 20)).toEqual(
      aqtau(NEXT_MONDAY, "09:10"),
    );
    const withWorkingSaturday = createWorkingCalendar({ holidays: [], workingDays: ["2025-06-14"] });
    expect(addWorkingMinutes(withWorkingSaturday, mondayToThursday, aqtau(thursday, "17:50"), 20)).toEqual(
      aqtau("2025-06-14", "09:10"),
    );
  });
});

describe("workingMinutesBetween", () => {
  const between = (from: Date, to: Date) => workingMinutesBetween(noHolidays, PROVIDER_HOURS, from, to);

  it("counts only working time", () => {
    expect(between(aqtau(MONDAY, "13:00"), aqtau(MONDAY, "14:40"))).toBe(10);
    expect(between(aqtau(MONDAY, "18:10"), aqtau(MONDAY, "18:25"))).toBe(15);
    expect(between(aqtau(MONDAY, "18:20"), aqtau(TUESDAY, "09:10"))).toBe(20);
    expect(between(aqtau(FRIDAY, "18:25"), aqtau(NEXT_MONDAY, "09:15"))).toBe(20);
    expect(between(aqtau(MONDAY, "00:00"), aqtau(TUESDAY, "00:00"))).toBe(480);
    expect(between(aqtau(MONDAY, "00:00"), aqtau("2025-06-09", "00:00"))).toBe(5 * 480);
  });

  it("returns 0 when `to` is not after `from`", () => {
    expect(between(aqtau(MONDAY, "10:00"), aqtau(MONDAY, "10:00"))).toBe(0);
    expect(between(aqtau(MONDAY, "11:00"), aqtau(MONDAY, "10:00"))).toBe(0);
  });

  it("returns fractional minutes from exact milliseconds", () => {
    const from = aqtau(MONDAY, "10:00");
    expect(between(from, new Date(from.getTime() + 90_500))).toBeCloseTo(90.5 / 60, 12);
    expect(between(from, new Date(from.getTime() + 30_000))).toBe(0.5);
  });

  it("skips holidays and counts a weekend day the government made working", () => {
    // 31 Dec 2024 (Tue) 18:00 → 6 Jan 2025 (Mon) 09:30: 30 minutes, 1–4 January off (3 January by the
    // government's swap), Sunday 5 January worked in its place (8 h without lunch), then 30 minutes
    expect(workingMinutesBetween(kazakhstan, PROVIDER_HOURS, aqtau("2024-12-31", "18:00"), aqtau("2025-01-06", "09:30"))).toBe(
      30 + 480 + 30,
    );
  });
});

describe("addWorkingDays", () => {
  it("does not count the day of acceptance: Friday + 3 → Wednesday 18:30", () => {
    expect(addWorkingDays(noHolidays, PROVIDER_HOURS, aqtau(FRIDAY, "10:00"), 3)).toEqual(aqtau("2025-06-18", "18:30"));
    expect(isoWeekday("2025-06-18")).toBe(3);
  });

  it("does not depend on the time of day of acceptance", () => {
    for (const time of ["00:00", "08:59", "18:30", "23:59"]) {
      expect(addWorkingDays(noHolidays, PROVIDER_HOURS, aqtau(FRIDAY, time), 1)).toEqual(aqtau(NEXT_MONDAY, "18:30"));
    }
  });

  it("crosses New Year with 1 and 2 January off", () => {
    const calendar = createWorkingCalendar({ holidays: ["2025-01-01", "2025-01-02"] });
    const accepted = aqtau("2024-12-31", "11:00");
    expect(addWorkingDays(calendar, PROVIDER_HOURS, accepted, 1)).toEqual(aqtau("2025-01-03", "18:30"));
    expect(addWorkingDays(calendar, PROVIDER_HOURS, accepted, 2)).toEqual(aqtau("2025-01-06", "18:30"));
    expect(addWorkingDays(calendar, STATE_CORP_HOURS, accepted, 2)).toEqual(aqtau("2025-01-06", "18:00"));
  });

  it("skips Nauryz 2026 with its transfers in the real holiday data", () => {
    // Fri 20 Mar; 21–23 Mar Nauryz, 24–25 Mar transfers → first working day is Thu 26 Mar.
    expect(addWorkingDays(kazakhstan, PROVIDER_HOURS, aqtau("2026-03-20", "12:00"), 1)).toEqual(aqtau("2026-03-26", "18:30"));
  });

  it("counts a transferred Saturday", () => {
    const calendar = createWorkingCalendar({ holidays: [], workingDays: ["2025-06-14"] });
    expect(addWorkingDays(calendar, PROVIDER_HOURS, aqtau(FRIDAY, "10:00"), 1)).toEqual(aqtau("2025-06-14", "18:30"));
  });

  it("with 0 days returns the close of the same working day, or of the next one", () => {
    expect(addWorkingDays(noHolidays, PROVIDER_HOURS, aqtau(FRIDAY, "10:00"), 0)).toEqual(aqtau(FRIDAY, "18:30"));
    expect(addWorkingDays(noHolidays, PROVIDER_HOURS, aqtau("2025-06-14", "10:00"), 0)).toEqual(aqtau(NEXT_MONDAY, "18:30"));
  });

  it("rejects negative and fractional day counts", () => {
    expect(() => addWorkingDays(noHolidays, PROVIDER_HOURS, aqtau(FRIDAY, "10:00"), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(noHolidays, PROVIDER_HOURS, aqtau(FRIDAY, "10:00"), 1.5)).toThrow(RangeError);
  });
});

describe("previousWorkingDayClose", () => {
  it("returns the close of the previous working day", () => {
    expect(previousWorkingDayClose(noHolidays, PROVIDER_HOURS, aqtau(TUESDAY, "10:00"))).toEqual(aqtau(MONDAY, "18:30"));
    expect(previousWorkingDayClose(noHolidays, PROVIDER_HOURS, aqtau(NEXT_MONDAY, "18:30"))).toEqual(aqtau(FRIDAY, "18:30"));
  });

  it("looks strictly before the local date, even late in the evening", () => {
    expect(previousWorkingDayClose(noHolidays, PROVIDER_HOURS, aqtau(TUESDAY, "23:59"))).toEqual(aqtau(MONDAY, "18:30"));
    expect(previousWorkingDayClose(noHolidays, PROVIDER_HOURS, aqtau(TUESDAY, "00:00"))).toEqual(aqtau(MONDAY, "18:30"));
  });

  it("skips holidays back across New Year", () => {
    expect(previousWorkingDayClose(kazakhstan, STATE_CORP_HOURS, aqtau("2025-01-03", "18:00"))).toEqual(
      aqtau("2024-12-31", "18:00"),
    );
  });
});

// ---------------------------------------------------------------------------
// Properties, against the real Kazakhstan holidays of 2018–2027.

const FIRST_DAY = Date.UTC(2018, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2027, 10, 30) / 86_400_000; // leave room for terms to run into December

function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

const holidayDates = new Set(HOLIDAYS_2018_2027.filter((day) => day.kind === "DAY_OFF").map((holiday) => holiday.date));
const workedWeekendDates = new Set(HOLIDAYS_2018_2027.filter((day) => day.kind === "WORKING_DAY").map((day) => day.date));
function isOpen(date: string): boolean {
  return workedWeekendDates.has(date) || (isoWeekday(date) <= 5 && !holidayDates.has(date));
}

const openDates: string[] = [];
for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
  if (isOpen(dateOfDayNumber(day))) openDates.push(dateOfDayNumber(day));
}

/** A working instant: an open day and a minute inside 09:00–13:00 or 14:30–18:30. */
const alignedWorkingInstant = fc
  .record({ dayIndex: fc.nat({ max: openDates.length - 1 }), workingMinute: fc.nat({ max: 479 }) })
  .map(({ dayIndex, workingMinute }) => {
    const minuteOfDay = workingMinute < 240 ? 9 * 60 + workingMinute : 14 * 60 + 30 + (workingMinute - 240);
    return new Date(localDateTime(openDates[dayIndex] ?? "", "00:00").getTime() + minuteOfDay * 60_000);
  });

/** Any instant, including nights, weekends, lunch and holidays. */
const anyInstant = fc
  .integer({ min: localDateTime("2018-01-01", "00:00").getTime(), max: localDateTime("2027-11-30", "00:00").getTime() })
  .map((ms) => new Date(ms));

/** Starts in the last days of December, so terms cross New Year. */
const yearEndInstant = fc
  .record({ year: fc.integer({ min: 2018, max: 2026 }), day: fc.integer({ min: 20, max: 31 }), minute: fc.nat({ max: 1439 }) })
  .map(({ year, day, minute }) => new Date(localDateTime(`${year}-12-${day}`, "00:00").getTime() + minute * 60_000));

const minutesArbitrary = fc.integer({ min: 0, max: 6_000 });

function addProvider(start: Date, minutes: number): Date {
  return addWorkingMinutes(kazakhstan, PROVIDER_HOURS, start, minutes);
}

function isStrictlyInsideHours(instant: Date): boolean {
  const minute = aqtauMinuteOfDay(instant);
  return isOpen(toLocalDate(instant)) && ((minute > 540 && minute < 780) || (minute > 870 && minute < 1110));
}

describe("addWorkingMinutes properties", () => {
  it("round-trips with workingMinutesBetween from an aligned start", () => {
    fc.assert(
      fc.property(alignedWorkingInstant, minutesArbitrary, (start, minutes) => {
        const end = addProvider(start, minutes);
        expect(workingMinutesBetween(kazakhstan, PROVIDER_HOURS, start, end)).toBe(minutes);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips across year ends", () => {
    fc.assert(
      fc.property(yearEndInstant, minutesArbitrary, (start, minutes) => {
        const end = addProvider(start, minutes);
        expect(workingMinutesBetween(kazakhstan, PROVIDER_HOURS, start, end)).toBe(minutes);
        if (minutes > 0) expect(isOpen(toLocalDate(end))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("is monotonic in the number of minutes", () => {
    fc.assert(
      fc.property(anyInstant, minutesArbitrary, minutesArbitrary, (start, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        expect(addProvider(start, fewer).getTime()).toBeLessThanOrEqual(addProvider(start, more).getTime());
        expect(addProvider(start, fewer).getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it("never ends in lunch, at night, on a weekend or holiday — only ever exactly at a closing instant", () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, yearEndInstant), fc.integer({ min: 1, max: 6_000 }), (start, minutes) => {
        const end = addProvider(start, minutes);
        const date = toLocalDate(end);
        const minute = aqtauMinuteOfDay(end);
        expect(isOpen(date)).toBe(true);
        // (09:00, 13:00] or (14:30, 18:30]: the end of a working interval is allowed, its start is not.
        const inMorning = minute > 540 && minute <= 780;
        const inAfternoon = minute > 870 && minute <= 1110;
        expect(inMorning || inAfternoon).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is additive when the intermediate result lies strictly inside working hours", () => {
    fc.assert(
      fc.property(anyInstant, minutesArbitrary, minutesArbitrary, (start, a, b) => {
        const intermediate = addProvider(start, a);
        const end = addProvider(intermediate, b);
        fc.pre(isStrictlyInsideHours(intermediate) && isStrictlyInsideHours(end));
        expect(end).toEqual(addProvider(start, a + b));
      }),
      { numRuns: 300 },
    );
  });

  it("is additive for any positive second step, even from a closing instant", () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, yearEndInstant), minutesArbitrary, fc.integer({ min: 1, max: 6_000 }), (start, a, b) => {
        expect(addProvider(addProvider(start, a), b)).toEqual(addProvider(start, a + b));
      }),
      { numRuns: 300 },
    );
  });
});

describe("addWorkingDays and previousWorkingDayClose properties", () => {
  function openDaysAfter(startDate: string, endDate: string): number {
    let count = 0;
    for (let day = Date.parse(`${startDate}T00:00:00Z`) / 86_400_000 + 1; dateOfDayNumber(day) <= endDate; day++) {
      if (isOpen(dateOfDayNumber(day))) count++;
    }
    return count;
  }

  it("ends at the close of an open day with exactly `days` open days after acceptance", () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, yearEndInstant), fc.integer({ min: 1, max: 30 }), (start, days) => {
        const due = addWorkingDays(kazakhstan, PROVIDER_HOURS, start, days);
        const dueDate = toLocalDate(due);
        expect(isOpen(dueDate)).toBe(true);
        expect(due).toEqual(aqtau(dueDate, "18:30"));
        expect(openDaysAfter(toLocalDate(start), dueDate)).toBe(days);
      }),
      { numRuns: 200 },
    );
  });

  it("previousWorkingDayClose finds the last open day strictly before, with none in between", () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, yearEndInstant), (instant) => {
        const close = previousWorkingDayClose(kazakhstan, STATE_CORP_HOURS, instant);
        const closeDate = toLocalDate(close);
        expect(isOpen(closeDate)).toBe(true);
        expect(close).toEqual(aqtau(closeDate, "18:00"));
        expect(closeDate < toLocalDate(instant)).toBe(true);
        const dayBefore = dateOfDayNumber(Date.parse(`${toLocalDate(instant)}T00:00:00Z`) / 86_400_000 - 1);
        expect(openDaysAfter(closeDate, dayBefore)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("is the inverse of a one-day term: the day before the term's last day", () => {
    fc.assert(
      fc.property(alignedWorkingInstant, fc.integer({ min: 2, max: 20 }), (start, days) => {
        const due = addWorkingDays(kazakhstan, PROVIDER_HOURS, start, days);
        expect(previousWorkingDayClose(kazakhstan, PROVIDER_HOURS, due)).toEqual(
          addWorkingDays(kazakhstan, PROVIDER_HOURS, start, days - 1),
        );
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------
// The unit project pins TZ=Asia/Aqtau; prove the results do not rely on it.

describe("independence from the process time zone", () => {
  const originalTz = process.env.TZ;
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Europe/London", "Asia/Aqtau"])(
    "gives the same answers under TZ=%s",
    (timeZone) => {
      process.env.TZ = timeZone;
      // Node re-reads TZ when it is assigned; check that the switch took effect.
      const expectedOffset = { UTC: 0, "America/Los_Angeles": 420, "Pacific/Kiritimati": -840, "Europe/London": -60, "Asia/Aqtau": -300 }[
        timeZone
      ];
      expect(new Date("2025-06-02T12:00:00Z").getTimezoneOffset()).toBe(expectedOffset);

      expect(localDateTime(MONDAY, "09:00").toISOString()).toBe("2025-06-02T04:00:00.000Z");
      expect(toLocalDate(new Date("2025-06-01T19:00:00.000Z"))).toBe("2025-06-02");
      expect(addWorkingMinutes(noHolidays, PROVIDER_HOURS, aqtau(MONDAY, "18:20"), 20)).toEqual(aqtau(TUESDAY, "09:10"));
      expect(addWorkingMinutes(noHolidays, PROVIDER_HOURS, aqtau(FRIDAY, "18:25"), 20)).toEqual(aqtau(NEXT_MONDAY, "09:15"));
      expect(workingMinutesBetween(noHolidays, PROVIDER_HOURS, aqtau(MONDAY, "13:00"), aqtau(MONDAY, "14:40"))).toBe(10);
      expect(addWorkingDays(noHolidays, PROVIDER_HOURS, aqtau(FRIDAY, "23:30"), 3)).toEqual(aqtau("2025-06-18", "18:30"));
      expect(previousWorkingDayClose(kazakhstan, STATE_CORP_HOURS, aqtau("2025-01-03", "00:30"))).toEqual(
        aqtau("2024-12-31", "18:00"),
      );
      // Around the US daylight-saving switch (9 March 2025) nothing shifts.
      expect(addWorkingMinutes(kazakhstan, PROVIDER_HOURS, aqtau("2025-03-07", "18:00"), 60)).toEqual(
        aqtau("2025-03-11", "09:30"),
      );
    },
  );
});
