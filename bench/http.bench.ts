// npm run bench — the portal under HTTP load (autocannon) against the production build on
// 127.0.0.1, over generated data (scripts/generate-data.ts), each figure beside its baseline from
// the same run; then state transitions per second through the use-cases; the whole workload on
// the embedded PostgreSQL and on the machine's server. Medians of BENCH_RUNS runs go to
// bench/RESULTS.md (bench/out/RESULTS-smoke.md with BENCH_SMOKE=1: tiny data, one short run).
//
// BENCH_ROWS (1,000,000)  BENCH_RUNS (3)  BENCH_DURATION seconds per run (10)
// BENCH_REUSE=1           keep a database that already holds BENCH_ROWS generated applications
// BENCH_BUILD=1           rebuild .next-d even if a build is there
// BENCH_SERVER_URL        the machine's server (postgresql://postgres@127.0.0.1:5432/postgres); "off" to skip
// BENCH_DIST_DIR          the production build to serve (.next-d; CI passes the .next its tests just built)
//
// bench/RESULTS.md ends with bench/FIXES.md (the fixes measured before/after, written by hand),
// so a new run replaces the measured tables and keeps that record.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type autocannon from "autocannon";
import pg from "pg";
import { createPrismaClient } from "../lib/db/client";
import { loadDashboardView } from "../lib/dashboard/dashboard-view";
import { parseDashboardFilter } from "../lib/dashboard/filters";
import type { Actor } from "../lib/domain/permissions";
import { databaseUrl } from "../scripts/embedded-postgres";
import { DEFAULT_OPTIONS, GENERATED_STAFF, generateData, progressBar } from "../scripts/generate-data";
import { freshDatabase, startBenchPostgres } from "./database";
import { BENCH_SECRET, load, median, percentile, servePortal, signIn, statusLookupRequest, statusPairs, stopPortal, type Load } from "./load";
import { measurePageWeight, type RouteWeight } from "./page-weight";
import type { TransitionResult } from "./transitions";

const IS_SMOKE = process.env.BENCH_SMOKE === "1";
const ROWS = Number(process.env.BENCH_ROWS ?? (IS_SMOKE ? 2_000 : DEFAULT_OPTIONS.applications));
const RUNS = Number(process.env.BENCH_RUNS ?? (IS_SMOKE ? 1 : 3));
const DURATION = Number(process.env.BENCH_DURATION ?? (IS_SMOKE ? 2 : 10));
const PORT = 3170;
const BASE = `http://127.0.0.1:${PORT}`;
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next";
const SERVER_URL = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const WORKERS = 8;
const OUTPUT = IS_SMOKE ? "bench/out/RESULTS-smoke.md" : "bench/RESULTS.md";

/** One autocannon run of BENCH_DURATION seconds. */
const loadFor = (options: autocannon.Options) => load({ duration: DURATION, ...options });

/** BENCH_RUNS runs of a scenario, summarized by the median of each figure. */
async function repeated(run: () => Promise<Load>): Promise<Load> {
  const results: Load[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await run());
  return {
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

async function prepareDatabase(serverUrl: string, name: string): Promise<{ url: string; generatedSeconds: number | null }> {
  if (process.env.BENCH_REUSE === "1") {
    const url = databaseUrl(serverUrl, name);
    const client = new pg.Client({ connectionString: url });
    const count = await client.connect().then(
      () => client.query<{ n: string }>(`SELECT count(*) AS n FROM "Application" WHERE id LIKE 'gen-a-%'`).then((r) => Number(r.rows[0]!.n)),
      () => -1,
    );
    await client.end().catch(() => undefined);
    if (count === ROWS) return { url, generatedSeconds: null };
  }
  const url = await freshDatabase(serverUrl, name);
  const { seconds } = await generateData(url, { applications: ROWS, onProgress: progressBar(`generating ${name}`) });
  return { url, generatedSeconds: seconds };
}

interface TargetResult {
  label: string;
  /** the machine's 1-minute load average when the target's measurements began and ended */
  loadAverage: { atStart: number; atEnd: number };
  generatedSeconds: number | null;
  health50: Load;
  status50: Load;
  health10: Load;
  executorQueue: Load;
  clerkArrivals: Load;
  health1: Load;
  dashboardPage: Load;
  dashboardDirect: { p50: number; p95: number };
  transitions: { perSecond: number; perSecondTwoProcesses: number; concurrency: number; transitions: number };
}

/** One run of bench/transitions.ts: WORKERS workers split over `processes` child processes, summed. */
async function transitionRun(url: string, processes: number, runId: number): Promise<TransitionResult> {
  const children = Array.from({ length: processes }, (_, p) =>
    new Promise<TransitionResult>((resolve, reject) => {
      const args = ["tsx", "bench/transitions.ts", url, String(DURATION), String(WORKERS / processes), String(runId * 10 + p)];
      execFile("npx", args, { encoding: "utf8", timeout: (DURATION + 60) * 1000 }, (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").pop()!) as TransitionResult),
      );
    }),
  );
  const results = await Promise.all(children);
  return {
    transitions: results.reduce((sum, r) => sum + r.transitions, 0),
    seconds: Math.max(...results.map((r) => r.seconds)),
    perSecond: results.reduce((sum, r) => sum + r.perSecond, 0),
    concurrency: WORKERS,
  };
}

async function benchTarget(label: string, serverUrl: string, database: string): Promise<TargetResult> {
  console.log(`\n== ${label}`);
  const { url, generatedSeconds } = await prepareDatabase(serverUrl, database);
  const server = await servePortal({ port: PORT, databaseUrl: url, distDir: DIST_DIR });
  try {
    const pairs = await statusPairs(url);
    const [clerk, executor, region] = await Promise.all([
      signIn(BASE, GENERATED_STAFF.clerk),
      signIn(BASE, GENERATED_STAFF.executor),
      signIn(BASE, GENERATED_STAFF.region),
    ]);
    const statusRequest = statusLookupRequest(pairs, BASE);
    const health = (connections: number) => () => loadFor({ url: `${BASE}/api/health`, connections });
    const page = (path: string, cookie: string, connections: number) => () =>
      loadFor({ url: `${BASE}${path}`, connections, headers: { cookie } });
    const dashboardPath = "/region?from=2026-10-27&to=2026-11-25";

    // warm the routes once (compilation of server chunks, plan caches)
    for (const [path, cookie] of [["/executor", executor], ["/clerk?view=arrivals", clerk], [dashboardPath, region]] as const) {
      const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status} to the signed-in bench user`);
    }
    const lookup = await fetch(`${BASE}/api/status`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": "10.255.255.254" },
      body: JSON.stringify(pairs[0]),
    });
    if (lookup.status !== 200) throw new Error(`/api/status answered ${lookup.status} to a generated package's number, IIN and access code`);
    const loadAtStart = os.loadavg()[0]!;
    const result = {
      health50: await repeated(health(50)),
      status50: await repeated(() => loadFor({ url: BASE, connections: 50, requests: [statusRequest] })),
      health10: await repeated(health(10)),
      executorQueue: await repeated(page("/executor", executor, 10)),
      clerkArrivals: await repeated(page("/clerk?view=arrivals", clerk, 10)),
      health1: await repeated(health(1)),
      dashboardPage: await repeated(page(dashboardPath, region, 1)),
    };
    console.log(result);

    const db = createPrismaClient(url, 10);
    let dashboardDirect: { p50: number; p95: number };
    try {
      const actor: Actor = { userId: "gen-region", role: "REGION_ADMIN", name: "bench", organizationId: null, applicantId: null };
      const filter = parseDashboardFilter({ from: "2026-10-27", to: "2026-11-25" });
      const times: number[] = [];
      const until = performance.now() + DURATION * 1000;
      await loadDashboardView(db, actor, filter, "kk", new Date());
      while (performance.now() < until || times.length < 5) {
        const started = performance.now();
        await loadDashboardView(db, actor, filter, "kk", new Date());
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      dashboardDirect = { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
    } finally {
      await db.$disconnect();
    }
    // transitions last (they add packages), with the portal stopped: its outbox worker would
    // compete for the same rows and cores (and a run beside it stalled once, not yet understood)
    stopPortal(server);
    await new Promise((r) => setTimeout(r, 2000));
    // one process with all the workers, then the same workers split over two processes (two
    // portal replicas): one Node process is CPU-bound by Prisma's query compiler before
    // PostgreSQL is, so the second figure is what a deployment with replicas sees
    const oneProcess = [];
    const twoProcesses = [];
    for (let i = 0; i < RUNS; i++) {
      oneProcess.push(await transitionRun(url, 1, i + 1));
      twoProcesses.push(await transitionRun(url, 2, RUNS + i + 1));
    }
    const transitions = {
      perSecond: median(oneProcess.map((r) => r.perSecond)),
      perSecondTwoProcesses: median(twoProcesses.map((r) => r.perSecond)),
      concurrency: WORKERS,
      transitions: [...oneProcess, ...twoProcesses].reduce((sum, r) => sum + r.transitions, 0),
    };
    console.log({ dashboardDirect, transitions });
    const loadAverage = { atStart: loadAtStart, atEnd: os.loadavg()[0]! };
    return { label, loadAverage, generatedSeconds, ...result, dashboardDirect, transitions };
  } finally {
    stopPortal(server); // a no-op when already stopped before the transitions
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const METHOD_NOTES = [
  "## How each figure is taken",
  "",
  "- Status lookup: each request is another (registration number, IIN) pair of the generated data, from another " +
    "`X-Forwarded-For` address, as behind the load balancer (the portal is started with TRUSTED_PROXY_HOPS=1, the bench " +
    "standing in for that proxy): the rate-limit counters are written as in production but no limit is reached, so the route " +
    "needs no exemption.",
  "- Pages: signed in through next-auth's credentials callback (csrf token and cookie), then autocannon with the session cookie; " +
    "p50/p95 from every response's time (autocannon's own summary has no p95).",
  "- Dashboard baseline: `loadDashboardView` (the page's nine aggregates) called in the bench process on its own pool of 10.",
  "- Transitions: child processes drive new packages through registerPackage → takeForReview → acceptDocuments → issueResult " +
    "(each a transaction with its audit event and the applicant's email and SMS outbox rows), with the portal stopped; per second " +
    "over the whole run; the runs of one process and of two processes alternate.",
];

const ms = (value: number) => `${Math.round(value)} ms`;
const rps = (value: number) => `${Math.round(value).toLocaleString("en")}/s`;
const pct = (value: number) => `${Math.round(value * 100)} %`;

function report(targets: TargetResult[], weights: RouteWeight[], serverVersion: string): string {
  const lines: string[] = [];
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  lines.push(
    `# Sanat under load${IS_SMOKE ? " (smoke run: tiny data, figures mean nothing)" : ""}`,
    "",
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} × ${cpu}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node.js ${process.version}, over ${ROWS.toLocaleString("en")} generated ` +
      `applications (${DEFAULT_OPTIONS.organizations} providers, ${DEFAULT_OPTIONS.teachers.toLocaleString("en")} teachers, seed ${DEFAULT_OPTIONS.seed}). ` +
      `Every figure is the median of ${RUNS} runs of ${DURATION} s, next to its baseline from the same run. The portal is the production build ` +
      "(`next start`) on 127.0.0.1; autocannon runs on the same two cores, as does PostgreSQL, so absolute figures are lower than on a " +
      "real deployment. Other work on the machine changes every figure (the constant-JSON baseline fell several-fold under " +
      "end-to-end tests in earlier runs): each target states the load average it ran under, and each figure is best compared with " +
      "its baseline from the same run.",
    "",
    "Reproduce: `npm run bench` (about 20 minutes; `BENCH_REUSE=1` keeps generated databases, `BENCH_ROWS`, `BENCH_RUNS`, `BENCH_DURATION`).",
    "",
  );
  for (const t of targets) {
    const statusShare = t.status50.requestsPerSecond / t.health50.requestsPerSecond;
    const dashboardRatio = t.dashboardPage.p50 / t.dashboardDirect.p50;
    lines.push(
      `## ${t.label}`,
      "",
      `${t.generatedSeconds === null ? "Data: reused from an earlier run." : `Data generated in ${Math.round(t.generatedSeconds)} s.`} ` +
        `Load average (1 min) ${t.loadAverage.atStart.toFixed(1)} when the measurements began, ${t.loadAverage.atEnd.toFixed(1)} when they ended ` +
        "(2 cores; the bench's own load included).",
      "",
      "| scenario | figure | baseline (same run) | target | met |",
      "|---|---|---|---|---|",
      `| public status lookup, POST /api/status, 50 clients | ${rps(t.status50.requestsPerSecond)}, p95 ${ms(t.status50.p95)} | ` +
        `constant JSON /api/health: ${rps(t.health50.requestsPerSecond)}, p95 ${ms(t.health50.p95)} → ${pct(statusShare)} of it | ` +
        `≥ 60 %, p95 < 50 ms | ${statusShare >= 0.6 && t.status50.p95 < 50 ? "yes" : "no"} |`,
      `| executor's queue page /executor, 10 clients | p50 ${ms(t.executorQueue.p50)}, p95 ${ms(t.executorQueue.p95)}, ${rps(t.executorQueue.requestsPerSecond)} | ` +
        `/api/health, 10 clients: p50 ${ms(t.health10.p50)}, p95 ${ms(t.health10.p95)} | p95 < 150 ms | ${t.executorQueue.p95 < 150 ? "yes" : "no"} |`,
      `| clerk's arrivals /clerk?view=arrivals, 10 clients | p50 ${ms(t.clerkArrivals.p50)}, p95 ${ms(t.clerkArrivals.p95)}, ${rps(t.clerkArrivals.requestsPerSecond)} | ` +
        `same as above | p95 < 150 ms | ${t.clerkArrivals.p95 < 150 ? "yes" : "no"} |`,
      `| regional dashboard, 30-day view, page /region, 1 client | p50 ${ms(t.dashboardPage.p50)}, p95 ${ms(t.dashboardPage.p95)} | ` +
        `its queries called in-process (loadDashboardView): p50 ${ms(t.dashboardDirect.p50)}, p95 ${ms(t.dashboardDirect.p95)} → ${dashboardRatio.toFixed(2)}× | ` +
        `≤ 2×, < 300 ms | ${dashboardRatio <= 2 && t.dashboardPage.p95 < 300 ? "yes" : "no"} |`,
      `| state transitions with audit events and outbox rows (register → take → accept → issue), ${t.transitions.concurrency} workers in one process | ${rps(t.transitions.perSecond)} | ` +
        `${t.transitions.transitions.toLocaleString("en")} transitions in all runs | ≥ 300/s | ${t.transitions.perSecond >= 300 ? "yes" : "no"} |`,
      `| the same, ${t.transitions.concurrency} workers over two processes (two replicas) | ${rps(t.transitions.perSecondTwoProcesses)} | ` +
        `one process: ${rps(t.transitions.perSecond)} | ≥ 300/s | ${t.transitions.perSecondTwoProcesses >= 300 ? "yes" : "no"} |`,
      "",
      `Failed or non-2xx responses over all runs: status ${t.status50.errors}, queue ${t.executorQueue.errors}, arrivals ${t.clerkArrivals.errors}, ` +
        `dashboard ${t.dashboardPage.errors}, health ${t.health50.errors + t.health10.errors + t.health1.errors}.`,
      "",
    );
  }
  if (targets.length === 2) {
    const [a, b] = targets as [TargetResult, TargetResult];
    const ratio = (x: number, y: number) => (Math.max(x, y) / Math.min(x, y)).toFixed(2);
    lines.push(
      `## Embedded PostgreSQL 17 against the machine's server (${serverVersion})`,
      "",
      "| figure | embedded | server | ratio (slower / faster) |",
      "|---|---|---|---|",
      `| status lookup, requests/s | ${rps(a.status50.requestsPerSecond)} | ${rps(b.status50.requestsPerSecond)} | ${ratio(a.status50.requestsPerSecond, b.status50.requestsPerSecond)} |`,
      `| executor's queue p95 | ${ms(a.executorQueue.p95)} | ${ms(b.executorQueue.p95)} | ${ratio(a.executorQueue.p95, b.executorQueue.p95)} |`,
      `| clerk's arrivals p95 | ${ms(a.clerkArrivals.p95)} | ${ms(b.clerkArrivals.p95)} | ${ratio(a.clerkArrivals.p95, b.clerkArrivals.p95)} |`,
      `| dashboard page p50 | ${ms(a.dashboardPage.p50)} | ${ms(b.dashboardPage.p50)} | ${ratio(a.dashboardPage.p50, b.dashboardPage.p50)} |`,
      `| transitions/s, one process | ${rps(a.transitions.perSecond)} | ${rps(b.transitions.perSecond)} | ${ratio(a.transitions.perSecond, b.transitions.perSecond)} |`,
      `| transitions/s, two processes | ${rps(a.transitions.perSecondTwoProcesses)} | ${rps(b.transitions.perSecondTwoProcesses)} | ${ratio(a.transitions.perSecondTwoProcesses, b.transitions.perSecondTwoProcesses)} |`,
      "",
      "Target: within 1.2×.",
      "",
    );
  }
  lines.push(...METHOD_NOTES, "");
  lines.push(
    "## First-load JavaScript per route (gzip)",
    "",
    "From the build's client reference manifests: every chunk a route's first load brings, gzip level 9. Target for applicant pages: ≤ 120 KB.",
    "",
    "| route | files | gzip | applicant page | ≤ 120 KB |",
    "|---|---|---|---|---|",
    ...weights.map(
      (w) => `| ${w.route} | ${w.files} | ${(w.gzipBytes / 1024).toFixed(1)} KB | ${w.isApplicantPage ? "yes" : ""} | ${w.isApplicantPage ? (w.gzipBytes <= 120 * 1024 ? "yes" : "no") : ""} |`,
    ),
    "",
  );
  if (!IS_SMOKE && existsSync(FIXES)) {
    // the record of fixes is kept by hand in its own file: a rerun must not lose it
    lines.push(...readFileSync(FIXES, "utf8").replace(/^# .*\n/, "## Fixes, with before/after\n").trimEnd().split("\n"), "");
  }
  return lines.join("\n");
}

const FIXES = "bench/FIXES.md";

async function main() {
  if (!existsSync(`${DIST_DIR}/BUILD_ID`) || process.env.BENCH_BUILD === "1") {
    console.log(`building into ${DIST_DIR}…`);
    execFileSync("npx", ["next", "build"], {
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXTAUTH_SECRET: BENCH_SECRET, DATABASE_URL: "postgresql://postgres@127.0.0.1:54370/sanat_bench_http" },
      stdio: "inherit",
    });
  }
  const weights = measurePageWeight(DIST_DIR);
  const targets: TargetResult[] = [];
  const embedded = await startBenchPostgres();
  try {
    targets.push(await benchTarget("Embedded PostgreSQL 17 (embedded-postgres, port 54370)", embedded.adminUrl, IS_SMOKE ? "sanat_bench_smoke" : "sanat_bench_http"));
  } finally {
    await embedded.stop();
  }
  let serverVersion = "";
  if (SERVER_URL !== "off" && !IS_SMOKE) {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    serverVersion = ((await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v);
    await client.end();
    targets.push(await benchTarget(`The machine's PostgreSQL ${serverVersion} (127.0.0.1:5432)`, SERVER_URL, "sanat_bench_http"));
  }
  mkdirSync("bench/out", { recursive: true });
  writeFileSync(OUTPUT, report(targets, weights, `PostgreSQL ${serverVersion}`));
  writeFileSync(`bench/out/http${IS_SMOKE ? "-smoke" : ""}.json`, JSON.stringify({ rows: ROWS, runs: RUNS, targets, weights }, null, 2));
  console.log(`\nwritten to ${OUTPUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
