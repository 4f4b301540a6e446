import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/domain/permissions";
import { AppError } from "../../lib/errors";
import { attachScan, listScans, readScan } from "../../lib/scans/attach-scan";
import { LocalFolderStorage } from "../../lib/storage/local-folder-storage";
import { registerPackage } from "../../lib/workflow/register-package";
import { makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const storage = new LocalFolderStorage(mkdtempSync(path.join(tmpdir(), "sanat-scans-")));
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("scans of the documents taken", () => {
  it("are attached by the clerk, checked by content, audited, and readable only by that organization's staff", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-PRE-05");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-PRE-05");
    const otherExecutor = await createStaff(db, "EXECUTOR", "AKTAU-PRE-19");
    const region = await createStaff(db, "REGION_ADMIN", "MANG-EDU");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());

    const scan = await attachScan(ctx, storage, clerk, { applicationId, fileName: "диплом.pdf", bytes: PDF, documentCode: "EDUCATION_DIPLOMA" });
    const stored = await db.scan.findUniqueOrThrow({ where: { id: scan.id } });
    expect(stored).toMatchObject({ contentType: "application/pdf", sizeBytes: PDF.byteLength, fileName: "диплом.pdf", documentCode: "EDUCATION_DIPLOMA" });
    expect(await db.auditEvent.count({ where: { applicationId, action: "ATTACH_SCAN" } })).toBe(1);

    const read = await readScan(ctx, storage, executor, scan.id);
    expect(Buffer.from(read.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect(await listScans(ctx, executor, applicationId)).toHaveLength(1);

    // another school's executor and the regional department cannot reach it
    expect(await codeOf(readScan(ctx, storage, otherExecutor, scan.id))).toBe("NOT_FOUND");
    expect(await codeOf(readScan(ctx, storage, region, scan.id))).toBe("NOT_FOUND");
    expect(await listScans(ctx, region, applicationId)).toEqual([]);
    const applicant: Actor = { userId: "x", role: "APPLICANT", name: "", organizationId: null, applicantId: stored.applicationId };
    expect(await codeOf(readScan(ctx, storage, applicant, scan.id))).toBe("NOT_FOUND");

    // issue 14, finding 10: every download of an identity document is in the audit trail, the refused ones are not downloads
    await readScan(ctx, storage, clerk, scan.id);
    const downloads = await db.auditEvent.findMany({ where: { action: "DOWNLOAD_SCAN" }, orderBy: { id: "asc" } });
    expect(downloads.map((event) => ({ applicationId: event.applicationId, actorId: event.actorId, actorRole: event.actorRole, organizationId: event.organizationId, data: event.data }))).toEqual(
      [executor, clerk].map((actor) => ({
        applicationId,
        actorId: actor.userId,
        actorRole: actor.role,
        organizationId: actor.organizationId,
        data: { scanId: scan.id, documentCode: "EDUCATION_DIPLOMA", contentType: "application/pdf" },
      })),
    );
  });

  it("refuses a file whose content is not PDF, JPEG or PNG, whatever its name, and keeps nothing", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-PRE-05");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());
    const fake = new TextEncoder().encode("<script>alert(1)</script>");
    const error = await attachScan(ctx, storage, clerk, { applicationId, fileName: "scan.pdf", bytes: fake }).catch((e: unknown) => e);
    expect((error as AppError).messageKey).toBe("errors.scanWrongType");
    const empty = await attachScan(ctx, storage, clerk, { applicationId, fileName: "empty.pdf", bytes: new Uint8Array() }).catch((e: unknown) => e);
    expect((empty as AppError).messageKey).toBe("errors.scanTooLarge");
    expect(await db.scan.count({ where: { applicationId } })).toBe(0);
  });

  it("cannot be attached by an executor", async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-PRE-05");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-PRE-05");
    const { applicationId } = await registerPackage(ctx, clerk, makeIntake());
    expect(await codeOf(attachScan(ctx, storage, executor, { applicationId, fileName: "a.pdf", bytes: PDF }))).toBe("FORBIDDEN");
  });
});
