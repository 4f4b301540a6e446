// Before/after, interleaved: two builds of the portal (two checkouts, each built into .next-d)
// served in turn on 127.0.0.1:3170 against the same generated database, A B A B …, each turn
// driving the same scenarios with autocannon; medians per build. On a machine shared with other
// work, only figures taken this way (same data, alternating, same minutes) compare.
//
//   tsx bench/ab.ts <database url> <checkout A> <checkout B> [rounds=3] [seconds=8] [scenario,…]
//
// Scenarios: status (POST /api/status, 50 clients), health50, executor (/executor, 10 clients),
// arrivals (/clerk?view=arrivals, 10 clients), health10.
import type { ChildProcess } from "node:child_process";
import { GENERATED_STAFF } from "../scripts/generate-data";
import { load, median, servePortal, signIn, statusLookupRequest, statusPairs, stopPortal, type Load } from "./load";

const PORT = 3170;
const BASE = `http://127.0.0.1:${PORT}`;

function serve(checkout: string, url: string): Promise<ChildProcess> {
  return servePortal({ port: PORT, databaseUrl: url, distDir: ".next-d", cwd: checkout });
}

async function stop(server: ChildProcess) {
  stopPortal(server);
  await new Promise((r) => setTimeout(r, 1500));
}

async function main() {
  const [url, checkoutA, checkoutB, roundsArg, secondsArg, scenariosArg] = process.argv.slice(2);
  if (!url || !checkoutA || !checkoutB) throw new Error("usage: tsx bench/ab.ts <database url> <checkout A> <checkout B> [rounds] [seconds] [scenarios]");
  const rounds = Number(roundsArg ?? 3);
  const duration = Number(secondsArg ?? 8);
  const scenarios = (scenariosArg ?? "health50,status,health10,executor,arrivals").split(",");
  const pairs = await statusPairs(url);
  const statusRequest = statusLookupRequest(pairs, BASE, Math.floor(Math.random() * pairs.length));
  const results: Record<string, Record<string, Load[]>> = { A: {}, B: {} };
  for (let round = 0; round < rounds; round++) {
    for (const [label, checkout] of [["A", checkoutA], ["B", checkoutB]] as const) {
      const server = await serve(checkout, url);
      try {
        const [clerk, executor] = await Promise.all([signIn(BASE, GENERATED_STAFF.clerk), signIn(BASE, GENERATED_STAFF.executor)]);
        for (const [path, cookie] of [["/executor", executor], ["/clerk?view=arrivals", clerk]] as const) {
          await fetch(`${BASE}${path}`, { headers: { cookie } }); // warm the route
        }
        for (const scenario of scenarios) {
          const page = (path: string, cookie: string) => load({ url: `${BASE}${path}`, connections: 10, duration, headers: { cookie } });
          const figure =
            scenario === "status"
              ? await load({ url: BASE, connections: 50, duration, requests: [statusRequest] })
              : scenario === "health50" ? await load({ url: `${BASE}/api/health`, connections: 50, duration })
              : scenario === "health10" ? await load({ url: `${BASE}/api/health`, connections: 10, duration })
              : scenario === "executor" ? await page("/executor", executor)
              : await page("/clerk?view=arrivals", clerk);
          (results[label]![scenario] ??= []).push(figure);
          console.log(`round ${round + 1} ${label} ${scenario.padEnd(9)} ${Math.round(figure.requestsPerSecond)}/s p50 ${figure.p50} ms p95 ${figure.p95} ms errors ${figure.errors}`);
        }
      } finally {
        await stop(server);
      }
    }
  }
  console.log(`\nmedians of ${rounds} interleaved runs of ${duration} s (A = ${checkoutA}, B = ${checkoutB})`);
  for (const scenario of scenarios) {
    for (const label of ["A", "B"]) {
      const runs = results[label]![scenario]!;
      console.log(
        `${label} ${scenario.padEnd(9)} ${Math.round(median(runs.map((r) => r.requestsPerSecond)))}/s ` +
          `p50 ${median(runs.map((r) => r.p50))} ms p95 ${median(runs.map((r) => r.p95))} ms errors ${runs.reduce((s, r) => s + r.errors, 0)}`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
