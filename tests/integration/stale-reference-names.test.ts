// Issue 17, item 9: an install seeded before the reference names were corrected keeps the old ones;
// the two migrations correct them there, and leave a name an administrator has edited alone.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Prisma } from "../../lib/generated/prisma/client";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const migration = (name: string) => readFileSync(path.join(import.meta.dirname, `../../prisma/migrations/${name}/migration.sql`), "utf8");

const OLD_IDENTITY = {
  kk: "Жеке басын куәландыратын құжат (сәйкестендіру үшін, қайтарылады)",
  ru: "Документ, удостоверяющий личность (для идентификации, возвращается)",
  en: "Identity document (for identification, handed back)",
};

type Rules = { checklist: { code: string; name: Record<string, string> }[] } & Record<string, unknown>;

describe("an install seeded with the old reference names", () => {
  it("names the identity document once: the papers add that it is handed back", async () => {
    const db = testDb.db;
    const versions = await db.regulationVersion.findMany({ select: { id: true, rules: true } });
    const stale = versions.find((v) => (v.rules as Rules).checklist.some((item) => item.code === "IDENTITY_DOCUMENT"))!;
    const current = stale.rules as Rules;
    const staleRules = { ...current, checklist: current.checklist.map((item) => (item.code === "IDENTITY_DOCUMENT" ? { ...item, name: OLD_IDENTITY } : item)) };
    await db.regulationVersion.update({ where: { id: stale.id }, data: { rules: staleRules as Prisma.InputJsonValue } });

    await db.$executeRawUnsafe(migration("20261203180001_identity_document_named_once"));
    const fixed = await db.regulationVersion.findUniqueOrThrow({ where: { id: stale.id }, select: { rules: true } });
    // the name is the reference's again, and nothing else of the rules moved (the order of the list included)
    expect(fixed.rules).toEqual(current);
    const others = await db.regulationVersion.findMany({ where: { id: { not: stale.id } }, select: { id: true, rules: true } });
    expect(others).toEqual(versions.filter((v) => v.id !== stale.id));
  });

  it("quotes a kindergarten's own quoted name once, and keeps an administrator's edit", async () => {
    const db = testDb.db;
    await db.organization.update({ where: { code: "BEINEU-PRE-01" }, data: { nameKk: "««Күншуақ» балабақшасы» МКҚК", nameRu: "ГККП «Детский сад «Куншуак»»" } });
    await db.organization.update({ where: { code: "KARAKIYA-PRE-01" }, data: { nameKk: "«Еркетай» бөбекжайы МКҚК" } });

    await db.$executeRawUnsafe(migration("20261203180000_organization_names_quoted_once"));
    const names = async (code: string) => db.organization.findUniqueOrThrow({ where: { code }, select: { nameKk: true, nameRu: true } });
    expect(await names("BEINEU-PRE-01")).toEqual({ nameKk: "«Күншуақ» балабақшасы МКҚК", nameRu: "ГККП Детский сад «Куншуак»" });
    expect((await names("KARAKIYA-PRE-01")).nameKk).toBe("«Еркетай» бөбекжайы МКҚК");
  });
});
