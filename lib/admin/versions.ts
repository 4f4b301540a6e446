// Regulation versions: a published version is never edited in place (applications keep the
// version they were received under). It is cloned into a draft, the draft is edited, and the
// draft is published with a future effective date.
import { z } from "zod";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import { legalRecordSchema, regulationRulesSchema, type LegalRecord, type RegulationRules } from "../domain/regulation-version";
import { isLocalDate } from "../domain/working-calendar";
import { AppError } from "../errors";
import { parseOrRefuse } from "../zod-issues";
import { Prisma } from "../generated/prisma/client";
import { assertAdmin, changedFields, isUniqueViolation, recordAdminChange } from "./audit";

const localDate = z.string().refine(isLocalDate, "errors.invalidInput");
const title = z.string().trim().min(1, "errors.fieldRequired").max(500, "errors.fieldTooLong");

export const versionCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,40}$/, "errors.invalidInput");

export const draftSchema = z.object({
  titleKk: title,
  titleRu: title,
  titleEn: title,
  legalBasis: z.string().trim().min(1, "errors.fieldRequired").max(1000, "errors.fieldTooLong"),
  effectiveFrom: localDate,
  rules: regulationRulesSchema,
});
export type DraftInput = z.input<typeof draftSchema>;

export interface VersionSummary {
  id: string;
  code: string;
  title: { kk: string; ru: string; en: string };
  legalBasis: string;
  effectiveFrom: string;
  /** the day the portal stops using it, when set */
  effectiveTo: string | null;
  /** what the law says of its period and acts; null for a version made before it was recorded */
  legal: LegalRecord | null;
  status: "DRAFT" | "PUBLISHED";
  applications: number;
}

export interface VersionDetail extends VersionSummary {
  rules: RegulationRules | null;
  rulesError: string | null;
}

const summarySelect = {
  id: true,
  code: true,
  titleKk: true,
  titleRu: true,
  titleEn: true,
  legalBasis: true,
  effectiveFrom: true,
  effectiveTo: true,
  legal: true,
  status: true,
  _count: { select: { applications: true } },
} as const;

function toSummary(row: Prisma.RegulationVersionGetPayload<{ select: typeof summarySelect }>): VersionSummary {
  return {
    id: row.id,
    code: row.code,
    title: { kk: row.titleKk, ru: row.titleRu, en: row.titleEn },
    legalBasis: row.legalBasis,
    effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10),
    effectiveTo: row.effectiveTo?.toISOString().slice(0, 10) ?? null,
    legal: legalRecordSchema.safeParse(row.legal).data ?? null,
    status: row.status,
    applications: row._count.applications,
  };
}

export async function listVersions(db: Db, actor: Actor): Promise<VersionSummary[]> {
  assertAdmin(actor);
  const rows = await db.regulationVersion.findMany({ orderBy: [{ effectiveFrom: "asc" }, { code: "asc" }], select: summarySelect });
  return rows.map(toSummary);
}

export async function getVersion(db: Db, actor: Actor, id: string): Promise<VersionDetail | null> {
  assertAdmin(actor);
  const row = await db.regulationVersion.findUnique({ where: { id }, select: { ...summarySelect, rules: true } });
  if (!row) return null;
  const parsed = regulationRulesSchema.safeParse(row.rules);
  return { ...toSummary(row), rules: parsed.success ? parsed.data : null, rulesError: parsed.success ? null : parsed.error.message };
}

export async function cloneVersion(db: Db, actor: Actor, sourceId: string, rawCode: string, now = new Date()): Promise<{ id: string }> {
  assertAdmin(actor);
  const code = parseOrRefuse(versionCodeSchema, rawCode);
  try {
    return await db.$transaction(async (tx) => {
      const source = await tx.regulationVersion.findUnique({
        where: { id: sourceId },
        select: { code: true, titleKk: true, titleRu: true, titleEn: true, legalBasis: true, effectiveFrom: true, rules: true, legal: true },
      });
      if (!source) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
      const { code: sourceCode, rules, legal, ...rest } = source;
      // the draft keeps the acts behind its source until an administrator edits them
      const created = await tx.regulationVersion.create({
        data: { ...rest, code, status: "DRAFT", rules: rules as Prisma.InputJsonValue, legal: legal === null ? Prisma.DbNull : (legal as Prisma.InputJsonValue) },
        select: { id: true },
      });
      await recordAdminChange(tx, actor, "ADMIN_CLONE_VERSION", { id: created.id, code, from: sourceCode }, now);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "dashboard.admin.errors.codeTaken");
    throw error;
  }
}

/** Edits a draft; the WHERE on status makes "published is read-only" hold even under a race. */
export async function updateDraft(db: Db, actor: Actor, id: string, input: DraftInput, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const draft = parseOrRefuse(draftSchema, input);
  await db.$transaction(async (tx) => {
    const before = await tx.regulationVersion.findUnique({
      where: { id },
      select: { status: true, titleKk: true, titleRu: true, titleEn: true, legalBasis: true, effectiveFrom: true, rules: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
    if (before.status !== "DRAFT") throw new AppError("CONFLICT", "dashboard.admin.errors.publishedIsReadOnly");
    const data = { ...draft, effectiveFrom: new Date(`${draft.effectiveFrom}T00:00:00Z`), rules: draft.rules as Prisma.InputJsonValue };
    const changes = changedFields({ ...before, effectiveFrom: before.effectiveFrom.toISOString().slice(0, 10) }, { ...draft });
    if (Object.keys(changes).length === 0) return;
    const { count } = await tx.regulationVersion.updateMany({ where: { id, status: "DRAFT" }, data });
    if (count !== 1) throw new AppError("CONFLICT", "dashboard.admin.errors.publishedIsReadOnly");
    await recordAdminChange(tx, actor, "ADMIN_UPDATE_VERSION", { id, changes } as never, now);
  });
}

/** Publishes a draft from a future date: applications already received keep their version. */
export async function publishVersion(db: Db, actor: Actor, id: string, effectiveFrom: string, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const date = parseOrRefuse(localDate, effectiveFrom);
  const todayInAqtau = new Date(now.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
  if (date <= todayInAqtau) throw new AppError("INVALID_INPUT", "dashboard.admin.errors.effectiveInPast");
  await db.$transaction(async (tx) => {
    const version = await tx.regulationVersion.findUnique({ where: { id }, select: { code: true, rules: true, status: true } });
    if (!version) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
    if (!regulationRulesSchema.safeParse(version.rules).success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    const { count } = await tx.regulationVersion.updateMany({
      where: { id, status: "DRAFT" },
      data: { status: "PUBLISHED", effectiveFrom: new Date(`${date}T00:00:00Z`) },
    });
    if (count !== 1) throw new AppError("CONFLICT", "dashboard.admin.errors.publishedIsReadOnly");
    await recordAdminChange(tx, actor, "ADMIN_PUBLISH_VERSION", { id, code: version.code, effectiveFrom: date }, now);
  });
}
