// npm run bench — the regional dashboard over a million applications (BENCH_ROWS to change):
// medians and 90th percentiles of each aggregate and of the whole 30-day view, on the real
// PostgreSQL 17 (embedded, its own data folder) or on BENCH_DATABASE_URL's server.
import { mkdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { createPrismaClient } from "../lib/db/client";
import { countReceived, refusalGroundCounts, totalFigures, waitingCounts } from "../lib/dashboard/aggregate";
import { parseDashboardFilter } from "../lib/dashboard/filters";
import { leagueTable } from "../lib/dashboard/league";
import type { Actor } from "../lib/domain/permissions";
import { loadReferenceData } from "../prisma/reference-data";
import { databaseUrl, startEmbeddedPostgres } from "../scripts/embedded-postgres";
import { fillApplications } from "./fill-applications";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NOW = new Date("2026-11-25T10:00:00Z");

function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: Math.round(at(0.5)), p90: Math.round(at(0.9)), min: Math.round(sorted[0]!), runs: sorted.length };
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm the plan cache and the pool
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function main() {
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres(".data/postgres-bench", 54370);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? embedded!.adminUrl;
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS sanat_bench WITH (FORCE)`);
  await admin.query(`CREATE DATABASE sanat_bench`);
  await admin.end();
  const url = databaseUrl(serverUrl, "sanat_bench");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const db = createPrismaClient(url, 10);
  try {
    await loadReferenceData(db);
    const filled = performance.now();
    await fillApplications(db, ROWS);
    console.log(`filled ${ROWS.toLocaleString("en")} applications in ${((performance.now() - filled) / 1000).toFixed(1)} s`);

    const region: Actor = { userId: "bench", role: "REGION_ADMIN", name: "bench", organizationId: null, applicantId: null };
    const filter = parseDashboardFilter({ from: "2026-10-27", to: "2026-11-25" });
    const pieces: [string, () => Promise<unknown>][] = [
      ["key figures", () => totalFigures(db, region, filter, NOW)],
      ["league table", () => leagueTable(db, region, filter, "kk", NOW)],
      ["refusal grounds", () => refusalGroundCounts(db, region, filter, NOW)],
      ["trend by week", () => countReceived(db, region, filter, "week", NOW)],
      ["split by channel", () => countReceived(db, region, filter, "channel", NOW)],
      ["waiting per step", () => waitingCounts(db, region, filter, NOW)],
    ];
    const wholeView = () =>
      Promise.all([
        ...pieces.map(([, run]) => run()),
        countReceived(db, region, filter, "kind", NOW),
        countReceived(db, region, filter, "category", NOW),
        countReceived(db, region, filter, "version", NOW),
      ]);
    const results: Record<string, ReturnType<typeof summarize>> = {};
    for (const [name, run] of pieces) results[name] = summarize(await time(run));
    results["whole 30-day view (parallel)"] = summarize(await time(wholeView));

    console.log(`\nregional dashboard, ${ROWS.toLocaleString("en")} applications, 30-day view, ${RUNS} runs each (ms):`);
    console.table(results);
    mkdirSync("bench/out", { recursive: true });
    writeFileSync("bench/out/dashboard.json", JSON.stringify({ rows: ROWS, runs: RUNS, at: new Date().toISOString(), results }, null, 2));
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
