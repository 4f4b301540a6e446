// The holiday calendar the working-time arithmetic reads (lib/workflow/calendar.ts caches it
// for a minute, so a change shows in new deadlines within a minute; at once in this process).
import { z } from "zod";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { isLocalDate } from "../domain/working-calendar";
import { AppError } from "../errors";
import { parseOrRefuse } from "../zod-issues";
import { forgetWorkingCalendar } from "../regulation/working-calendar";
import { assertAdmin, isUniqueViolation, recordAdminChange } from "./audit";

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

export async function addHoliday(db: Db, actor: Actor, input: z.input<typeof holidaySchema>, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const holiday = parseOrRefuse(holidaySchema, input);
  try {
    await db.$transaction(async (tx) => {
      await tx.holiday.create({ data: { ...holiday, date: new Date(`${holiday.date}T00:00:00Z`) }, select: { date: true } });
      await recordAdminChange(tx, actor, "ADMIN_ADD_HOLIDAY", holiday, now);
    });
    forgetWorkingCalendar(db);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "dashboard.admin.errors.holidayExists");
    throw error;
  }
}

export async function removeHoliday(db: Db, actor: Actor, date: string, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const day = parseOrRefuse(holidaySchema.shape.date, date);
  await db.$transaction(async (tx) => {
    const existing = await tx.holiday.findUnique({
      where: { date: new Date(`${day}T00:00:00Z`) },
      select: { kind: true, nameKk: true, nameRu: true, nameEn: true, source: true },
    });
    if (!existing) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
    await tx.holiday.delete({ where: { date: new Date(`${day}T00:00:00Z`) } });
    await recordAdminChange(tx, actor, "ADMIN_REMOVE_HOLIDAY", { date: day, ...existing }, now);
  });
  forgetWorkingCalendar(db);
}
