import type { Db } from "../db/client";
import { createWorkingCalendar, type WorkingCalendar } from "../domain/working-calendar";

// Holidays change a few times a year (an administrator edits them); a short cache keeps
// registration from reading the table every time.
const CACHE_MS = 60_000;
const cache = new WeakMap<Db, { calendar: WorkingCalendar; loadedAt: number }>();

export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.loadedAt < CACHE_MS) return cached.calendar;
  const holidays = await db.holiday.findMany({ select: { date: true } });
  const calendar = createWorkingCalendar({ holidays: holidays.map((h) => h.date.toISOString().slice(0, 10)) });
  cache.set(db, { calendar, loadedAt: Date.now() });
  return calendar;
}
