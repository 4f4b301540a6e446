import type { Db } from "../db/client";
import { APPLICATION_STATES, type ApplicationState } from "../domain/lifecycle";
import type { Locale } from "../i18n/locales";
import { localizedName } from "./list-applications";

export interface DistrictSummary {
  districtId: string;
  districtName: string;
  organizations: number;
  byState: Record<ApplicationState, number>;
  total: number;
}

const emptyCounts = () => Object.fromEntries(APPLICATION_STATES.map((s) => [s, 0])) as Record<ApplicationState, number>;

/** Intake per district or city education department, counted in SQL, not in JavaScript. */
export async function summarizeRegion(db: Db, locale: Locale): Promise<DistrictSummary[]> {
  const rows = await db.$queryRaw<{ district_id: string; state: ApplicationState; count: bigint }[]>`
    SELECT d.id AS district_id, a.state AS state, COUNT(*) AS count
    FROM "Application" a
    JOIN "Organization" o ON o.id = a."providerId"
    JOIN "Organization" d ON d.id = COALESCE(CASE WHEN o.kind = 'DISTRICT_DEPARTMENT' THEN o.id END, o."parentId")
    WHERE d.kind IN ('DISTRICT_DEPARTMENT', 'REGIONAL_DEPARTMENT')
    GROUP BY d.id, a.state`;
  const districts = await db.organization.findMany({
    // the regional department itself stands for the colleges it runs directly
    where: { kind: { in: ["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT"] } },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: {
      id: true,
      nameKk: true,
      nameRu: true,
      nameEn: true,
      _count: { select: { children: { where: { kind: { in: ["PRESCHOOL", "SCHOOL", "COLLEGE"] } } } } },
    },
  });
  const summaries = new Map<string, DistrictSummary>(
    districts.map((d) => [
      d.id,
      { districtId: d.id, districtName: localizedName(d, locale), organizations: d._count.children, byState: emptyCounts(), total: 0 },
    ]),
  );
  for (const row of rows) {
    const summary = summaries.get(row.district_id);
    if (!summary) continue;
    summary.byState[row.state] += Number(row.count);
    summary.total += Number(row.count);
  }
  return [...summaries.values()];
}
