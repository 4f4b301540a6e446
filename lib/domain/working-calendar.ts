/**
 * Working-time arithmetic for terms and SLAs in Aktau.
 *
 * Asia/Aqtau is a fixed UTC+5 without daylight saving, so local wall-clock
 * times are converted with a constant offset. Only UTC getters are used:
 * the results never depend on the server's TZ.
 */

export const AQTAU_UTC_OFFSET_MINUTES = 300;

export type ClockTime = `${number}:${number}`;

export interface WorkingHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  opens: string;
  closes: string;
  lunch?: { from: string; to: string };
}

export const PROVIDER_HOURS: WorkingHours = {
  weekdays: [1, 2, 3, 4, 5],
  opens: "09:00",
  closes: "18:30",
  lunch: { from: "13:00", to: "14:30" },
};

export const STATE_CORP_HOURS: WorkingHours = {
  weekdays: [1, 2, 3, 4, 5],
  opens: "09:00",
  closes: "18:00",
};

export interface CalendarData {
  /** YYYY-MM-DD days off (holidays and their transfers). */
  holidays: string[];
  /** YYYY-MM-DD weekend days made working by a government transfer. */
  workingDays?: string[];
}

/** The calendar's data from its marked days: days off, and weekend days made working. */
export function calendarDataFromDays(days: readonly { date: string; kind: "DAY_OFF" | "WORKING_DAY" }[]): CalendarData {
  return {
    holidays: days.filter((day) => day.kind === "DAY_OFF").map((day) => day.date),
    workingDays: days.filter((day) => day.kind === "WORKING_DAY").map((day) => day.date),
  };
}

export interface WorkingCalendar {
  isWorkingDay(localDate: string): boolean;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const OFFSET_MS = AQTAU_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

/** Guards the day-by-day scans against calendars that never open. */
const MAX_DAYS_WITHOUT_WORK = 3_660;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

/** Days since 1970-01-01 of a local date; validates the date on the way. */
function parseLocalDate(localDate: string): number {
  const match = LOCAL_DATE.exec(localDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utcMidnight = Date.UTC(year, month - 1, day);
    const roundTrip = new Date(utcMidnight);
    if (roundTrip.getUTCFullYear() === year && roundTrip.getUTCMonth() === month - 1 && roundTrip.getUTCDate() === day) {
      return utcMidnight / MS_PER_DAY;
    }
  }
  throw new RangeError(`Expected a YYYY-MM-DD date, got "${localDate}"`);
}

/** A real day of the calendar written YYYY-MM-DD: "2030-02-30" is none, though `Date.parse` takes it. */
export function isLocalDate(text: string): boolean {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
}

function formatDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Minutes since local midnight; "24:00" is allowed so a day can close at midnight. */
function parseClockTime(time: string): number {
  const match = CLOCK_TIME.exec(time);
  if (match) {
    const [hours, minutes] = [Number(match[1]), Number(match[2])];
    if ((hours < 24 && minutes < 60) || (hours === 24 && minutes === 0)) return hours * 60 + minutes;
  }
  throw new RangeError(`Expected an HH:MM time, got "${time}"`);
}

function isoWeekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

function dayNumberOfInstant(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("Invalid Date");
  return Math.floor((time + OFFSET_MS) / MS_PER_DAY);
}

export function createWorkingCalendar(data: CalendarData): WorkingCalendar {
  // Validate up front so a typo in the data fails loudly instead of silently working.
  const holidays = new Set(data.holidays.map((date) => formatDayNumber(parseLocalDate(date))));
  const workingDays = new Set((data.workingDays ?? []).map((date) => formatDayNumber(parseLocalDate(date))));
  const contradictions = [...workingDays].filter((date) => holidays.has(date));
  if (contradictions.length > 0) {
    throw new RangeError(`Dates listed both as holidays and as working days: ${contradictions.join(", ")}`);
  }
  return {
    isWorkingDay(localDate: string): boolean {
      const weekday = isoWeekdayOfDayNumber(parseLocalDate(localDate));
      if (workingDays.has(localDate)) return true;
      if (holidays.has(localDate)) return false;
      return weekday <= 5;
    },
  };
}

export function toLocalDate(instant: Date): string {
  return formatDayNumber(dayNumberOfInstant(instant));
}

export function localDateTime(localDate: string, time: string): Date {
  return new Date(parseLocalDate(localDate) * MS_PER_DAY + parseClockTime(time) * MS_PER_MINUTE - OFFSET_MS);
}

/** Minutes since local midnight, parsed and checked once per call. */
interface ParsedHours {
  weekdays: Set<number>;
  opens: number;
  closes: number;
  /** Working intervals within a day, in minutes since midnight, in order. */
  intervals: Array<readonly [number, number]>;
}

function parseHours(hours: WorkingHours): ParsedHours {
  const opens = parseClockTime(hours.opens);
  const closes = parseClockTime(hours.closes);
  if (opens >= closes) throw new RangeError(`Opening ${hours.opens} must be before closing ${hours.closes}`);
  for (const weekday of hours.weekdays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new RangeError(`Weekdays are ISO 1..7, got ${weekday}`);
    }
  }
  let intervals: Array<readonly [number, number]> = [[opens, closes]];
  if (hours.lunch) {
    const from = parseClockTime(hours.lunch.from);
    const to = parseClockTime(hours.lunch.to);
    if (from >= to || from < opens || to > closes) {
      throw new RangeError(`Lunch ${hours.lunch.from}–${hours.lunch.to} must lie within ${hours.opens}–${hours.closes}`);
    }
    // A lunch at the very start or end of the day leaves a single interval.
    const candidates: Array<readonly [number, number]> = [
      [opens, from],
      [to, closes],
    ];
    intervals = candidates.filter(([start, end]) => end > start);
  }
  return { weekdays: new Set(hours.weekdays), opens, closes, intervals };
}

/**
 * A day is open when the calendar calls it a working day and the hours cover
 * its weekday. A weekend day the calendar calls working can only be a
 * government transfer, and then everyone works, whatever `weekdays` says.
 */
function isOpenDay(calendar: WorkingCalendar, hours: ParsedHours, dayNumber: number): boolean {
  if (!calendar.isWorkingDay(formatDayNumber(dayNumber))) return false;
  const weekday = isoWeekdayOfDayNumber(dayNumber);
  return weekday >= 6 || hours.weekdays.has(weekday);
}

/** The working intervals of one local day as [start, end) epoch milliseconds. */
function intervalsOfDay(calendar: WorkingCalendar, hours: ParsedHours, dayNumber: number): Array<[number, number]> {
  if (!isOpenDay(calendar, hours, dayNumber)) return [];
  const midnight = dayNumber * MS_PER_DAY - OFFSET_MS;
  return hours.intervals.map(([start, end]) => [midnight + start * MS_PER_MINUTE, midnight + end * MS_PER_MINUTE]);
}

function closingInstant(hours: ParsedHours, dayNumber: number): Date {
  return new Date(dayNumber * MS_PER_DAY - OFFSET_MS + hours.closes * MS_PER_MINUTE);
}

/**
 * Adds working time. Counting starts at `start` when it is inside working
 * hours, otherwise at the next opening; lunch, nights, weekends and holidays
 * do not count. A result that lands exactly on the end of a working interval
 * is returned as that end (18:30, or 13:00 before lunch), not as the next
 * opening. With 0 minutes the result is the moment work can begin.
 * Precision is one millisecond.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, hours: WorkingHours, start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Minutes must be a finite non-negative number, got ${minutes}`);
  }
  const parsed = parseHours(hours);
  let remaining = Math.round(minutes * MS_PER_MINUTE);
  let cursor = start.getTime();
  let dayNumber = dayNumberOfInstant(start);
  let closedDaysInARow = 0;

  for (;;) {
    const intervals = intervalsOfDay(calendar, parsed, dayNumber);
    closedDaysInARow = intervals.length === 0 ? closedDaysInARow + 1 : 0;
    if (closedDaysInARow > MAX_DAYS_WITHOUT_WORK) {
      throw new RangeError(`No working time within ${MAX_DAYS_WITHOUT_WORK} days`);
    }
    for (const [intervalStart, intervalEnd] of intervals) {
      if (intervalEnd <= cursor) continue;
      const from = Math.max(intervalStart, cursor);
      const available = intervalEnd - from;
      if (remaining === 0 && available > 0) return new Date(from);
      if (remaining > 0 && remaining <= available) return new Date(from + remaining);
      remaining -= available;
      cursor = intervalEnd;
    }
    dayNumber++;
  }
}

/** Working minutes in [from, to); fractional when the instants are not whole minutes apart. */
export function workingMinutesBetween(calendar: WorkingCalendar, hours: WorkingHours, from: Date, to: Date): number {
  const parsed = parseHours(hours);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError("Invalid Date");
  if (toMs <= fromMs) return 0;

  let totalMs = 0;
  const lastDay = dayNumberOfInstant(to);
  for (let dayNumber = dayNumberOfInstant(from); dayNumber <= lastDay; dayNumber++) {
    for (const [intervalStart, intervalEnd] of intervalsOfDay(calendar, parsed, dayNumber)) {
      const overlap = Math.min(intervalEnd, toMs) - Math.max(intervalStart, fromMs);
      if (overlap > 0) totalMs += overlap;
    }
  }
  return totalMs / MS_PER_MINUTE;
}

/**
 * The closing instant of the `days`-th working day after the local date of
 * `start` (the day a request is accepted is not counted). With 0 days it is
 * the close of start's own day, or of the next working day when that is off.
 */
export function addWorkingDays(calendar: WorkingCalendar, hours: WorkingHours, start: Date, days: number): Date {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`Days must be a non-negative integer, got ${days}`);
  }
  const parsed = parseHours(hours);
  let dayNumber = dayNumberOfInstant(start);
  let counted = 0;
  let closedDaysInARow = 0;
  if (days === 0) dayNumber--; // so the loop below may land on start's own day

  while (counted < Math.max(days, 1)) {
    dayNumber++;
    if (isOpenDay(calendar, parsed, dayNumber)) {
      counted++;
      closedDaysInARow = 0;
    } else if (++closedDaysInARow > MAX_DAYS_WITHOUT_WORK) {
      throw new RangeError(`No working day within ${MAX_DAYS_WITHOUT_WORK} days`);
    }
  }
  return closingInstant(parsed, dayNumber);
}

/** Closing instant of the last working day strictly before the local date of `instant`. */
export function previousWorkingDayClose(calendar: WorkingCalendar, hours: WorkingHours, instant: Date): Date {
  const parsed = parseHours(hours);
  let dayNumber = dayNumberOfInstant(instant);
  for (let step = 0; step <= MAX_DAYS_WITHOUT_WORK; step++) {
    dayNumber--;
    if (isOpenDay(calendar, parsed, dayNumber)) return closingInstant(parsed, dayNumber);
  }
  throw new RangeError(`No working day within ${MAX_DAYS_WITHOUT_WORK} days before ${toLocalDate(instant)}`);
}
