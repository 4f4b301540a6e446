// The holiday calendar the working-time arithmetic reads (lib/regulation/working-calendar.ts caches
// it for a minute, so a change shows in new deadlines within a minute; at once in this process).
// A change moves the open packages' deadlines too: lib/admin/calendar-change.ts previews and applies it.
import { z } from "zod";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { isLocalDate } from "../domain/working-calendar";
import { AppError } from "../errors";
import { parseOrRefuse } from "../zod-issues";
import { assertAdmin, isUniqueViolation } from "./audit";
import { applyCalendarChange, previewCalendarChange, type CalendarChangePreview, type MovedDeadlines } from "./calendar-change";

const name = z.string().trim().min(1, "errors.fieldRequired").max(200, "errors.fieldTooLong");
export const CALENDAR_DAY_KINDS = ["DAY_OFF", "WORKING_DAY"] as const;

export const holidaySchema = z.object({
  date: z.string().refine(isLocalDate, "errors.invalidInput"),
  // a form from before days had kinds posts none: a day off, as every day was then
  kind: z.enum(CALENDAR_DAY_KINDS, "errors.invalidInput").default("DAY_OFF"),
  nameKk: name,
  nameRu: name,
  nameEn: name,
  // the act behind the day, so the next administrator can check it
  source: z.string().trim().min(1, "errors.fieldRequired").max(500, "errors.fieldTooLong"),
});

export interface HolidayRow {
  date: string;
  kind: (typeof CALENDAR_DAY_KINDS)[number];
  nameKk: string;
  nameRu: string;
  nameEn: string;
  source: string;
}

export async function listHolidays(db: Db, actor: Actor): Promise<HolidayRow[]> {
  assertAdmin(actor);
  const rows = await db.holiday.findMany({
    orderBy: { date: "asc" },
    select: { date: true, kind: true, nameKk: true, nameRu: true, nameEn: true, source: true },
  });
  return rows.map((row) => ({ ...row, date: row.date.toISOString().slice(0, 10) }));
}

/** The removal of a day cites what says it is no longer marked (an act, or an announcement to check). */
export const removalSchema = z.object({
  date: holidaySchema.shape.date,
  source: z.string().trim().min(1, "errors.fieldRequired").max(500, "errors.fieldTooLong"),
});

/** What adding the day would move, before anything is written. */
export async function previewAddHoliday(db: Db, actor: Actor, input: z.input<typeof holidaySchema>): Promise<CalendarChangePreview> {
  assertAdmin(actor);
  return previewCalendarChange(db, actor, { op: "add", day: parseOrRefuse(holidaySchema, input) });
}

/** What removing the day would move, before anything is written. */
export async function previewRemoveHoliday(db: Db, actor: Actor, input: z.input<typeof removalSchema>): Promise<CalendarChangePreview> {
  assertAdmin(actor);
  const { date, source } = parseOrRefuse(removalSchema, input);
  return previewCalendarChange(db, actor, { op: "remove", date, source });
}

/** Adds the day and moves the open packages' deadlines it moves, in one transaction with the audit event. */
export async function addHoliday(db: Db, actor: Actor, input: z.input<typeof holidaySchema>, now = new Date()): Promise<MovedDeadlines[]> {
  assertAdmin(actor);
  const day = parseOrRefuse(holidaySchema, input);
  try {
    return await applyCalendarChange(db, actor, { op: "add", day }, now);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "dashboard.admin.errors.holidayExists");
    throw error;
  }
}

/** Removes the day (with the source of its removal) and moves the deadlines it held, likewise. */
export async function removeHoliday(db: Db, actor: Actor, input: z.input<typeof removalSchema>, now = new Date()): Promise<MovedDeadlines[]> {
  assertAdmin(actor);
  const { date, source } = parseOrRefuse(removalSchema, input);
  return applyCalendarChange(db, actor, { op: "remove", date, source }, now);
}

/**
 * The day as it was before its latest removal, read from that removal's audit event: what "undo"
 * puts back (the same date, kind, names and act). None if the day is in the calendar again, or
 * was never removed.
 */
export async function lastRemovedDay(db: Db, actor: Actor, date: string): Promise<HolidayRow | null> {
  assertAdmin(actor);
  if (!isLocalDate(date)) return null;
  if (await db.holiday.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) }, select: { date: true } })) return null;
  const removal = await db.auditEvent.findFirst({
    where: { action: "ADMIN_REMOVE_HOLIDAY", applicationId: null, data: { path: ["date"], equals: date } },
    orderBy: { id: "desc" },
    select: { data: true },
  });
  const day = holidaySchema.safeParse(removal?.data);
  return day.success ? day.data : null;
}
