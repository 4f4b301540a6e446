import type { Db } from "../db/client";
import { calendarDataFromDays, createWorkingCalendar, type WorkingCalendar } from "../domain/working-calendar";

// Holidays change a few times a year (an administrator edits them), and every deadline, queue
// row and status lookup needs them: each process keeps the calendar for a minute. A time limit
// rather than a key that changes, because reading a key (the table's last change) would cost the
// round trip the cache saves, and an edit made in another portal process cannot reach this one;
// an edit in this process drops the cache at once (forgetWorkingCalendar). Concurrent requests
// share one load instead of each reading the table when the minute is up.
const CACHE_MS = 60_000;
const cache = new WeakMap<Db, { calendar: Promise<WorkingCalendar>; loadedAt: number }>();

export function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.loadedAt < CACHE_MS) return cached.calendar;
  const calendar = db.holiday
    .findMany({ select: { date: true, kind: true } })
    .then((days) => createWorkingCalendar(calendarDataFromDays(days.map((day) => ({ date: day.date.toISOString().slice(0, 10), kind: day.kind })))));
  const entry = { calendar, loadedAt: Date.now() };
  cache.set(db, entry);
  // a failed read is not kept: the next caller tries again
  calendar.catch(() => cache.get(db) === entry && cache.delete(db));
  return calendar;
}

/** After a holiday is added or removed: this process reads the calendar again on next use. */
export function forgetWorkingCalendar(db: Db): void {
  cache.delete(db);
}
