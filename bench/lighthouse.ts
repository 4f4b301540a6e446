// Lighthouse (default mobile profile: Moto G Power screen, simulated slow 4G, 4× CPU slowdown) on
// the public status lookup and a status result, against the production build already in
// NEXT_DIST_DIR, served on a fresh seeded database. Builds nothing. Writes the medians of
// LH_RUNS runs to bench/LIGHTHOUSE.md and stops everything it started.
//
//   NEXT_DIST_DIR=.next npm run bench:lighthouse
//
// A benchmark, not a test: the scores depend on the machine (Lighthouse's simulation scales
// with the CPU it measured), so nothing here fails on a score.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";
import { chromium } from "@playwright/test";
import { embeddedServerUrl } from "../scripts/embedded-server-url";

const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const PORT = Number(process.env.LH_PORT ?? 3215);
const PG_PORT = process.env.LH_PG_PORT ?? "54365";
const PG_DIR = process.env.LH_PG_DIR ?? ".data/pg-lighthouse";
const RUNS = Number(process.env.LH_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const OUTPUT = process.env.LH_OUTPUT ?? "bench/LIGHTHOUSE.md";
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE = "sanat_lighthouse";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
  SI: "speed-index",
} as const;

interface RunResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<keyof typeof METRICS, number>;
  /** audits that lost points, as "category: title" */
  flagged: string[];
  benchmarkIndex: number;
  /** the browser's version, from its user agent */
  chrome: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function startPortal(): ChildProcess {
  const command = ["tsx", "scripts/with-db.ts", "--fresh", "--", "prisma", "migrate", "deploy", "--", "tsx", "prisma/seed.ts", "--demo"];
  command.push("--", "node", "scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(PORT));
  return spawn("npx", command, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      EMBEDDED_PG_DIR: PG_DIR,
      EMBEDDED_PG_PORT: PG_PORT,
      SANAT_DATABASE: DATABASE,
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "lighthouse-bench-secret-not-for-production-0123",
    },
    stdio: ["ignore", "ignore", "inherit"],
    // its own process group, so one signal reaches with-db, next-server and PostgreSQL's stop
    detached: true,
  });
}

async function stopPortal(portal: ChildProcess) {
  if (portal.exitCode !== null || !portal.pid) return;
  const exited = new Promise((resolve) => portal.once("exit", resolve));
  process.kill(-portal.pid, "SIGTERM");
  // with-db forwards the signal to the portal, then stops PostgreSQL cleanly
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (portal.exitCode === null) process.kill(-portal.pid, "SIGKILL");
}

async function waitForPortal(portal: ChildProcess) {
  // migrations and the seed come first: give them three minutes on a busy machine
  for (let i = 0; i < 360; i++) {
    if (portal.exitCode !== null) throw new Error(`the portal (scripts/with-db.ts) exited with ${portal.exitCode}`);
    if (await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the portal did not answer ${BASE}/api/health within three minutes`);
}

/** The seeded package with the longest timeline, and its applicant's IIN. */
async function demoPackage(): Promise<{ registrationNumber: string; iin: string; accessCode: string }> {
  const client = new pg.Client({ connectionString: embeddedServerUrl(PG_DIR, PG_PORT, DATABASE) });
  await client.connect();
  try {
    const { rows } = await client.query<{ registrationNumber: string; iin: string; accessCode: string }>(
      `SELECT a."registrationNumber", p.iin, a."accessCode" FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId"
       ORDER BY (SELECT count(*) FROM "AuditEvent" e WHERE e."applicationId" = a.id) DESC, a."registrationNumber" LIMIT 1`,
    );
    if (!rows[0]) throw new Error("the seed made no package to look up");
    return rows[0];
  } finally {
    await client.end();
  }
}

/** The result page's address comes from the lookup form (a signed link that expires in 30 minutes). */
async function statusResultUrl(): Promise<string> {
  const { registrationNumber, iin, accessCode } = await demoPackage();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/status`);
    await page.locator('input[name="registrationNumber"]').fill(registrationNumber);
    await page.locator('input[name="iin"]').fill(iin);
    await page.locator('input[name="accessCode"]').fill(accessCode);
    await Promise.all([page.waitForURL(/\/status\/[^/?]+$/), page.locator('input[name="accessCode"]').press("Enter")]);
    return page.url();
  } finally {
    await browser.close();
  }
}

async function runLighthouse(url: string): Promise<RunResult> {
  // a fresh browser per run, as the CLI does: no warm caches or compiled code between runs
  const chrome: LaunchedChrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? NaN]));
    const flagged = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
        .map((audit) => `${category}: ${audit.title}`),
    );
    if (process.env.LH_JSON_DIR) writeFileSync(`${process.env.LH_JSON_DIR}/${new URL(url).pathname.split("/")[1]}-${Date.now()}.json`, JSON.stringify(lhr));
    const chromeVersion = /Chrome\/([\d.]+)/.exec(lhr.environment.hostUserAgent)?.[1] ?? "unknown";
    return { scores, metrics, flagged, benchmarkIndex: lhr.environment.benchmarkIndex, chrome: chromeVersion } as RunResult;
  } finally {
    chrome.kill();
  }
}

function formatMetric(name: keyof typeof METRICS, value: number): string {
  if (name === "CLS") return value.toFixed(3);
  if (name === "TBT") return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

function report(pages: { label: string; path: string; runs: RunResult[] }[]): string {
  const lighthouseVersion = (JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string }).version;
  const rows = pages.map(({ label, path, runs }) => {
    const scores = CATEGORIES.map((id) => median(runs.map((run) => run.scores[id])));
    const metrics = (Object.keys(METRICS) as (keyof typeof METRICS)[]).map((name) => formatMetric(name, median(runs.map((run) => run.metrics[name]))));
    return `| ${label} (\`${path}\`) | ${scores.join(" | ")} | ${metrics.join(" | ")} | ${runs.map((run) => run.scores.performance).join(", ")} |`;
  });
  const flagged = pages.map(({ label, runs }) => {
    const titles = [...new Set(runs.flatMap((run) => run.flagged))];
    const counted = titles.map((title) => `${title} (${runs.filter((run) => run.flagged.includes(title)).length}/${runs.length})`);
    return `- ${label}: ${counted.length ? counted.join("; ") : "nothing"}`;
  });
  const benchmarkIndex = median(pages.flatMap(({ runs }) => runs.map((run) => run.benchmarkIndex)));
  return [
    "# Lighthouse",
    "",
    "Written by `npm run bench:lighthouse` (`bench/lighthouse.ts`): the production build in `NEXT_DIST_DIR`,",
    "served by `next start` on a fresh seeded embedded PostgreSQL; the result page is reached through the",
    "lookup form with a seeded package. Medians of each score and metric over the runs (each run in a fresh",
    "browser).",
    "",
    `- Lighthouse ${lighthouseVersion}, default config: mobile form factor, simulated throttling (150 ms RTT,`,
    "  1.6 Mbit/s, 4× CPU slowdown); categories performance, accessibility, best practices, SEO",
    `- Chromium ${pages[0]?.runs[0]?.chrome} (\`${CHROME_PATH}\`, through chrome-launcher), flags \`${CHROME_FLAGS.join(" ")}\``,
    `- ${RUNS} runs per page; Lighthouse's benchmark index of this machine (median): ${Math.round(benchmarkIndex)};`,
    "  2 cores shared with whatever else ran at the time, so the performance score moves by a few points",
    `- measured ${new Date().toISOString().slice(0, 10)}; load average at the end ${loadavg().map((load) => load.toFixed(1)).join(" / ")} (1 / 5 / 15 min)`,
    "",
    "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | SI | performance per run |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "Audits scored under 90 in any run (in how many runs):",
    "",
    ...flagged,
    "",
  ].join("\n");
}

async function main() {
  if (!existsSync(`${DIST_DIR}/BUILD_ID`)) throw new Error(`no production build in ${DIST_DIR}: run \`NEXT_DIST_DIR=${DIST_DIR} npx next build\` first`);
  const portal = startPortal();
  const stop = () => void stopPortal(portal).finally(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await waitForPortal(portal);
    const resultUrl = await statusResultUrl();
    const pages = [
      { label: "Status lookup", url: `${BASE}/status`, path: "/status" },
      { label: "Status result", url: resultUrl, path: "/status/[token]" },
    ];
    // one request each first: the server's first render of a route loads its code
    for (const { url } of pages) await fetch(url).then((r) => r.text());
    const results = [];
    for (const page of pages) {
      const runs: RunResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await runLighthouse(page.url));
        console.log(`${page.label} run ${i + 1}/${RUNS}: performance ${runs.at(-1)!.scores.performance}`);
      }
      results.push({ ...page, runs });
    }
    const markdown = report(results);
    writeFileSync(OUTPUT, markdown);
    console.log(`\n${markdown}\nwritten to ${OUTPUT}`);
  } finally {
    await stopPortal(portal);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
