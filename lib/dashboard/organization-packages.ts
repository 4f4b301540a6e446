// The drill-down from the league table to one organization's packages: through the actor's
// scope like every read of applications, and with no personal data (the row opens the package).
import type { Db } from "../db/client";
import type { ApplicationState, Channel } from "../domain/lifecycle";
import type { Actor } from "../domain/permissions";
import type { Prisma } from "../generated/prisma/client";
import { applicationsVisibleTo } from "../applications/scope";
import { resolvePeriod, type DashboardFilter } from "./filters";
import { assertCanReadDashboard } from "./access";

export interface PackageRow {
  id: string;
  registrationNumber: string;
  state: ApplicationState;
  channel: Channel;
  categorySought: string;
  receivedAt: string;
  registrationMinutes: number | null;
  checkMinutes: number | null;
  refusalGroundCodes: string[];
}

export const PACKAGE_LIMIT = 500;

/** Providers in a city or district, as DISTRICT_OF_PROVIDER in aggregate.ts reads the tree. */
export function providerInDistrict(districtId: string): Prisma.OrganizationWhereInput {
  return {
    OR: [
      { kind: "DISTRICT_DEPARTMENT", id: districtId },
      { kind: { not: "DISTRICT_DEPARTMENT" }, parentId: districtId },
      { kind: { not: "DISTRICT_DEPARTMENT" }, parentId: null, id: districtId },
    ],
  };
}

/** The filters of a view, except the period, as Prisma conditions: filterSql in aggregate.ts in Prisma's terms. */
export function filterWhere(filter: DashboardFilter): Prisma.ApplicationWhereInput[] {
  return [
    filter.organization ? { providerId: filter.organization } : {},
    filter.channel ? { channel: filter.channel } : {},
    filter.category ? { categorySought: filter.category } : {},
    filter.version ? { regulationVersionId: filter.version } : {},
    filter.kind ? { provider: { kind: filter.kind } } : {},
    filter.district ? { provider: providerInDistrict(filter.district) } : {},
  ].filter((condition) => Object.keys(condition).length > 0);
}

export function packagesWhere(actor: Actor, filter: DashboardFilter, now: Date): Prisma.ApplicationWhereInput {
  const period = resolvePeriod(filter, now);
  return { AND: [applicationsVisibleTo(actor), { receivedAt: { gte: period.from, lt: period.to } }, ...filterWhere(filter)] };
}

export async function listOrganizationPackages(
  db: Db,
  actor: Actor,
  filter: DashboardFilter,
  now: Date,
  limit = PACKAGE_LIMIT,
): Promise<{ rows: PackageRow[]; total: number }> {
  assertCanReadDashboard(actor);
  const where = packagesWhere(actor, filter, now);
  const [rows, total] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        registrationNumber: true,
        state: true,
        channel: true,
        categorySought: true,
        receivedAt: true,
        registrationMinutes: true,
        checkMinutes: true,
        refusalGroundCodes: true,
      },
    }),
    db.application.count({ where }),
  ]);
  return { total, rows: rows.map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString() })) };
}
