// Everything the dashboard page shows for one view, read in parallel: each piece is one SQL
// aggregate (aggregate.ts), so the page's cost does not grow with the number of applications
// shown, only with those counted.
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import type { Locale } from "../i18n/locales";
import { countReceived, refusalGroundCounts, totalFigures, type GroupCount } from "./aggregate";
import type { Figures } from "./figures";
import type { DashboardFilter } from "./filters";
import { loadDimensionLabels, type DimensionLabels } from "./labels";
import { leagueTable, type LeagueTable } from "./league";

export interface FilterOptions {
  districts: { value: string; label: string }[];
  organizations: { value: string; label: string }[];
  categories: { value: string; label: string }[];
  versions: { value: string; label: string }[];
}

export interface DashboardView {
  figures: Figures;
  league: LeagueTable;
  refusalGrounds: { code: string; label: string; count: number }[];
  trend: GroupCount[];
  byChannel: GroupCount[];
  byKind: GroupCount[];
  byCategory: GroupCount[];
  byVersion: GroupCount[];
  labels: DimensionLabels;
  options: FilterOptions;
}

export async function loadFilterOptions(db: Db, filter: DashboardFilter, labels: DimensionLabels): Promise<FilterOptions> {
  const [districts, organizations, versions] = await Promise.all([
    db.organization.findMany({
      where: { kind: { in: ["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT"] } },
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      select: { id: true },
    }),
    db.organization.findMany({
      where: { kind: { in: ["PRESCHOOL", "SCHOOL", "COLLEGE"] }, ...(filter.district ? { parentId: filter.district } : {}) },
      orderBy: { code: "asc" },
      select: { id: true },
    }),
    db.regulationVersion.findMany({ orderBy: { effectiveFrom: "asc" }, select: { id: true, code: true } }),
  ]);
  const named = (rows: { id: string }[]) => rows.map((r) => ({ value: r.id, label: labels.organization.get(r.id) ?? r.id }));
  return {
    districts: named(districts),
    organizations: named(organizations),
    categories: [...labels.category].map(([value, label]) => ({ value, label })),
    versions: versions.map((v) => ({ value: v.id, label: v.code })),
  };
}

export async function loadDashboardView(db: Db, actor: Actor, filter: DashboardFilter, locale: Locale, now: Date): Promise<DashboardView> {
  const [figures, league, grounds, trend, byChannel, byKind, byCategory, byVersion, labels] = await Promise.all([
    totalFigures(db, actor, filter, now),
    leagueTable(db, actor, filter, locale, now),
    refusalGroundCounts(db, actor, filter, now),
    countReceived(db, actor, filter, filter.trend, now),
    countReceived(db, actor, filter, "channel", now),
    countReceived(db, actor, filter, "kind", now),
    countReceived(db, actor, filter, "category", now),
    countReceived(db, actor, filter, "version", now),
    loadDimensionLabels(db, locale),
  ]);
  return {
    figures,
    league,
    refusalGrounds: grounds.map((g) => ({ ...g, label: labels.ground.get(g.code) ?? g.code })),
    trend,
    byChannel,
    byKind,
    byCategory,
    byVersion,
    labels,
    options: await loadFilterOptions(db, filter, labels),
  };
}
