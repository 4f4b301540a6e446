import { NextResponse } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { attachScan } from "@/lib/scans/attach-scan";
import { MAX_SCAN_BYTES } from "@/lib/scans/file-type";
import { scanStorage } from "@/lib/storage";

const documentCode = z.string().regex(/^[A-Z_]{1,60}$/).optional();

/** Attaches one scan (multipart: `file`, optional `documentCode`). */
export const POST = defineRoute({
  access: "signedIn",
  // ids are cuids; anything else (NUL, 5,000 characters) is "not found" before it reaches PostgreSQL
  params: z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/i) }),
  notFound: "errors.applicationNotFound",
  run: async ({ request, actor, params }) => {
    // refuse oversized bodies before reading them
    if (Number(request.headers.get("content-length") ?? 0) > MAX_SCAN_BYTES + 64 * 1024) {
      throw new AppError("INVALID_INPUT", "errors.scanTooLarge", { megabytes: MAX_SCAN_BYTES / 1024 / 1024 });
    }
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID_INPUT", "errors.invalidInput");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "errors.scanWrongType");
    const code = documentCode.safeParse(form.get("documentCode") || undefined);
    if (!code.success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
    const scan = await attachScan({ db: db(), now: () => new Date() }, scanStorage(), actor, {
      applicationId: params.id,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      documentCode: code.data,
    });
    return NextResponse.json({ id: scan.id }, { status: 201 });
  },
});
