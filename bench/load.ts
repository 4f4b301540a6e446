// What the HTTP benchmarks share: autocannon runs with their p50/p95, signing in as a generated
// staff member, serving a production build on 127.0.0.1, and the status-lookup request that
// asks for another generated package from another client address each time.
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
import { GENERATED_STAFF } from "../scripts/generate-data";

export interface Load {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

export const BENCH_SECRET = "bench-secret-not-for-production-0123";

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};

export const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** One autocannon run; p95 from every response time (autocannon's own summary has no p95). */
export function load(options: autocannon.Options): Promise<Load> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      resolve({
        requestsPerSecond: result.requests.average,
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        errors: result.errors + result.timeouts + result.non2xx,
      });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** Signs in through next-auth's credentials callback (csrf token and cookie); returns the session cookie. */
export async function signIn(base: string, login: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, login, password: GENERATED_STAFF.password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`could not sign in as ${login} (HTTP ${response.status})`);
  return session.split(";")[0]!;
}

/**
 * The production build served by the portal's entry (scripts/serve.mjs) on 127.0.0.1, in its own
 * process group; resolves once /api/health answers. The bench stands in for the load balancer: it
 * writes each status lookup's X-Forwarded-For itself, so the portal trusts one proxy hop.
 */
export async function servePortal(options: { port: number; databaseUrl: string; distDir: string; cwd?: string }): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${options.port}`;
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(options.port)], {
    cwd: options.cwd,
    env: {
      ...process.env,
      NODE_ENV: "production",
      // the benchmark's data and keys are the demo's (lib/env.ts: production requires its own keys)
      SANAT_MODE: "demo",
      NEXT_DIST_DIR: options.distDir,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: BENCH_SECRET,
      TRUSTED_PROXY_HOPS: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the portal exited with ${server.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  stopPortal(server);
  throw new Error("the portal did not answer /api/health within two minutes");
}

export function stopPortal(server: ChildProcess) {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already stopped
  }
}

export interface StatusPair {
  registrationNumber: string;
  iin: string;
  accessCode: string;
}

/** Up to 50,000 (number, IIN, access code) triples of generated packages, in a fixed shuffled order. */
export async function statusPairs(url: string): Promise<StatusPair[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<StatusPair>(
      `SELECT a."registrationNumber", p.iin, a."accessCode" FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId"
       WHERE a.id LIKE 'gen-a-%' ORDER BY md5(a.id) LIMIT 50000`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * POST /api/status for another teacher from another address each time, as behind the load
 * balancer: the rate-limit counters are written as in production but no limit is reached.
 */
export function statusLookupRequest(pairs: StatusPair[], origin: string, start = 0): autocannon.Request {
  let next = start;
  return {
    method: "POST",
    path: "/api/status",
    setupRequest: (request) => {
      const pair = pairs[next++ % pairs.length]!;
      return {
        ...request,
        // a POST to /api must name the portal's own origin (proxy.ts)
        headers: { "content-type": "application/json", origin, "x-forwarded-for": `10.${(next >> 16) & 255}.${(next >> 8) & 255}.${next & 255}` },
        body: JSON.stringify(pair),
      };
    },
  };
}
