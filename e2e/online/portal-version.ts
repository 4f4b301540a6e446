// The e2e server runs the seed's version (MANGYSTAU-2018, paper only) today. The online story
// needs RULES-2020 with its portal channel served: a published copy of it is put in force from now
// in the story's own database state, and ended again afterwards. It is a new row (a new id), so no
// process holds a parsed copy of other rules under its id. The stories of this folder run in a
// project of their own after every other story (playwright.config.ts): while the copy is in force
// the whole portal is under it.
import { randomBytes } from "node:crypto";
import { withPortalChannelServed } from "../../prisma/factories";
import { withE2eDatabase } from "../applicant/database";

const DAY_MS = 24 * 60 * 60 * 1000;
// the column is a date (Aqtau's day): today in UTC is yesterday or today there; yesterday is safely in force
const startOfUtcDay = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

export async function putRules2020WithPortalInForce(): Promise<{ id: string; code: string }> {
  return withE2eDatabase(async (db) => {
    const source = await db.regulationVersion.findUniqueOrThrow({ where: { code: "RULES-2020" } });
    const code = `RULES-2020-PORTAL-${randomBytes(3).toString("hex").toUpperCase()}`;
    const created = await db.regulationVersion.create({
      data: {
        code,
        titleKk: source.titleKk,
        titleRu: source.titleRu,
        titleEn: source.titleEn,
        legalBasis: source.legalBasis,
        legal: source.legal ?? undefined,
        status: "PUBLISHED",
        effectiveFrom: new Date(startOfUtcDay(new Date()).getTime() - DAY_MS),
        rules: withPortalChannelServed(source.rules) as object,
      },
      select: { id: true, code: true },
    });
    return created;
  });
}

/** Ends the copy: from today on the seed's version governs new packages again; its packages keep it. */
export async function endVersion(id: string): Promise<void> {
  await withE2eDatabase(async (db) => {
    await db.regulationVersion.update({ where: { id }, data: { effectiveTo: new Date(startOfUtcDay(new Date()).getTime() - DAY_MS) } });
  });
}
