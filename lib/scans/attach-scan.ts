// The clerk or the State Corporation operator attaches a scan of a document taken at intake.
import { createHash, randomUUID } from "node:crypto";
import { AppError } from "../errors";
import { can, type Actor } from "../domain/permissions";
import type { BlobStorage } from "../storage/blob-storage";
import type { WorkflowContext } from "../db/context";
import { loadVisibleApplication } from "../workflow/transition";
import { EXTENSION, detectScanType, readableFileName, scanProblem } from "./file-type";

export interface ScanUpload {
  applicationId: string;
  fileName: string;
  bytes: Uint8Array;
  documentCode?: string;
}

export async function attachScan(ctx: WorkflowContext, storage: BlobStorage, actor: Actor, upload: ScanUpload) {
  if (!can(actor, "scans.attach")) throw new AppError("FORBIDDEN", "errors.actionNotAllowed");
  const application = await loadVisibleApplication(ctx, actor, upload.applicationId);
  const problem = scanProblem(upload.bytes);
  if (problem) throw new AppError("INVALID_INPUT", problem.key, problem.params);
  const contentType = detectScanType(upload.bytes)!;
  const marks = (application.documents ?? {}) as Record<string, string>;
  if (upload.documentCode && !(upload.documentCode in marks)) throw new AppError("INVALID_INPUT", "errors.unknownDocument", { codes: upload.documentCode });

  const storageKey = `scans/${application.id.toLowerCase()}/${randomUUID()}.${EXTENSION[contentType]}`;
  // the file goes first: a row never points at a missing file; a crash leaves at worst an orphan file
  await storage.put(storageKey, upload.bytes, contentType);
  const at = ctx.now();
  try {
    return await ctx.db.$transaction(async (tx) => {
      const scan = await tx.scan.create({
        data: {
          applicationId: application.id,
          documentCode: upload.documentCode ?? null,
          storageKey,
          fileName: readableFileName(upload.fileName) || `scan.${EXTENSION[contentType]}`,
          contentType,
          sizeBytes: upload.bytes.byteLength,
          sha256: createHash("sha256").update(upload.bytes).digest("hex"),
          uploadedById: actor.userId,
          uploadedAt: at,
        },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          applicationId: application.id,
          actorId: actor.userId,
          actorRole: actor.role,
          organizationId: actor.organizationId,
          action: "ATTACH_SCAN",
          data: { scanId: scan.id, documentCode: upload.documentCode ?? null, contentType, sizeBytes: upload.bytes.byteLength },
          at,
        },
      });
      return scan;
    });
  } catch (error) {
    await storage.delete(storageKey);
    throw error;
  }
}

/**
 * A scan's bytes, for staff of the package's organization only; everyone else gets "not found".
 * Scans are identity documents and diplomas: every download is an audit event (who, which scan,
 * which package), written before the bytes leave, so no scan is ever read unrecorded.
 */
export async function readScan(ctx: WorkflowContext, storage: BlobStorage, actor: Actor, scanId: string) {
  if (!can(actor, "scans.read")) throw new AppError("NOT_FOUND", "errors.applicationNotFound");
  const scan = await ctx.db.scan.findUnique({
    where: { id: scanId },
    select: { applicationId: true, storageKey: true, fileName: true, contentType: true, documentCode: true },
  });
  if (!scan) throw new AppError("NOT_FOUND", "errors.applicationNotFound");
  const application = await loadVisibleApplication(ctx, actor, scan.applicationId);
  const bytes = await storage.get(scan.storageKey);
  if (!bytes) throw new AppError("NOT_FOUND", "errors.applicationNotFound");
  await ctx.db.auditEvent.create({
    data: {
      applicationId: application.id,
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId: actor.organizationId,
      action: "DOWNLOAD_SCAN",
      data: { scanId, documentCode: scan.documentCode, contentType: scan.contentType },
      at: ctx.now(),
    },
  });
  return { bytes, fileName: scan.fileName, contentType: scan.contentType };
}

export async function listScans(ctx: WorkflowContext, actor: Actor, applicationId: string) {
  if (!can(actor, "scans.read")) return [];
  await loadVisibleApplication(ctx, actor, applicationId);
  return ctx.db.scan.findMany({
    where: { applicationId },
    orderBy: { uploadedAt: "asc" },
    select: { id: true, fileName: true, contentType: true, sizeBytes: true, documentCode: true, uploadedAt: true },
  });
}
