// Reference data every install needs, the production one too: holidays, regulation versions, the
// organization tree. No accounts, no applications (the demo's are prisma/demo-data.ts).
//
// Idempotent and additive: a row whose key (date, code) is missing is inserted; a row that exists
// is left as it is, because from then on it belongs to the administrators, whose changes are
// audited (lib/admin/): a published regulation never changes in place, and a renamed
// organization stays renamed. Running it again changes nothing.
import type { Db } from "../lib/db/client";
import { Prisma } from "../lib/generated/prisma/client";
import { HOLIDAYS_2018_2027 } from "../lib/domain/holidays";
import { legalRecordSchema, regulationRulesSchema } from "../lib/domain/regulation-version";
import { ADDRESSES, receptionHoursOf } from "./reference/organization-reception";
import { ORGANIZATIONS } from "./reference/organizations";
import { REGULATION_VERSIONS } from "./reference/regulation-versions";

/** How many rows of each kind this run inserted (all zero when the database had them all). */
export interface ReferenceDataLoaded {
  holidays: number;
  regulationVersions: number;
  organizations: number;
}

export async function loadReferenceData(db: Db): Promise<ReferenceDataLoaded> {
  const calendarDays = HOLIDAYS_2018_2027.map((h) => ({
    date: new Date(`${h.date}T00:00:00Z`),
    kind: h.kind,
    nameKk: h.nameKk,
    nameRu: h.nameRu,
    nameEn: h.nameEn,
    source: h.source,
  }));
  const holidays = await db.holiday.createMany({ data: calendarDays, skipDuplicates: true });
  // a day loaded before days had sources (source "") gets its kind and source: a fact added, not an edit undone
  const withoutSource = new Set((await db.holiday.findMany({ where: { source: "" }, select: { date: true } })).map((h) => h.date.getTime()));
  for (const day of calendarDays.filter((d) => withoutSource.has(d.date.getTime()))) {
    await db.holiday.update({ where: { date: day.date }, data: { kind: day.kind, source: day.source } });
  }

  const versions = await db.regulationVersion.createMany({
    data: REGULATION_VERSIONS.map((version) => ({
      code: version.code,
      titleKk: version.title.kk,
      titleRu: version.title.ru,
      titleEn: version.title.en,
      legalBasis: version.legalBasis,
      effectiveFrom: new Date(`${version.effectiveFrom}T00:00:00Z`),
      effectiveTo: version.effectiveTo ? new Date(`${version.effectiveTo}T00:00:00Z`) : null,
      legal: legalRecordSchema.parse(version.legal),
      status: "PUBLISHED" as const,
      rules: regulationRulesSchema.parse(version.rules),
    })),
    skipDuplicates: true,
  });
  // a reference version loaded before versions had a legal record gets it (and the portal's end): facts added, no rule changed
  for (const version of REGULATION_VERSIONS) {
    await db.regulationVersion.updateMany({
      where: { code: version.code, legal: { equals: Prisma.DbNull } },
      data: { legal: legalRecordSchema.parse(version.legal), effectiveTo: version.effectiveTo ? new Date(`${version.effectiveTo}T00:00:00Z`) : null },
    });
  }

  const existing = await db.organization.findMany({ select: { id: true, code: true } });
  const idByCode = new Map(existing.map((o) => [o.code, o.id]));
  let organizations = 0;
  // parents come before their children in ORGANIZATIONS
  for (const org of ORGANIZATIONS) {
    if (idByCode.has(org.code)) continue;
    const parentId = org.parent ? idByCode.get(org.parent) : null;
    if (org.parent && !parentId) throw new Error(`Organization ${org.code} lists unknown parent ${org.parent}`);
    const saved = await db.organization.create({
      data: {
        code: org.code,
        kind: org.kind,
        nameKk: org.kk,
        nameRu: org.ru,
        nameEn: org.en,
        addressKk: ADDRESSES[org.code]?.kk ?? org.address,
        localityCode: org.locality,
        parentId: parentId ?? null,
      },
      select: { id: true },
    });
    idByCode.set(org.code, saved.id);
    organizations++;
  }
  await fillReception(db);
  return { holidays: holidays.count, regulationVersions: versions.count, organizations };
}

/**
 * An organization without an English address or reception hours gets the reference ones: facts
 * added, nothing an administrator wrote replaced (each column only where it is empty).
 */
async function fillReception(db: Db): Promise<void> {
  const fillWhereEmpty = async (codes: string[], column: "addressRu" | "addressEn" | "receptionHoursKk" | "receptionHoursRu" | "receptionHoursEn", value: string) => {
    await db.organization.updateMany({ where: { code: { in: codes }, [column]: null }, data: { [column]: value } });
  };
  // the hours by kind: one statement per kind of hours and language
  const byHours = new Map<ReturnType<typeof receptionHoursOf>, string[]>();
  for (const org of ORGANIZATIONS) byHours.set(receptionHoursOf(org.kind), [...(byHours.get(receptionHoursOf(org.kind)) ?? []), org.code]);
  for (const [hours, codes] of byHours) {
    await fillWhereEmpty(codes, "receptionHoursKk", hours.kk);
    await fillWhereEmpty(codes, "receptionHoursRu", hours.ru);
    await fillWhereEmpty(codes, "receptionHoursEn", hours.en);
  }
  for (const [code, address] of Object.entries(ADDRESSES)) {
    await fillWhereEmpty([code], "addressRu", address.ru);
    await fillWhereEmpty([code], "addressEn", address.en);
  }
}
