// First-load JavaScript per route, from the build output (Next.js 16, Turbopack): the root main
// files every page loads (build-manifest.json) plus, from the route's client reference manifest,
// the entry chunks of its layouts and page and the chunks of every client component it uses.
// Each distinct file is gzipped (level 9) and summed. Polyfills (nomodule) are left out.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export interface RouteWeight {
  route: string;
  files: number;
  gzipBytes: number;
  /** pages a teacher opens: the public ones and the applicant's workspace */
  isApplicantPage: boolean;
}

interface ClientReferenceManifest {
  clientModules: Record<string, { chunks?: string[] }>;
  entryJSFiles: Record<string, string[]>;
}

function manifestsUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return manifestsUnder(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

export function measurePageWeight(distDir: string): RouteWeight[] {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gzipCache = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
      gzipCache.set(file, size);
    }
    return size;
  };
  const appDir = path.join(distDir, "server", "app");
  const weights = manifestsUnder(appDir).map((file) => {
    // the manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]
    const sandbox = { globalThis: {} as Record<string, unknown>, self: {} };
    sandbox.globalThis = sandbox as unknown as Record<string, unknown>;
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
    const manifests = (sandbox as unknown as { __RSC_MANIFEST: Record<string, ClientReferenceManifest> }).__RSC_MANIFEST;
    const files = new Set(buildManifest.rootMainFiles);
    for (const manifest of Object.values(manifests)) {
      for (const chunks of Object.values(manifest.entryJSFiles ?? {})) chunks.forEach((chunk) => files.add(chunk));
      for (const module of Object.values(manifest.clientModules ?? {})) {
        (module.chunks ?? []).filter((chunk) => chunk.endsWith(".js")).forEach((chunk) => files.add(chunk.replace(/^\/?_next\//, "")));
      }
    }
    const relative = path.relative(appDir, path.dirname(file)).split(path.sep).join("/");
    const route = "/" + relative.split("/").filter((segment) => !/^\(.*\)$/.test(segment)).join("/");
    const existing = [...files].filter((chunk) => existsSync(path.join(distDir, chunk)));
    return {
      route: route === "/" ? "/" : route.replace(/\/$/, ""),
      files: existing.length,
      gzipBytes: existing.reduce((sum, chunk) => sum + gzipSize(chunk), 0),
      isApplicantPage: relative.startsWith("(public)") || relative.includes("applicant"),
    };
  });
  return weights.filter((w) => !w.route.startsWith("/_")).sort((a, b) => a.route.localeCompare(b.route));
}

if (process.argv[1]?.endsWith("page-weight.ts")) {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  console.table(measurePageWeight(distDir).map((w) => ({ ...w, kb: (w.gzipBytes / 1024).toFixed(1) })));
}
