import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { errorResponse } from "@/lib/actions/error-response";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { attachScan } from "@/lib/scans/attach-scan";
import { MAX_SCAN_BYTES } from "@/lib/scans/file-type";
import { scanStorage } from "@/lib/storage";

const fields = z.object({ documentCode: z.string().regex(/^[A-Z_]{1,60}$/).optional() });
// ids are cuids; anything else (NUL, 5,000 characters) is "not found" before it reaches PostgreSQL
const applicationIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/i);

/** Attaches one scan (multipart: `file`, optional `documentCode`). */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { t } = await getTranslator();
  try {
    const actor = await currentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.forbidden");
    const applicationId = applicationIdSchema.safeParse((await params).id);
    if (!applicationId.success) throw new AppError("NOT_FOUND", "errors.applicationNotFound");
    // refuse oversized bodies before reading them
    if (Number(request.headers.get("content-length") ?? 0) > MAX_SCAN_BYTES + 64 * 1024) {
      throw new AppError("INVALID_INPUT", "errors.scanTooLarge", { megabytes: MAX_SCAN_BYTES / 1024 / 1024 });
    }
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID_INPUT", "errors.invalidInput");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "errors.scanWrongType");
    const parsed = fields.safeParse({ documentCode: form.get("documentCode") || undefined });
    if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    const scan = await attachScan({ db: db(), now: () => new Date() }, scanStorage(), actor, {
      applicationId: applicationId.data,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      documentCode: parsed.data.documentCode,
    });
    return NextResponse.json({ id: scan.id }, { status: 201 });
  } catch (error) {
    return errorResponse(error, t);
  }
}
