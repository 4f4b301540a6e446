// A change of the working calendar, previewed and then applied (issue 15, item 8): a day off
// added or removed, or a weekend day made working, moves the deadlines of the packages still
// under way. The administrator first sees which packages' deadlines would move and from what to
// what; applying it changes the calendar, recomputes exactly those deadlines and writes one audit
// event listing them, all in one transaction.
import type { Db } from "../db/client";
import type { Tx } from "../db/context";
import { movedByCalendarChange, OPEN_STATES, type DeadlineField, type MovedPackage, type OpenPackage } from "../domain/deadline-shift";
import type { Actor } from "../domain/permissions";
import { calendarDataFromDays, createWorkingCalendar, type WorkingCalendar } from "../domain/working-calendar";
import { AppError } from "../errors";
import { forgetWorkingCalendar } from "../regulation/working-calendar";
import { findVersion } from "../regulation/in-force";
import type { RegulationRules } from "../domain/regulation-version";
import { assertAdmin, recordAdminChange } from "./audit";

type CalendarDayKind = "DAY_OFF" | "WORKING_DAY";

export type CalendarDay = {
  date: string;
  kind: CalendarDayKind;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** the act or announcement the day comes from */
  source: string;
};

/** Add a day to the calendar, or remove one, citing what says it is no longer marked. */
export type CalendarChange = { op: "add"; day: CalendarDay } | { op: "remove"; date: string; source: string };

/** What the preview shows and the audit event keeps: each moved package's number and its deadlines before and after. */
// a type, not an interface: the audit event stores it as JSON
export type MovedDeadlines = {
  applicationId: string;
  registrationNumber: string;
  moves: { field: DeadlineField; from: string | null; to: string | null }[];
};

export interface CalendarChangePreview {
  /** the day as it is (removal) or will be (addition) */
  day: CalendarDay;
  openPackages: number;
  moved: MovedDeadlines[];
}

const dayAt = (date: string) => new Date(`${date}T00:00:00Z`);
const daySelect = { date: true, kind: true, nameKk: true, nameRu: true, nameEn: true, source: true } as const;

/** The preview: nothing is written. */
export async function previewCalendarChange(db: Db, actor: Actor, change: CalendarChange): Promise<CalendarChangePreview> {
  assertAdmin(actor);
  const { day, moved, openPackages } = await computeChange(db, db, change);
  return { day, openPackages, moved: moved.map(asRecord) };
}

/** Changes the calendar and moves the deadlines the change moves, with one audit event; returns what moved. */
export async function applyCalendarChange(db: Db, actor: Actor, change: CalendarChange, now = new Date()): Promise<MovedDeadlines[]> {
  assertAdmin(actor);
  const moved = await db.$transaction(async (tx) => {
    // one calendar change at a time: each computes on the calendar the one before it left
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('sanat/calendar-change'))`;
    // the open packages hold still until the change commits: a transition waits, then computes its own
    await tx.$executeRaw`SELECT id FROM "Application" WHERE state::text = ANY(${[...OPEN_STATES]}) FOR UPDATE`;
    const { day, moved } = await computeChange(db, tx, change);
    if (change.op === "add") await tx.holiday.create({ data: { ...day, date: dayAt(day.date) }, select: { date: true } });
    else await tx.holiday.delete({ where: { date: dayAt(day.date) }, select: { date: true } });
    for (const app of moved) await tx.application.update({ where: { id: app.id }, data: app.after, select: { id: true } });
    const movedDeadlines = moved.map(asRecord);
    await recordAdminChange(
      tx,
      actor,
      change.op === "add" ? "ADMIN_ADD_HOLIDAY" : "ADMIN_REMOVE_HOLIDAY",
      change.op === "add" ? { ...day, movedDeadlines } : { ...day, removalSource: change.source, movedDeadlines },
      now,
    );
    return movedDeadlines;
  });
  forgetWorkingCalendar(db);
  return moved;
}

/** The calendar before and after the change, and the open packages it moves. Reads through `reader` (the transaction when applying). */
async function computeChange(db: Db, reader: Db | Tx, change: CalendarChange): Promise<{ day: CalendarDay; moved: MovedPackage[]; openPackages: number }> {
  const rows = await reader.holiday.findMany({ select: daySelect });
  const days = rows.map((row) => ({ ...row, date: row.date.toISOString().slice(0, 10) }));
  const existing = days.find((d) => d.date === (change.op === "add" ? change.day.date : change.date));
  if (change.op === "add" && existing) throw new AppError("CONFLICT", "dashboard.admin.errors.holidayExists");
  if (change.op === "remove" && !existing) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
  const day = change.op === "add" ? change.day : existing!;
  const afterDays = change.op === "add" ? [...days, change.day] : days.filter((d) => d.date !== change.date);
  const packages = await openPackages(db, reader);
  return { day, moved: movedByCalendarChange(calendarOf(days), calendarOf(afterDays), packages), openPackages: packages.length };
}

function calendarOf(days: readonly { date: string; kind: CalendarDayKind }[]): WorkingCalendar {
  return createWorkingCalendar(calendarDataFromDays(days));
}

async function openPackages(db: Db, reader: Db | Tx): Promise<{ app: OpenPackage; rules: RegulationRules }[]> {
  const rows = await reader.application.findMany({
    where: { state: { in: [...OPEN_STATES] } },
    select: {
      id: true,
      registrationNumber: true,
      state: true,
      channel: true,
      intakeStartedAt: true,
      receivedAt: true,
      registeredAt: true,
      decidedAt: true,
      serviceDeadline: true,
      resultToCorpDeadline: true,
      currentStepDeadline: true,
      regulationVersionId: true,
      provider: { select: { localityCode: true } },
      corpCentre: { select: { localityCode: true } },
    },
  });
  const rulesByVersion = new Map<string, RegulationRules>();
  for (const versionId of new Set(rows.map((row) => row.regulationVersionId))) {
    // published rules never change in place: read once per version, outside the transaction
    const version = await findVersion(db, versionId);
    if (version) rulesByVersion.set(versionId, version.rules);
  }
  return rows.flatMap(({ provider, corpCentre, regulationVersionId, ...row }) => {
    const rules = rulesByVersion.get(regulationVersionId);
    if (!rules) return [];
    // the same locality rule as at intake: the State Corporation centre and the provider stand in one district
    const isSameLocality = !corpCentre || corpCentre.localityCode === provider.localityCode;
    return [{ app: { ...row, isSameLocality }, rules }];
  });
}

function asRecord(app: MovedPackage): MovedDeadlines {
  return {
    applicationId: app.id,
    registrationNumber: app.registrationNumber,
    moves: app.moves.map((move) => ({ field: move.field, from: move.from?.toISOString() ?? null, to: move.to?.toISOString() ?? null })),
  };
}
