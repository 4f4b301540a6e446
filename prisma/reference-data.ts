// Reference data every install needs: holidays, regulation versions, the organization tree.
// Idempotent: running it again updates names and rules but never duplicates rows.
import type { Db } from "../lib/db/client";
import { HOLIDAYS_2018_2027 } from "../lib/domain/holidays";
import { regulationRulesSchema } from "../lib/domain/regulation-version";
import { ORGANIZATIONS } from "./reference/organizations";
import { REGULATION_VERSIONS } from "./reference/regulation-versions";

export async function loadReferenceData(db: Db): Promise<void> {
  await db.holiday.createMany({
    data: HOLIDAYS_2018_2027.map((h) => ({ date: new Date(`${h.date}T00:00:00Z`), nameKk: h.nameKk, nameRu: h.nameRu, nameEn: h.nameEn })),
    skipDuplicates: true,
  });

  for (const version of REGULATION_VERSIONS) {
    const data = {
      titleKk: version.title.kk,
      titleRu: version.title.ru,
      titleEn: version.title.en,
      legalBasis: version.legalBasis,
      effectiveFrom: new Date(`${version.effectiveFrom}T00:00:00Z`),
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
