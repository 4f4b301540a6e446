import { NextResponse } from "next/server";
import { z } from "zod";
import { errorResponse } from "@/lib/actions/error-response";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { readScan } from "@/lib/scans/attach-scan";
import { scanStorage } from "@/lib/storage";

// ids are cuids; anything else (NUL, 5,000 characters) is "not found" before it reaches PostgreSQL
const scanIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/i);

/** A scan, for the staff of the package's organization; "not found" for everyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ scanId: string }> }) {
  const { t } = await getTranslator();
  try {
    const actor = await currentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.forbidden");
    const scanId = scanIdSchema.safeParse((await params).scanId);
    if (!scanId.success) throw new AppError("NOT_FOUND", "errors.applicationNotFound");
    const scan = await readScan({ db: db(), now: () => new Date() }, scanStorage(), actor, scanId.data);
    return new NextResponse(Buffer.from(scan.bytes), {
      headers: {
        "Content-Type": scan.contentType,
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(scan.fileName)}`,
        "Cache-Control": "private, no-store",
        // a scan is shown, never run: no scripts even if a PDF viewer is asked to
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      },
    });
  } catch (error) {
    return errorResponse(error, t);
  }
}
