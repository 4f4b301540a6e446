// Before/after, interleaved: two builds of the portal (two checkouts, each built into .next-d)
// served in turn on 127.0.0.1:3170 against the same generated database, A B A B …, each turn
// driving the same scenarios with autocannon; medians per build. On a machine shared with other
// work, only figures taken this way (same data, alternating, same minutes) compare.
//
//   tsx bench/ab.ts <database url> <checkout A> <checkout B> [rounds=3] [seconds=8] [scenario,…]
//
// Scenarios: status (POST /api/status, 50 clients), health50, executor (/executor, 10 clients),
// arrivals (/clerk?view=arrivals, 10 clients), health10.
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
import { GENERATED_STAFF } from "../scripts/generate-data";

const PORT = 3170;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "bench-secret-not-for-production-0123";

interface Figure {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};

function load(options: autocannon.Options): Promise<Figure> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
      resolve({ requestsPerSecond: result.requests.average, p50: at(0.5), p95: at(0.95), errors: result.errors + result.timeouts + result.non2xx });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

async function signIn(login: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, login, password: GENERATED_STAFF.password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`could not sign in as ${login} (HTTP ${response.status})`);
  return session.split(";")[0]!;
}

async function serve(checkout: string, url: string): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: checkout,
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: ".next-d", DATABASE_URL: url, NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: SECRET },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    if (await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the portal did not start");
}

async function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
}

async function main() {
  const [url, checkoutA, checkoutB, roundsArg, secondsArg, scenariosArg] = process.argv.slice(2);
  if (!url || !checkoutA || !checkoutB) throw new Error("usage: tsx bench/ab.ts <database url> <checkout A> <checkout B> [rounds] [seconds] [scenarios]");
  const rounds = Number(roundsArg ?? 3);
  const duration = Number(secondsArg ?? 8);
  const scenarios = (scenariosArg ?? "health50,status,health10,executor,arrivals").split(",");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: pairs } = await client.query<{ registrationNumber: string; iin: string }>(
    `SELECT a."registrationNumber", p.iin FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId"
     WHERE a.id LIKE 'gen-a-%' ORDER BY md5(a.id) LIMIT 50000`,
  );
  await client.end();
  let next = Math.floor(Math.random() * pairs.length);
  const results: Record<string, Record<string, Figure[]>> = { A: {}, B: {} };
  for (let round = 0; round < rounds; round++) {
    for (const [label, checkout] of [["A", checkoutA], ["B", checkoutB]] as const) {
      const server = await serve(checkout, url);
      try {
        const [clerk, executor] = await Promise.all([signIn(GENERATED_STAFF.clerk), signIn(GENERATED_STAFF.executor)]);
        for (const [path, cookie] of [["/executor", executor], ["/clerk?view=arrivals", clerk]] as const) {
          await fetch(`${BASE}${path}`, { headers: { cookie } }); // warm the route
        }
        for (const scenario of scenarios) {
          const page = (path: string, cookie: string) => load({ url: `${BASE}${path}`, connections: 10, duration, headers: { cookie } });
          const figure =
            scenario === "status"
              ? await load({
                  url: BASE,
                  connections: 50,
                  duration,
                  requests: [{
                    method: "POST",
                    path: "/api/status",
                    setupRequest: (request) => {
                      const pair = pairs[next++ % pairs.length]!;
                      const address = `10.${(next >> 16) & 255}.${(next >> 8) & 255}.${next & 255}`;
                      return { ...request, headers: { "content-type": "application/json", "x-forwarded-for": address }, body: JSON.stringify(pair) };
                    },
                  }],
                })
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
