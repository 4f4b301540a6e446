// A staff queue page: one view, filters and search, keyset pagination (stable under inserts),
// counts per view, and each row's norm state. Everything is scoped to the actor.
import { z } from "zod";
import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { normState, openStep, signedWorkingMinutes, type NormState } from "../domain/deadlines";
import { maskIin } from "../domain/identity";
import { isFilterInstant, readDateRange, type DateFilterField } from "../domain/date-filter";
import { APPLICATION_STATES, CHANNELS, checksCompleteness, type ApplicationState, type Channel } from "../domain/lifecycle";
import type { Actor } from "../domain/permissions";
import type { RegulationRules } from "../domain/regulation-version";
import type { Locale } from "../i18n/locales";
import { loadWorkingCalendar } from "../regulation/working-calendar";
import { rulesOf, versionsCheckedBy } from "../regulation/in-force";
import { localizedName } from "../i18n/localized-name";
import { QUEUE_VIEWS, isNewestFirst, viewFilter, viewFilterSql, type CheckedVersions, type QueueView, type StaffRole } from "./queue-views";
import { applicationsVisibleTo, visibleApplicationsSql } from "./scope";

export const PAGE_SIZE = 25;

const ALL_VIEWS = [...new Set(Object.values(QUEUE_VIEWS).flat())] as [QueueView, ...QueueView[]];

export const queueQuerySchema = z.object({
  view: z.enum(ALL_VIEWS).optional(),
  state: z.enum(APPLICATION_STATES).optional(),
  channel: z.enum(CHANNELS).optional(),
  category: z.string().regex(/^[A-Z_]{1,40}$/).optional(),
  // checked by readDateRange (lib/domain/date-filter.ts), against today: see readQueueQuery
  from: z.string().optional(),
  to: z.string().optional(),
  norm: z.enum(["OVERDUE", "ON_TIME"]).optional(),
  // PostgreSQL refuses NUL in text: a search never needs it (the fuzz found a 500 here)
  q: z.string().trim().max(100).transform((text) => text.replace(/\u0000/g, "")).optional(),
  after: z.string().max(200).optional(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export interface QueueQueryReading {
  query: QueueQuery;
  /** the date filters and the cursor that were asked for but could not be applied */
  rejected: (DateFilterField | "after")[];
}

/**
 * Query strings are untrusted. A date filter or a cursor that cannot be applied is set aside and
 * named in `rejected` (the route refuses it, the page says it left it out); any other malformed
 * field is dropped rather than failing the queue.
 */
export function readQueueQuery(params: Record<string, string | string[] | undefined>, now: Date = new Date()): QueueQueryReading {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v));
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    // own keys only: "valueOf" or "constructor" in a query string would find Object's methods
    if (!Object.hasOwn(queueQuerySchema.shape, key) || key === "from" || key === "to" || key === "after") continue;
    const field = queueQuerySchema.shape[key as keyof QueueQuery];
    if (field.safeParse(value).success) query[key] = value;
  }
  const { range, rejected } = readDateRange(flat, now);
  const reading: QueueQueryReading = { query: { ...queueQuerySchema.parse(query), ...range }, rejected: [...rejected] };
  if (flat.after !== undefined) {
    if (typeof flat.after === "string" && flat.after.length <= 200 && decodeCursor(flat.after, now)) reading.query.after = flat.after;
    else reading.rejected.push("after");
  }
  return reading;
}

/** The query with whatever cannot be applied left out (for callers that need not say so). */
export function parseQueueQuery(params: Record<string, string | string[] | undefined>, now: Date = new Date()): QueueQuery {
  return readQueueQuery(params, now).query;
}

export interface QueueRow {
  id: string;
  registrationNumber: string;
  state: ApplicationState;
  channel: Channel;
  version: number;
  receivedAt: string;
  applicantName: string;
  maskedIin: string;
  providerName: string;
  categorySought: string;
  isMine: boolean;
  /** the actor may take it for the completeness check (the package's version gives the check to the actor's role) */
  canTake: boolean;
  deadline: string | null;
  normState: NormState | null;
  /** working minutes to the deadline; negative once it has passed */
  minutesLeft: number | null;
}

export interface QueuePage {
  view: QueueView;
  rows: QueueRow[];
  nextCursor: string | null;
  counts: Partial<Record<QueueView, number>>;
}

function encodeCursor(receivedAt: Date, id: string): string {
  return Buffer.from(`${receivedAt.toISOString()}|${id}`).toString("base64url");
}

/** The position a cursor holds, or null for one no page of the queue made (a date out of every filter's range included). */
function decodeCursor(cursor: string, now: Date): { receivedAt: Date; id: string } | null {
  const [iso, id, ...rest] = Buffer.from(cursor, "base64url").toString().split("|");
  const receivedAt = new Date(iso ?? "");
  return id && rest.length === 0 && /^[A-Za-z0-9_-]{1,40}$/.test(id) && isFilterInstant(receivedAt, now) ? { receivedAt, id } : null;
}

/** The rows after a cursor's position in the view's order (received time, then id as the tie-break). */
function after(cursor: { receivedAt: Date; id: string }, direction: "asc" | "desc"): Prisma.ApplicationWhereInput {
  const beyond = direction === "asc" ? "gt" : "lt";
  return { OR: [{ receivedAt: { [beyond]: cursor.receivedAt } }, { receivedAt: cursor.receivedAt, id: { [beyond]: cursor.id } }] };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function searchFilter(q: string | undefined): Prisma.ApplicationWhereInput {
  if (!q) return {};
  const compact = q.replace(/\s+/g, "");
  if (/^\d{4}-\d{1,6}$/.test(compact)) return { registrationNumber: { startsWith: compact } };
  if (/^\d{12}$/.test(compact)) return { applicant: { iin: compact } };
  const words = q.split(/\s+/).filter(Boolean).slice(0, 3);
  // Prisma puts `contains` into ILIKE as it is: "_" and "%" are escaped here, as in searchSql
  return {
    AND: words.map((word) => ({
      applicant: {
        OR: [
          { lastName: { contains: escapeLike(word), mode: "insensitive" as const } },
          { firstName: { contains: escapeLike(word), mode: "insensitive" as const } },
        ],
      },
    })),
  };
}

const applicantSql = (condition: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Applicant" p WHERE p.id = a."applicantId" AND ${condition})`;

/** searchFilter as SQL over "Application" a (LIKE and ILIKE as Prisma's startsWith and insensitive contains). */
function searchSql(q: string | undefined): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  const compact = q.replace(/\s+/g, "");
  if (/^\d{4}-\d{1,6}$/.test(compact)) return Prisma.sql`a."registrationNumber" LIKE ${`${escapeLike(compact)}%`}`;
  if (/^\d{12}$/.test(compact)) return applicantSql(Prisma.sql`p.iin = ${compact}`);
  const words = q.split(/\s+/).filter(Boolean).slice(0, 3);
  return Prisma.join(
    words.map((word) => {
      const pattern = `%${escapeLike(word)}%`;
      return applicantSql(Prisma.sql`(p."lastName" ILIKE ${pattern} OR p."firstName" ILIKE ${pattern})`);
    }),
    " AND ",
  );
}

/** Aqtau calendar dates to instants: the date range is what a clerk in Aktau means by it. */
function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00+05:00`);
}

/** The page's filters (scope, then the query's), without the view and the cursor, for Prisma. */
export function queueFilters(actor: Actor, query: QueueQuery, now: Date): Prisma.ApplicationWhereInput[] {
  return [
    applicationsVisibleTo(actor),
    query.state ? { state: query.state } : {},
    query.channel ? { channel: query.channel } : {},
    query.category ? { categorySought: query.category } : {},
    query.from ? { receivedAt: { gte: dayStart(query.from) } } : {},
    query.to ? { receivedAt: { lt: new Date(dayStart(query.to).getTime() + 86_400_000) } } : {},
    query.norm === "OVERDUE" ? { currentStepDeadline: { lt: now } } : {},
    query.norm === "ON_TIME" ? { OR: [{ currentStepDeadline: { gte: now } }, { currentStepDeadline: null }] } : {},
    searchFilter(query.q),
  ];
}

const instant = (at: Date) => Prisma.sql`${at.toISOString()}::timestamp`;

/** queueFilters as SQL over "Application" a (the scope is the dashboard's, tested against applicationsVisibleTo). */
function queueFiltersSql(actor: Actor, query: QueueQuery, now: Date): Prisma.Sql {
  const conditions = [visibleApplicationsSql(actor)];
  if (query.state) conditions.push(Prisma.sql`a.state = ${query.state}::"ApplicationState"`);
  if (query.channel) conditions.push(Prisma.sql`a.channel = ${query.channel}::"Channel"`);
  if (query.category) conditions.push(Prisma.sql`a."categorySought" = ${query.category}`);
  if (query.from) conditions.push(Prisma.sql`a."receivedAt" >= ${instant(dayStart(query.from))}`);
  if (query.to) conditions.push(Prisma.sql`a."receivedAt" < ${instant(new Date(dayStart(query.to).getTime() + 86_400_000))}`);
  if (query.norm === "OVERDUE") conditions.push(Prisma.sql`a."currentStepDeadline" < ${instant(now)}`);
  if (query.norm === "ON_TIME") conditions.push(Prisma.sql`(a."currentStepDeadline" >= ${instant(now)} OR a."currentStepDeadline" IS NULL)`);
  if (query.q) conditions.push(searchSql(query.q));
  return Prisma.join(conditions, " AND ");
}

/**
 * The count of every view in one statement. Only rows of some view are read (the views' union
 * is in the WHERE, so the planner narrows by state through the (scope, state, …) indexes), and
 * the state-only views of a workspace's whole history ("all", "issued") are index-only scans.
 */
async function countViews(db: Db, actor: Actor, views: readonly QueueView[], query: QueueQuery, now: Date, checked: CheckedVersions): Promise<Partial<Record<QueueView, number>>> {
  const filters = views.map((view) => viewFilterSql(view, actor, now, checked));
  const columns = Prisma.join(filters.map((filter, i) => Prisma.sql`count(*) FILTER (WHERE ${filter})::int AS ${Prisma.raw(`"v${i}"`)}`));
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT ${columns} FROM "Application" a
    WHERE ${queueFiltersSql(actor, query, now)} AND (${Prisma.join(filters.map((filter) => Prisma.sql`(${filter})`), " OR ")})`;
  return Object.fromEntries(views.map((view, i) => [view, Number(row?.[`v${i}`] ?? 0)]));
}

export async function loadQueue(db: Db, actor: Actor & { role: StaffRole }, query: QueueQuery, locale: Locale, now = new Date()): Promise<QueuePage> {
  const views = QUEUE_VIEWS[actor.role] as readonly QueueView[];
  const view = query.view && views.includes(query.view) ? query.view : views[0]!;
  const filters = queueFilters(actor, query, now);
  const checked = await versionsCheckedBy(db, actor.role);
  const cursor = query.after ? decodeCursor(query.after, now) : null;
  const direction = isNewestFirst(view) ? "desc" : "asc";
  const pageWhere: Prisma.ApplicationWhereInput = {
    AND: [
      ...filters,
      viewFilter(view, actor, now, checked),
      cursor ? after(cursor, direction) : {},
    ],
  };

  const [found, counts, calendar] = await Promise.all([
    db.application.findMany({
      where: pageWhere,
      orderBy: [{ receivedAt: direction }, { id: direction }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        registrationNumber: true,
        state: true,
        channel: true,
        version: true,
        receivedAt: true,
        intakeStartedAt: true,
        registeredAt: true,
        decidedAt: true,
        serviceDeadline: true,
        resultToCorpDeadline: true,
        categorySought: true,
        assignedExecutorId: true,
        regulationVersionId: true,
        applicant: { select: { lastName: true, firstName: true, iin: true } },
        provider: { select: { nameKk: true, nameRu: true, nameEn: true } },
      },
    }),
    countViews(db, actor, views, query, now, checked),
    loadWorkingCalendar(db),
  ]);
  const hasMore = found.length > PAGE_SIZE;
  const page = found.slice(0, PAGE_SIZE);
  const rulesByVersion = await loadRules(db, [...new Set(page.map((r) => r.regulationVersionId))]);

  return {
    view,
    counts,
    nextCursor: hasMore ? encodeCursor(page[page.length - 1]!.receivedAt, page[page.length - 1]!.id) : null,
    rows: page.map((row) => {
      const rules = rulesByVersion.get(row.regulationVersionId)!;
      const step = openStep(calendar, rules, row);
      return {
        id: row.id,
        registrationNumber: row.registrationNumber,
        state: row.state,
        channel: row.channel,
        version: row.version,
        receivedAt: row.receivedAt.toISOString(),
        applicantName: `${row.applicant.lastName} ${row.applicant.firstName}`,
        maskedIin: maskIin(row.applicant.iin),
        providerName: localizedName(row.provider, locale),
        categorySought: row.categorySought,
        isMine: row.assignedExecutorId === actor.userId,
        canTake: row.state === "REGISTERED" && checksCompleteness(actor.role, row.channel, rules),
        deadline: step?.deadline.toISOString() ?? null,
        normState: step ? normState(calendar, step, now, rules.dueSoonShare) : null,
        minutesLeft: step ? signedWorkingMinutes(calendar, step.hours, now, step.deadline) : null,
      };
    }),
  };
}

// published rules never change in place: parsed once per version and process (rulesOf), not per page
async function loadRules(db: Db, ids: string[]): Promise<Map<string, RegulationRules>> {
  return new Map(await Promise.all(ids.map(async (id) => [id, await rulesOf(db, { regulationVersionId: id })] as const)));
}
