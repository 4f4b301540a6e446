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
export const holidaySchema = z.object({
  date: z.string().refine(isLocalDate, "errors.invalidInput"),
  nameKk: name,
  nameRu: name,
  nameEn: name,
});

export interface HolidayRow {
  date: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export async function listHolidays(db: Db, actor: Actor): Promise<HolidayRow[]> {
  assertAdmin(actor);
  const rows = await db.holiday.findMany({ orderBy: { date: "asc" }, select: { date: true, nameKk: true, nameRu: true, nameEn: true } });
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
    const existing = await tx.holiday.findUnique({ where: { date: new Date(`${day}T00:00:00Z`) }, select: { nameKk: true, nameRu: true, nameEn: true } });
    if (!existing) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
    await tx.holiday.delete({ where: { date: new Date(`${day}T00:00:00Z`) } });
    await recordAdminChange(tx, actor, "ADMIN_REMOVE_HOLIDAY", { date: day, ...existing }, now);
  });
  forgetWorkingCalendar(db);
}
