// The regulation in force, read one way by every reader and writer: which published version
// governs an instant, and the parsed rules of a version. Rules of a published version never
// change in place (a change is a new version), so each process parses them once per version.
import type { Db } from "../db/client";
import { CHANNELS, type Channel, type Role } from "../domain/lifecycle";
import { regulationRulesSchema, versionInForce, type NormedStep, type RegulationRules } from "../domain/regulation-version";

export interface ParsedVersion {
  id: string;
  /** for staff and logs; a teacher is shown the title, never the code */
  code: string;
  title: { kk: string; ru: string; en: string };
  rules: RegulationRules;
}

const parsedVersions = new Map<string, ParsedVersion>();

/** A version with its parsed rules, or null when no such version exists. Drafts are parsed afresh each time. */
export async function findVersion(db: Db, regulationVersionId: string): Promise<ParsedVersion | null> {
  const cached = parsedVersions.get(regulationVersionId);
  if (cached) return cached;
  const row = await db.regulationVersion.findUnique({
    where: { id: regulationVersionId },
    select: { code: true, titleKk: true, titleRu: true, titleEn: true, rules: true, status: true },
  });
  if (!row) return null;
  const version = {
    id: regulationVersionId,
    code: row.code,
    title: { kk: row.titleKk, ru: row.titleRu, en: row.titleEn },
    rules: regulationRulesSchema.parse(row.rules),
  };
  if (row.status === "PUBLISHED") parsedVersions.set(regulationVersionId, version);
  return version;
}

/** The rules of the regulation version an application was received under. */
export async function rulesOf(db: Db, application: { regulationVersionId: string }): Promise<RegulationRules> {
  const version = await findVersion(db, application.regulationVersionId);
  if (!version) throw new Error(`regulation version ${application.regulationVersionId} does not exist`);
  return version.rules;
}

/** The published version in force at `instant`, with its rules; null when none has taken effect. */
export async function regulationInForce(db: Db, instant: Date): Promise<ParsedVersion | null> {
  // the list is a handful of rows and changes when an administrator publishes: read each time
  const versions = await db.regulationVersion.findMany({ where: { status: "PUBLISHED" }, select: { id: true, effectiveFrom: true, effectiveTo: true } });
  const version = versionInForce(versions, instant);
  return version ? findVersion(db, version.id) : null;
}

/** The regulation's own 20 minutes per step, for when no version is in force (an empty database). */
const NORMS_OF_THE_REGULATION: Record<NormedStep, number> = { CORP_INTAKE: 20, OFFICE_REGISTRATION: 20, COMPLETENESS_CHECK: 20 };

/** The step norms of the version in force: what the process map shows. */
export async function normsInForce(db: Db, instant: Date): Promise<Record<NormedStep, number>> {
  return (await regulationInForce(db, instant))?.rules.stepNormMinutes ?? NORMS_OF_THE_REGULATION;
}

/**
 * On each channel, the versions under which `role` checks completeness (`completenessCheckedBy`):
 * the check views of a queue show only those packages. Published versions only: a draft governs
 * no package.
 */
export async function versionsCheckedBy(db: Db, role: Role): Promise<Record<Channel, string[]>> {
  const rows = await db.regulationVersion.findMany({ where: { status: "PUBLISHED" }, select: { id: true } });
  const versions = (await Promise.all(rows.map((row) => findVersion(db, row.id)))).filter((v): v is ParsedVersion => v !== null);
  return Object.fromEntries(
    CHANNELS.map((channel) => [channel, versions.filter((v) => v.rules.completenessCheckedBy[channel] === role).map((v) => v.id)]),
  ) as Record<Channel, string[]>;
}

/** The published version that takes over next after `instant`, with the day it does; null when none is due. */
export async function nextRegulation(db: Db, instant: Date): Promise<(ParsedVersion & { effectiveFrom: Date }) | null> {
  const next = await db.regulationVersion.findFirst({
    where: { status: "PUBLISHED", effectiveFrom: { gt: instant } },
    orderBy: { effectiveFrom: "asc" },
    select: { id: true, effectiveFrom: true },
  });
  const version = next ? await findVersion(db, next.id) : null;
  return version && next ? { ...version, effectiveFrom: next.effectiveFrom } : null;
}
