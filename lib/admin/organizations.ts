// The organization tree: the regional department, city and district departments, education
// organizations, the State Corporation branch and its centres.
import { z } from "zod";
import type { Db } from "../db/client";
import type { Tx } from "../db/context";
import type { Actor } from "../domain/permissions";
import { AppError } from "../errors";
import { parseOrRefuse } from "../zod-issues";
import { assertAdmin, changedFields, isUniqueViolation, recordAdminChange } from "./audit";

export const ORGANIZATION_KINDS = [
  "REGIONAL_DEPARTMENT",
  "DISTRICT_DEPARTMENT",
  "PRESCHOOL",
  "SCHOOL",
  "COLLEGE",
  "STATE_CORP_BRANCH",
  "STATE_CORP_CENTRE",
] as const;

const name = z.string().trim().min(1, "errors.fieldRequired").max(300, "errors.fieldTooLong");
/** Where and when it receives teachers: a field left out keeps what is stored, an emptied one clears it. */
const contact = z
  .string()
  .trim()
  .max(300, "errors.fieldTooLong")
  .optional()
  .transform((value) => (value === undefined ? undefined : value || null));
const RECEPTION_FIELDS = ["addressKk", "addressRu", "addressEn", "receptionHoursKk", "receptionHoursRu", "receptionHoursEn"] as const;
export const organizationSchema = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,40}$/, "errors.invalidInput"),
  kind: z.enum(ORGANIZATION_KINDS),
  nameKk: name,
  nameRu: name,
  nameEn: name,
  localityCode: z.string().trim().toUpperCase().regex(/^[A-Z_]{2,40}$/, "errors.invalidInput"),
  parentId: z.string().max(40).optional().transform((v) => v || null),
  ...Object.fromEntries(RECEPTION_FIELDS.map((field) => [field, contact])) as Record<(typeof RECEPTION_FIELDS)[number], typeof contact>,
});
export type OrganizationInput = z.input<typeof organizationSchema>;

export interface OrganizationNode {
  id: string;
  code: string;
  kind: (typeof ORGANIZATION_KINDS)[number];
  nameKk: string;
  nameRu: string;
  nameEn: string;
  localityCode: string;
  parentId: string | null;
  addressKk: string | null;
  addressRu: string | null;
  addressEn: string | null;
  receptionHoursKk: string | null;
  receptionHoursRu: string | null;
  receptionHoursEn: string | null;
  users: number;
  depth: number;
}

/** The whole tree, depth-first, for the administration page. */
export async function listOrganizationTree(db: Db, actor: Actor): Promise<OrganizationNode[]> {
  assertAdmin(actor);
  const rows = await db.organization.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true, code: true, kind: true, nameKk: true, nameRu: true, nameEn: true, localityCode: true, parentId: true,
      addressKk: true, addressRu: true, addressEn: true, receptionHoursKk: true, receptionHoursRu: true, receptionHoursEn: true,
      _count: { select: { users: true } },
    },
  });
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const ordered: OrganizationNode[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const { _count, ...row } of children.get(parentId) ?? []) {
      ordered.push({ ...row, users: _count.users, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** The ids of the organizations whose code or a name in any language contains `query`, case-insensitively. */
export async function findOrganizationIds(db: Db, actor: Actor, query: string): Promise<Set<string>> {
  assertAdmin(actor);
  const contains = { contains: query.trim().slice(0, 100), mode: "insensitive" as const };
  const rows = await db.organization.findMany({
    where: { OR: [{ code: contains }, { nameKk: contains }, { nameRu: contains }, { nameEn: contains }] },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * The organization a form names (a parent, a staff member's employer) must exist: the foreign key
 * would refuse it too, but as an error no user can act on.
 */
export async function assertOrganizationExists(tx: Tx, id: string | null, field: string): Promise<void> {
  if (id === null || (await tx.organization.findUnique({ where: { id }, select: { id: true } }))) return;
  throw new AppError("INVALID_INPUT", "dashboard.admin.errors.unknownOrganization", {}, { [field]: "dashboard.admin.errors.unknownOrganization" });
}

export async function createOrganization(db: Db, actor: Actor, input: OrganizationInput, now = new Date()): Promise<{ id: string }> {
  assertAdmin(actor);
  const data = parseOrRefuse(organizationSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await assertOrganizationExists(tx, data.parentId, "parentId");
      const created = await tx.organization.create({ data, select: { id: true } });
      await recordAdminChange(tx, actor, "ADMIN_CREATE_ORGANIZATION", { id: created.id, ...data }, now);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "dashboard.admin.errors.codeTaken");
    throw error;
  }
}

export async function updateOrganization(db: Db, actor: Actor, id: string, input: OrganizationInput, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const data = parseOrRefuse(organizationSchema, input);
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.organization.findUnique({
        where: { id },
        select: {
          code: true, kind: true, nameKk: true, nameRu: true, nameEn: true, localityCode: true, parentId: true,
          addressKk: true, addressRu: true, addressEn: true, receptionHoursKk: true, receptionHoursRu: true, receptionHoursEn: true,
        },
      });
      if (!before) throw new AppError("NOT_FOUND", "dashboard.admin.errors.notFound");
      await assertOrganizationExists(tx, data.parentId, "parentId");
      // the new parent must not be the organization itself or one of its subordinates
      for (let cursor = data.parentId; cursor; ) {
        if (cursor === id) throw new AppError("INVALID_INPUT", "dashboard.admin.errors.parentCycle");
        cursor = (await tx.organization.findUnique({ where: { id: cursor }, select: { parentId: true } }))?.parentId ?? null;
      }
      const changes = changedFields(before, data);
      if (Object.keys(changes).length === 0) return;
      await tx.organization.update({ where: { id }, data, select: { id: true } });
      await recordAdminChange(tx, actor, "ADMIN_UPDATE_ORGANIZATION", { id, changes } as never, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "dashboard.admin.errors.codeTaken");
    throw error;
  }
}
