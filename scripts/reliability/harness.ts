// What the reliability scripts share: a portal served from the production build in its own
// process group (so it can be SIGKILLed whole), staff signed in over HTTP, and server actions
// called as the browser calls them (e2e/server-actions.ts).
import { execFileSync, spawn } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { callServerAction, serverActions, type ActionBody, type ServerActionRef } from "../../e2e/server-actions";
import { createPrismaClient } from "../../lib/db/client";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { loadDemoData } from "../../prisma/demo-data";
import { loadReferenceData } from "../../prisma/reference-data";

const BIN = path.resolve("node_modules/.bin");
export const SESSION_SECRET = "reliability-secret-not-for-production-0123456789";
// a registration keeps the teacher's activation code under a key of the portal's secret
// (lib/auth/sign-in-code-values.ts): the harness's own processes (the seed, the backup test's
// registrations) register as its portal does, so they share the portal's secret
process.env.NEXTAUTH_SECRET ??= SESSION_SECRET;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a reliability script's `main` and exits 0 when it reports a pass: `cleanUp` runs however it
 * ends (a pass, a failure, an exception, Ctrl-C), and `onError` may add what helps (a log's tail).
 */
export async function runReliabilityTest(options: {
  name: string;
  main: () => Promise<boolean>;
  cleanUp: () => Promise<void>;
  onError?: () => void;
}): Promise<never> {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void options.cleanUp().finally(() => process.exit(130)));
  }
  let isPassed = false;
  try {
    isPassed = await options.main();
  } catch (error) {
    console.error(`${options.name} failed:`, error);
    options.onError?.();
  } finally {
    await options.cleanUp();
  }
  process.exit(isPassed ? 0 : 1);
}

/**
 * Migrates, then loads the reference data and the demo seed (its staff accounts, and
 * `applications` packages of past work) into the database `databaseUrl` names, as `npm run
 * db:reset` does with the seed's default of 200.
 */
export async function migrateAndSeed(databaseUrl: string, applications = 200) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" };
  execFileSync(path.join(BIN, "prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  const db = createPrismaClient(databaseUrl, 4);
  try {
    await loadReferenceData(db);
    await loadDemoData(db, { applications });
  } finally {
    await db.$disconnect();
  }
}

export interface Portal {
  readonly baseURL: string;
  /** signals the whole process group (the portal's entry, scripts/serve.mjs) */
  kill(signal: NodeJS.Signals): void;
  exited: Promise<void>;
}

/** The portal's entry (`next start` with the client's address) on the build in NEXT_DIST_DIR (default .next); its output goes to `logFile`. */
export function startPortal(options: { port: number; databaseUrl: string; logFile: string; env?: Record<string, string> }): Portal {
  const baseURL = `http://127.0.0.1:${options.port}`;
  const log = openSync(options.logFile, "a");
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(options.port)], {
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: SESSION_SECRET,
      // the demo's data and keys (lib/env.ts: production requires keys of its own)
      SANAT_MODE: "demo",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    baseURL,
    exited,
    kill(signal) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // the group is already gone
      }
    },
  };
}

/** Waits until the portal answers its sign-in page; returns how long that took. */
export async function waitForPortal(baseURL: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${baseURL}/sign-in`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`The portal at ${baseURL} did not answer within ${timeoutMs} ms`);
}

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

/** Signs in through next-auth's credentials endpoint, as e2e/authz/api-session.ts does; returns the Cookie header. */
export async function signIn(baseURL: string, login: string, password = DEMO_PASSWORD): Promise<string> {
  const jar = new Map<string, string>();
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ csrfToken, login, password, json: "true" }),
    redirect: "manual",
  });
  cookiesOf(callback, jar);
  const session = (await (await fetch(`${baseURL}/api/auth/session`, { headers: { Cookie: header() } })).json()) as { user?: { id?: string } };
  if (!session.user?.id) throw new Error(`${login} could not sign in at ${baseURL}`);
  return header();
}

/** The hand-over form as a clerk or operator sends it: the applicant herself, her identity document checked. */
export function handoverForm(applicationId: string, expectedVersion: number): ActionBody {
  const form = new FormData();
  form.append("applicationId", applicationId);
  form.append("expectedVersion", String(expectedVersion));
  form.append("recipient", "APPLICANT");
  form.append("isIdentityChecked", "on");
  return { form };
}

export type ActionOutcome = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

/** A signed-in staff member calling server actions; any answer other than `ok: true` is a failure to look into. */
export class StaffClient {
  private cookie = "";
  private readonly actions: Map<string, ServerActionRef>;

  constructor(
    readonly login: string,
    private readonly portal: () => string,
    distDir = process.env.NEXT_DIST_DIR ?? ".next",
  ) {
    this.actions = serverActions(distDir);
  }

  async call(name: "runTransition" | "decide" | "registerIntake" | "issueResultAction", body: ActionBody): Promise<ActionOutcome> {
    const action = this.actions.get(name);
    if (!action) throw new Error(`The build has no server action ${name}`);
    try {
      if (!this.cookie) this.cookie = await signIn(this.portal(), this.login);
      const response = await callServerAction(this.portal(), action, body, { cookie: this.cookie });
      const value = response.value as { ok?: boolean; data?: Record<string, unknown>; message?: string } | undefined;
      if (response.status === 200 && value?.ok === true) return { ok: true, data: value.data ?? {} };
      return { ok: false, reason: value?.message ?? `HTTP ${response.status}` };
    } catch (error) {
      // refused or reset connection while the portal or the database is down: the caller looks into it
      return { ok: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  }

}
