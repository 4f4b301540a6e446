import { NextResponse } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { db } from "@/lib/db/prisma";
import { readScan } from "@/lib/scans/attach-scan";
import { scanPolicy } from "@/lib/security/content-security-policy";
import { scanStorage } from "@/lib/storage";

/** A scan, for the staff of the package's organization (each download audited); "not found" for everyone else. */
export const GET = defineRoute({
  access: "signedIn",
  // ids are cuids; anything else (NUL, 5,000 characters) is "not found" before it reaches PostgreSQL
  params: z.object({ scanId: z.string().regex(/^[a-z0-9]{10,40}$/i) }),
  notFound: "errors.applicationNotFound",
  // next.config.js leaves this path's policy to the route: refusals get the strictest one
  headers: { "Content-Security-Policy": scanPolicy(null) },
  run: async ({ actor, params }) => {
    const scan = await readScan({ db: db(), now: () => new Date() }, scanStorage(), actor, params.scanId);
    return new NextResponse(Buffer.from(scan.bytes), {
      headers: {
        "Content-Type": scan.contentType,
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(scan.fileName)}`,
        "Cache-Control": "private, no-store",
        // a scan is shown, never run: no scripts even if a viewer is asked to
        "Content-Security-Policy": scanPolicy(scan.contentType),
      },
    });
  },
});
