// Reference data every install needs: holidays, regulation versions, the organization tree.
// Idempotent: running it again updates names and rules but never duplicates rows.
import type { Db } from "../lib/db/client";
import { HOLIDAYS_2018_2027 } from "../lib/domain/holidays";
import { legalRecordSchema, regulationRulesSchema } from "../lib/domain/regulation-version";
import { ORGANIZATIONS } from "./reference/organizations";
import { REGULATION_VERSIONS } from "./reference/regulation-versions";

export async function loadReferenceData(db: Db): Promise<void> {
  // days already there are left as an administrator may have edited them; a day loaded before
  // days had sources (source "") gets its kind and source from the reference
  const calendarDays = HOLIDAYS_2018_2027.map((h) => ({
    date: new Date(`${h.date}T00:00:00Z`),
    kind: h.kind,
    nameKk: h.nameKk,
    nameRu: h.nameRu,
    nameEn: h.nameEn,
    source: h.source,
  }));
  await db.holiday.createMany({ data: calendarDays, skipDuplicates: true });
  const withoutSource = new Set((await db.holiday.findMany({ where: { source: "" }, select: { date: true } })).map((h) => h.date.getTime()));
  for (const day of calendarDays.filter((d) => withoutSource.has(d.date.getTime()))) {
    await db.holiday.update({ where: { date: day.date }, data: { kind: day.kind, source: day.source } });
  }

  for (const version of REGULATION_VERSIONS) {
    const data = {
      titleKk: version.title.kk,
      titleRu: version.title.ru,
      titleEn: version.title.en,
      legalBasis: version.legalBasis,
      effectiveFrom: new Date(`${version.effectiveFrom}T00:00:00Z`),
      effectiveTo: version.effectiveTo ? new Date(`${version.effectiveTo}T00:00:00Z`) : null,
      legal: legalRecordSchema.parse(version.legal),
      status: "PUBLISHED" as const,
      rules: regulationRulesSchema.parse(version.rules),
    };
    await db.regulationVersion.upsert({ where: { code: version.code }, create: { code: version.code, ...data }, update: data });
  }

  const idByCode = new Map<string, string>();
  // parents come before their children in ORGANIZATIONS
  for (const org of ORGANIZATIONS) {
    const parentId = org.parent ? idByCode.get(org.parent) : null;
    if (org.parent && !parentId) throw new Error(`Organization ${org.code} lists unknown parent ${org.parent}`);
    const data = {
      kind: org.kind,
      nameKk: org.kk,
      nameRu: org.ru,
      nameEn: org.en,
      addressKk: org.address,
      localityCode: org.locality,
      parentId: parentId ?? null,
    };
    const saved = await db.organization.upsert({
      where: { code: org.code },
      create: { code: org.code, ...data },
      update: data,
      select: { id: true },
    });
    idByCode.set(org.code, saved.id);
  }
}
