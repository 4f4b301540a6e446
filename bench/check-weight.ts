// Fails when a page a teacher opens (the public pages and /applicant/*) ships more first-load
// JavaScript than the budget. Reads the build in NEXT_DIST_DIR (default .next); run it after
// `next build`:
//
//   npm run check:weight
//
// Why 140 KB and not 120: Next.js 16's and React 19's runtime files, which every page loads
// before any code of ours (build-manifest.json's rootMainFiles), are ~129 KB gzip by themselves,
// and Next's layout router and <Link> add ~6 KB. The budget leaves ~4 KB for our client code on
// those pages; react-query (~12 KB) or next-auth's client (~10 KB) in the root layout would fail it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { measurePageWeight } from "./page-weight";

const BUDGET_KB = Number(process.env.APPLICANT_PAGE_BUDGET_KB ?? 140);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

if (!existsSync(path.join(distDir, "build-manifest.json"))) {
  console.error(`No build in ${distDir}: run \`next build\` first (NEXT_DIST_DIR names another folder).`);
  process.exit(1);
}

const { rootMainFiles } = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const runtimeKb = rootMainFiles.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length, 0) / 1024;
const pages = measurePageWeight(distDir).filter((weight) => weight.isApplicantPage);
if (pages.length === 0) {
  console.error(`No applicant pages found in ${distDir}: is it a complete App Router build?`);
  process.exit(1);
}

const overBudget = pages.filter((page) => page.gzipBytes / 1024 > BUDGET_KB);
for (const page of pages) {
  const kb = page.gzipBytes / 1024;
  console.log(`${kb > BUDGET_KB ? "OVER" : "ok  "} ${kb.toFixed(1).padStart(6)} KB  ${page.route}`);
}
console.log(`budget ${BUDGET_KB} KB gzip first-load JavaScript per applicant page; of it the Next.js/React runtime: ${runtimeKb.toFixed(1)} KB`);
if (overBudget.length > 0) {
  console.error(
    `${overBudget.length} applicant page(s) over the budget. See which client components they load ` +
      "(bench/page-weight.ts) and keep providers and libraries out of the root layout.",
  );
  process.exit(1);
}
