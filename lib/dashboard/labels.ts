// Names for what the dashboard groups by: organizations, categories, refusal grounds and
// regulation versions, in the viewer's language. Reference tables are small: read whole.
import type { Db } from "../db/client";
import { regulationRulesSchema } from "../domain/regulation-version";
import type { Locale } from "../i18n/locales";

export interface DimensionLabels {
  organization: Map<string, string>;
  category: Map<string, string>;
  ground: Map<string, string>;
  version: Map<string, string>;
}

export async function loadDimensionLabels(db: Db, locale: Locale): Promise<DimensionLabels> {
  const [organizations, versions] = await Promise.all([
    db.organization.findMany({ select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
    db.regulationVersion.findMany({ orderBy: { effectiveFrom: "asc" }, select: { id: true, code: true, rules: true } }),
  ]);
  const pick = (o: { nameKk: string; nameRu: string; nameEn: string }) => (locale === "ru" ? o.nameRu : locale === "en" ? o.nameEn : o.nameKk);
  const category = new Map<string, string>();
  const ground = new Map<string, string>();
  for (const version of versions) {
    const parsed = regulationRulesSchema.safeParse(version.rules);
    if (!parsed.success) continue; // a malformed draft must not take the dashboard down
    for (const c of parsed.data.categories) category.set(c.code, c.name[locale]);
    for (const g of parsed.data.refusalGrounds) ground.set(g.code, g.text[locale]);
  }
  return {
    organization: new Map(organizations.map((o) => [o.id, pick(o)])),
    category,
    ground,
    version: new Map(versions.map((v) => [v.id, v.code])),
  };
}
