// The dashboard's figures as SQL aggregates over indexed columns of "Application": nothing is
// loaded row by row into JavaScript. The meaning of each figure is defined in figures.ts.
import type { Db } from "../db/client";
import { APPLICATION_STATES, CHANNELS, FINAL_STATES, isOpenOn, type ApplicationState, type Channel } from "../domain/lifecycle";
import type { Actor } from "../domain/permissions";
import type { NormedStep } from "../domain/regulation-version";
import { Prisma } from "../generated/prisma/client";
import { NORMED_STEPS, OPEN_STATES, share, stepFigures, type Figures } from "./figures";
import { resolvePeriod, type DashboardFilter, type Period } from "./filters";
import { visibleApplicationsSql } from "../applications/scope";
import { assertCanReadDashboard } from "./access";

const sql = Prisma.sql;

export const GROUPINGS = ["total", "district", "organization", "channel", "kind", "category", "version", "day", "week"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** A provider's city or district department; colleges report to the regional department itself. */
export const DISTRICT_OF_PROVIDER = sql`COALESCE(CASE WHEN o.kind = 'DISTRICT_DEPARTMENT' THEN o.id END, o."parentId", o.id)`;

// Aqtau is UTC+5 all year; stored timestamps are UTC.
const LOCAL_RECEIVED = sql`(a."receivedAt" + interval '5 hours')`;

const GROUP_KEY: Record<Grouping, Prisma.Sql> = {
  total: sql`'total'`,
  district: DISTRICT_OF_PROVIDER,
  organization: sql`o.id`,
  channel: sql`a.channel::text`,
  kind: sql`o.kind::text`,
  category: sql`a."categorySought"`,
  version: sql`a."regulationVersionId"`,
  day: sql`to_char(date_trunc('day', ${LOCAL_RECEIVED}), 'YYYY-MM-DD')`,
  week: sql`to_char(date_trunc('week', ${LOCAL_RECEIVED}), 'YYYY-MM-DD')`,
};

const MINUTES_COLUMN: Record<NormedStep, Prisma.Sql> = {
  OFFICE_REGISTRATION: sql`a."registrationMinutes"`,
  COMPLETENESS_CHECK: sql`a."checkMinutes"`,
  CORP_INTAKE: sql`a."corpIntakeMinutes"`,
};

// The step norms of each regulation version, read out of its rules once per statement: reading
// the JSON per application row would decompress the whole rules document every time.
const NORMS = sql`WITH norms AS MATERIALIZED (
  SELECT id, ${Prisma.join(
    NORMED_STEPS.map((step) => sql`(rules #>> ${`{stepNormMinutes,${step}}`})::float AS ${Prisma.raw(`"${step}"`)}`),
    ", ",
  )}
  FROM "RegulationVersion")`;

const timestamp = (instant: Date) => sql`${instant.toISOString()}::timestamp`;
const openStates = Prisma.join(OPEN_STATES.map((state) => sql`${state}::"ApplicationState"`));

/** The filters of a view, except the period. */
export function filterSql(filter: DashboardFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.district) conditions.push(sql`${DISTRICT_OF_PROVIDER} = ${filter.district}`);
  if (filter.organization) conditions.push(sql`a."providerId" = ${filter.organization}`);
  if (filter.channel) conditions.push(sql`a.channel = ${filter.channel}::"Channel"`);
  if (filter.kind) conditions.push(sql`o.kind = ${filter.kind}::"OrganizationKind"`);
  if (filter.category) conditions.push(sql`a."categorySought" = ${filter.category}`);
  if (filter.version) conditions.push(sql`a."regulationVersionId" = ${filter.version}`);
  return conditions.length ? Prisma.join(conditions, " AND ") : sql`TRUE`;
}

const periodSql = (period: Period) => sql`a."receivedAt" >= ${timestamp(period.from)} AND a."receivedAt" < ${timestamp(period.to)}`;

interface FigureRow {
  key: string;
  received: number;
  in_progress: number;
  accepted: number;
  refused: number;
  delivered: number;
  in_time: number;
  overdue_now: number;
  [column: `${string}_${"done" | "within" | "median" | "p90"}`]: number | null;
}

const STEP_ALIAS: Record<NormedStep, string> = { OFFICE_REGISTRATION: "reg", COMPLETENESS_CHECK: "chk", CORP_INTAKE: "corp" };

function stepColumns(step: NormedStep, inPeriod: Prisma.Sql): Prisma.Sql {
  const minutes = MINUTES_COLUMN[step];
  const alias = STEP_ALIAS[step];
  // the norm of the application's own regulation version (see NORMS)
  const norm = sql`v.${Prisma.raw(`"${step}"`)}`;
  return sql`
    COUNT(${minutes}) FILTER (WHERE ${inPeriod})::int AS ${Prisma.raw(`${alias}_done`)},
    COUNT(*) FILTER (WHERE ${inPeriod} AND ${minutes} <= ${norm})::int AS ${Prisma.raw(`${alias}_within`)},
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes}) FILTER (WHERE ${inPeriod}) AS ${Prisma.raw(`${alias}_median`)},
    percentile_cont(0.9) WITHIN GROUP (ORDER BY ${minutes}) FILTER (WHERE ${inPeriod}) AS ${Prisma.raw(`${alias}_p90`)}`;
}

export interface GroupFigures {
  key: string;
  figures: Figures;
}

/** States in which a package can have a step deadline (the column is null once nothing is due). */
const DUE_STATES = Prisma.join(
  (["CORP_ACCEPTED", "IN_TRANSIT_TO_PROVIDER", "REGISTERED", "UNDER_REVIEW", "ACCEPTED", "REFUSED", "RESULT_SENT_TO_CORP"] as const).map(
    (state) => sql`${state}::"ApplicationState"`,
  ),
);

/**
 * The figures of a view, grouped: one row for "total", one per district, organization, channel,
 * organization kind, category, regulation version, or day/week of receipt (the trend).
 * Two statements: the period's cohort (index on receivedAt) and the packages overdue now, which
 * may have been received at any time (index on state, currentStepDeadline).
 */
export async function aggregateFigures(
  db: Db,
  actor: Actor,
  filter: DashboardFilter,
  grouping: Grouping,
  now: Date,
): Promise<GroupFigures[]> {
  assertCanReadDashboard(actor);
  const period = resolvePeriod(filter, now);
  const inPeriod = periodSql(period);
  const isTrend = grouping === "day" || grouping === "week";
  const scope = sql`${visibleApplicationsSql(actor)} AND ${filterSql(filter)}`;
  const [rows, overdue] = await Promise.all([
    db.$queryRaw<FigureRow[]>`
      ${NORMS}
      SELECT ${GROUP_KEY[grouping]} AS key,
        COUNT(*)::int AS received,
        COUNT(*) FILTER (WHERE a.state IN (${openStates}))::int AS in_progress,
        COUNT(*) FILTER (WHERE a.state NOT IN (${openStates}) AND cardinality(a."refusalGroundCodes") = 0)::int AS accepted,
        COUNT(*) FILTER (WHERE cardinality(a."refusalGroundCodes") > 0)::int AS refused,
        ${Prisma.join(NORMED_STEPS.map((step) => stepColumns(step, sql`TRUE`)), ",")},
        COUNT(a."isResultSentInTime")::int AS delivered,
        COUNT(*) FILTER (WHERE a."isResultSentInTime")::int AS in_time,
        0 AS overdue_now
      FROM "Application" a
      JOIN "Organization" o ON o.id = a."providerId"
      JOIN norms v ON v.id = a."regulationVersionId"
      WHERE ${scope} AND ${inPeriod}
      GROUP BY 1`,
    // a trend is by receipt only: "overdue now" has no day
    isTrend
      ? Promise.resolve([])
      : db.$queryRaw<{ key: string; overdue_now: number }[]>`
      SELECT ${GROUP_KEY[grouping]} AS key, COUNT(*)::int AS overdue_now
      FROM "Application" a
      JOIN "Organization" o ON o.id = a."providerId"
      WHERE ${scope} AND a.state IN (${DUE_STATES}) AND a."currentStepDeadline" < ${timestamp(now)}
      GROUP BY 1`,
  ]);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  for (const { key, overdue_now } of overdue) {
    const row = byKey.get(key) ?? { ...EMPTY_ROW, key };
    byKey.set(key, { ...row, overdue_now });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((row) => ({ key: row.key, figures: toFigures(row) }));
}

const EMPTY_ROW: FigureRow = { key: "", received: 0, in_progress: 0, accepted: 0, refused: 0, delivered: 0, in_time: 0, overdue_now: 0 };

export interface GroupCount {
  key: string;
  received: number;
  refused: number;
}

/** Received and refused only, per group: what the trend and the splits draw (no percentiles). */
export async function countReceived(db: Db, actor: Actor, filter: DashboardFilter, grouping: Grouping, now: Date): Promise<GroupCount[]> {
  assertCanReadDashboard(actor);
  return db.$queryRaw<GroupCount[]>`
    SELECT ${GROUP_KEY[grouping]} AS key, COUNT(*)::int AS received,
      COUNT(*) FILTER (WHERE cardinality(a."refusalGroundCodes") > 0)::int AS refused
    FROM "Application" a
    JOIN "Organization" o ON o.id = a."providerId"
    WHERE ${visibleApplicationsSql(actor)} AND ${filterSql(filter)} AND ${periodSql(resolvePeriod(filter, now))}
    GROUP BY 1
    ORDER BY 1`;
}

function toFigures(row: FigureRow): Figures {
  const steps = Object.fromEntries(
    NORMED_STEPS.map((step) => {
      const alias = STEP_ALIAS[step];
      return [step, stepFigures(row[`${alias}_done`] ?? 0, row[`${alias}_within`] ?? 0, row[`${alias}_median`] ?? null, row[`${alias}_p90`] ?? null)];
    }),
  ) as Record<NormedStep, Figures["steps"][NormedStep]>;
  return {
    received: row.received,
    inProgress: row.in_progress,
    accepted: row.accepted,
    refused: row.refused,
    steps,
    resultDelivery: { delivered: row.delivered, inTime: row.in_time, share: share(row.in_time, row.delivered) },
    overdueNow: row.overdue_now,
  };
}

export const EMPTY_FIGURES: Figures = toFigures(EMPTY_ROW);

export async function totalFigures(db: Db, actor: Actor, filter: DashboardFilter, now: Date): Promise<Figures> {
  const [row] = await aggregateFigures(db, actor, filter, "total", now);
  return row?.figures ?? EMPTY_FIGURES;
}

/** How often each refusal ground was cited, for refusals of packages received in the period. */
export async function refusalGroundCounts(db: Db, actor: Actor, filter: DashboardFilter, now: Date): Promise<{ code: string; count: number }[]> {
  assertCanReadDashboard(actor);
  const period = resolvePeriod(filter, now);
  return db.$queryRaw<{ code: string; count: number }[]>`
    SELECT g.code AS code, COUNT(*)::int AS count
    FROM "Application" a
    JOIN "Organization" o ON o.id = a."providerId"
    CROSS JOIN LATERAL unnest(a."refusalGroundCodes") AS g(code)
    WHERE ${visibleApplicationsSql(actor)} AND ${filterSql(filter)} AND ${periodSql(period)}
    GROUP BY g.code
    ORDER BY count DESC, code`;
}

export interface WaitingCount {
  state: ApplicationState;
  channel: Channel;
  waiting: number;
  overdue: number;
}

// per channel: a decided online package waits for nobody (its result is the decision), a decided paper one for its hand-over
const WAITING_STATES = Prisma.join(
  CHANNELS.flatMap((channel) =>
    APPLICATION_STATES.filter((state) => !FINAL_STATES.includes(state) && isOpenOn(state, channel)).map((state) => sql`(${state}::"ApplicationState", ${channel}::"Channel")`),
  ),
);

/** Packages waiting in each state now, and how many of them are past their step's deadline. */
export async function waitingCounts(db: Db, actor: Actor, filter: DashboardFilter, now: Date): Promise<WaitingCount[]> {
  assertCanReadDashboard(actor);
  return db.$queryRaw<WaitingCount[]>`
    SELECT a.state AS state, a.channel AS channel, COUNT(*)::int AS waiting,
      COUNT(*) FILTER (WHERE a."currentStepDeadline" < ${timestamp(now)})::int AS overdue
    FROM "Application" a
    JOIN "Organization" o ON o.id = a."providerId"
    WHERE ${visibleApplicationsSql(actor)} AND ${filterSql(filter)} AND (a.state, a.channel) IN (${WAITING_STATES})
    GROUP BY a.state, a.channel`;
}
