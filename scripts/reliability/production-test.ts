// The production mode, end to end over HTTP (issue #14, "Production mode"): on an empty database
// the two roles are made (`npm run db:roles`), `npm run start:production` starts the build as the
// portal's role, `npm run admin:create` prints the first administrator's one-time password; the
// administrator signs in with it, is sent to the password page by every workspace page, action
// and route handler until the password is changed, then signs in with the new one. No demo
// account exists, the users table holds only the new administrator, and the portal's role is
// refused UPDATE, DELETE, TRUNCATE (and ALTER) on the audit table while INSERT and SELECT work.
//
// Twice: on its own embedded PostgreSQL (a fresh folder), then on the PostgreSQL server at
// PRODUCTION_TEST_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres; "off" skips
// it) in a database of its own name, which it drops at the end with its own two roles, and only
// those. It serves the build the suite made (PRODUCTION_TEST_DIST_DIR, default .next).
//
//   npm run test:production
//   PRODUCTION_TEST_PORT (3120), PRODUCTION_TEST_PG_PORT (54334), PRODUCTION_TEST_PG_DIR (.data/postgres-production)
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { callServerAction, serverActions, type ServerActionRef } from "../../e2e/server-actions";
import { totpCode } from "../../lib/auth/totp";
import { MESSAGES } from "../../lib/i18n/messages";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { ORGANIZATIONS } from "../../prisma/reference/organizations";
import { startEmbeddedPostgres, type EmbeddedServer } from "../embedded-postgres";
import { roleNamesFor, urlAs, type RoleNames } from "../production/database-roles";
import { runReliabilityTest, sleep } from "./harness";

const PORT = Number(process.env.PRODUCTION_TEST_PORT ?? 3120);
const PG_PORT = Number(process.env.PRODUCTION_TEST_PG_PORT ?? 54334);
const PG_DIR = path.resolve(process.env.PRODUCTION_TEST_PG_DIR ?? ".data/postgres-production");
const SERVER_URL = process.env.PRODUCTION_TEST_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DIST_DIR = process.env.PRODUCTION_TEST_DIST_DIR ?? ".next";
const LOG_DIR = path.resolve("test-results/production");
const BASE = `http://127.0.0.1:${PORT}`;
const TSX = path.resolve("node_modules/.bin/tsx");
const ADMIN_LOGIN = "admin.mangystau";
const NEW_PASSWORD = `my own password ${randomBytes(4).toString("hex")}`;
/** the teacher the README's demo lists; the two staff accounts are DEMO_ACCOUNTS' */
const DEMO_TEACHER_IIN = "760907410001";
/** the portal's default language, in which a refusal is worded */
const kk = MESSAGES.kk;

const run = promisify(execFile);
let passed = 0;
const failures: string[] = [];

/** One named check: counted, and reported with what was seen when it fails. */
function check(name: string, isOk: boolean, seen?: unknown) {
  if (isOk) {
    passed++;
    console.log(`  ✓ ${name}`);
  } else {
    failures.push(name);
    console.log(`  ✗ ${name}${seen === undefined ? "" : `: ${typeof seen === "string" ? seen : JSON.stringify(seen)}`}`);
  }
}

// ── the portal ──────────────────────────────────────────────────────────────────────────────

interface Portal {
  process: ChildProcess;
  exited: Promise<number>;
  logFile: string;
}
let portal: Portal | null = null;

/** Something already answering on the port would be tested in the portal's place: refuse to start. */
async function assertPortFree() {
  const answered = await fetch(`${BASE}/`, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
  if (answered) throw new Error(`something already answers at ${BASE}: stop it, or set PRODUCTION_TEST_PORT`);
}

function startProduction(env: Record<string, string>, logName: string): Portal {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${logName}.log`);
  const log = openSync(logFile, "w");
  const child = spawn(TSX, ["scripts/start-production.ts"], {
    // only what a department would set, on top of a clean PATH: nothing of the suite's own leaks in
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? "/root", TZ: "Asia/Aqtau", NODE_ENV: "production", CHECKPOINT_DISABLE: "1", ...env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  closeSync(log);
  const exited = new Promise<number>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 0))));
  return { process: child, exited, logFile };
}

async function stopPortal(current: Portal | null) {
  if (!current || current.process.exitCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-current.process.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  if ((await Promise.race([current.exited, sleep(10_000).then(() => "timeout")])) === "timeout") signal("SIGKILL");
  await current.exited;
}

async function waitUntilServing(current: Portal, timeoutMs = 90_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (current.process.exitCode !== null) throw new Error(`start:production exited with ${current.process.exitCode}:\n${tail(current.logFile)}`);
    const answered = await fetch(`${BASE}/sign-in`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (answered) return;
    await sleep(250);
  }
  throw new Error(`the portal did not answer ${BASE}/sign-in within ${timeoutMs / 1000} s:\n${tail(current.logFile)}`);
}

function tail(file: string, lines = 30): string {
  return existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)";
}

// ── HTTP as a browser without JavaScript would speak it ───────────────────────────────────────

class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }
  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

interface SignedIn {
  cookie: string;
  user: { id: string; role: string; mustChangePassword?: boolean };
}

/** Signs in through next-auth's credentials endpoint; null when the portal does not let the login in. */
async function signIn(login: string, password: string, code?: string): Promise<SignedIn | null> {
  const jar = new CookieJar();
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header, Origin: BASE },
    // an account with a second factor gives its code (or a recovery code) in the same request
    body: new URLSearchParams({ csrfToken, login, password, json: "true", ...(code ? { code } : {}) }),
    redirect: "manual",
  });
  jar.take(callback);
  const session = (await (await fetch(`${BASE}/api/auth/session`, { headers: { Cookie: jar.header } })).json()) as { user?: SignedIn["user"] };
  return session.user?.id ? { cookie: jar.header, user: session.user } : null;
}

/** Where a page sends the visitor: its path when it redirects, "ok" when it renders. */
async function landing(pathname: string, cookie: string): Promise<string> {
  const response = await fetch(`${BASE}${pathname}`, { headers: { Cookie: cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status === 200) return "ok";
  const location = response.headers.get("location");
  return location ? new URL(location, BASE).pathname : `HTTP ${response.status}`;
}

interface StepTools {
  action: (name: string) => ServerActionRef;
  form: (fields: Record<string, string>) => { form: FormData };
}

/** What the enrolment hands out for later sign-ins: its own TOTP code is spent, a recovery code is not. */
const enrolled = { recoveryCodes: [] as string[] };

/**
 * The steps an administrator may have pending after the password in production, by the page
 * each is done at (lib/auth/pending-step.ts): the second factor (TOTP), enrolled as a person
 * would, with the key the page shows as text and the code an authenticator computes from it.
 */
const STEPS_AFTER_THE_PASSWORD: Record<string, (cookie: string, tools: StepTools) => Promise<void>> = {
  "/account/second-factor": async (cookie, { action, form }) => {
    const page = await (await fetch(`${BASE}/account/second-factor`, { headers: { Cookie: cookie } })).text();
    const secret = /data-testid="second-factor-secret"[^>]*>([A-Z2-7 ]+)</.exec(page)?.[1]?.replace(/\s/g, "");
    check("the enrolment page shows the second factor's key", Boolean(secret), page.slice(0, 300));
    if (!secret) return;
    const confirmed = await callServerAction(BASE, action("confirmSecondFactor"), form({ code: totpCode(secret, new Date()) }), { cookie });
    const codes = (confirmed.value as { data?: { recoveryCodes?: string[] } } | undefined)?.data?.recoveryCodes ?? [];
    check("the administrator turns on the second factor with the code its key gives, and gets recovery codes", codes.length === 10, confirmed.value ?? confirmed.raw.slice(0, 300));
    enrolled.recoveryCodes = codes;
  },
};

// ── one run ─────────────────────────────────────────────────────────────────────────────────

interface Target {
  name: string;
  /** a superuser on the server that will hold the database */
  adminUrl: string;
  database: string;
  /** whether to try the refusals that need a second start (run on one target only) */
  isThorough: boolean;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The error code and message PostgreSQL answers `text` with as the role of `url`, or "ok". */
async function attempt(url: string, text: string): Promise<string> {
  try {
    await sql(url, text);
    return "ok";
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return `${code ?? "?"} ${message}`;
  }
}

/** What this run made on a server and must drop: its database and its two roles, and nothing else. */
let made: { adminUrl: string; database: string; roles: RoleNames } | null = null;

async function dropOwn(adminUrl: string, database: string, roles: RoleNames) {
  await sql(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  for (const role of [roles.app, roles.owner]) await sql(adminUrl, `DROP ROLE IF EXISTS ${role}`);
}

async function runOn(target: Target) {
  console.log(`── ${target.name}: database ${target.database}`);
  const roles = roleNamesFor(target.database, {});
  const passwords = { owner: randomBytes(18).toString("base64url"), app: randomBytes(18).toString("base64url") };
  await dropOwn(target.adminUrl, target.database, roles); // a run killed before its clean-up left them
  made = { adminUrl: target.adminUrl, database: target.database, roles };
  const started = Date.now();
  try {
    const provisioned = await run(TSX, ["scripts/db-roles.ts"], {
      env: {
        ...process.env,
        DATABASE_ADMIN_URL: target.adminUrl,
        SANAT_DATABASE: target.database,
        SANAT_DB_OWNER_PASSWORD: passwords.owner,
        SANAT_DB_APP_PASSWORD: passwords.app,
      },
    });
    check("npm run db:roles makes the owner, the portal's role and the database", provisioned.stdout.includes(`DATABASE_URL=`) && provisioned.stdout.includes(roles.app), provisioned.stdout);
    const ownerUrl = urlAs(target.adminUrl, roles.owner, passwords.owner, target.database);
    const appUrl = urlAs(target.adminUrl, roles.app, passwords.app, target.database);
    const secrets = { NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), DOCUMENT_SIGNING_SECRET: randomBytes(32).toString("base64url") };
    const production = {
      DATABASE_URL: appUrl,
      DATABASE_OWNER_URL: ownerUrl,
      NEXTAUTH_URL: BASE,
      ...secrets,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      NEXT_DIST_DIR: DIST_DIR,
    };

    if (target.isThorough) {
      // a bad configuration stops the start before it touches the database, naming the variable
      const { DOCUMENT_SIGNING_SECRET: _missing, ...withoutKey } = production;
      const refused = startProduction({ ...withoutKey, NOTIFICATION_POLL_MS: "soon" }, "refused-configuration");
      const code = await refused.exited;
      const log = tail(refused.logFile);
      check(
        "a bad configuration fails at start, naming each variable",
        code !== 0 && log.includes("DOCUMENT_SIGNING_SECRET is required in production") && log.includes("NOTIFICATION_POLL_MS must be a whole number"),
        log,
      );
      const asOwner = startProduction({ ...production, DATABASE_URL: ownerUrl }, "refused-owner");
      check("the portal may not run as the tables' owner", (await asOwner.exited) !== 0 && tail(asOwner.logFile).includes("not the owner's"), tail(asOwner.logFile));
    }

    await assertPortFree();
    portal = startProduction(production, `${target.name}-start`);
    await waitUntilServing(portal);
    console.log(`  (serving ${((Date.now() - started) / 1000).toFixed(1)} s after the roles were made)`);
    check("the reference data is loaded", Number((await sql<{ n: string }>(appUrl, `SELECT count(*) AS n FROM "Organization"`))[0]!.n) === ORGANIZATIONS.length);
    check("the database holds no account before the first administrator", Number((await sql<{ n: string }>(appUrl, `SELECT count(*) AS n FROM "User"`))[0]!.n) === 0);

    // no demo account: not the clerk, not the administrator, not the README's teacher
    for (const login of [DEMO_ACCOUNTS.clerk.login, DEMO_ACCOUNTS.admin.login, DEMO_TEACHER_IIN]) {
      check(`the demo account ${login} cannot sign in`, (await signIn(login, DEMO_PASSWORD)) === null);
    }

    // the first administrator
    const created = await run(TSX, ["scripts/create-admin.ts", "--login", ADMIN_LOGIN, "--name", "Бірінші Әкімші"], {
      env: { ...process.env, DATABASE_URL: appUrl, NEXTAUTH_URL: BASE },
    });
    const oneTimePassword = /^\s+([a-z2-9]{5}(?:-[a-z2-9]{5}){3})$/m.exec(created.stdout)?.[1];
    check("npm run admin:create prints a one-time password", Boolean(oneTimePassword), created.stdout);
    if (!oneTimePassword) return;
    const first = await signIn(ADMIN_LOGIN, oneTimePassword);
    check("the administrator signs in with the one-time password", first?.user.role === "SYSTEM_ADMIN" && first.user.mustChangePassword === true, first?.user);
    if (!first) return;

    // before the change: every way in leads to the password page, or is refused
    check("a workspace page sends it to the password page first", (await landing("/admin", first.cookie)) === "/account/password");
    check("where sign-in lands is the password page", (await landing("/workspace", first.cookie)) === "/account/password");
    const queue = await fetch(`${BASE}/api/region/export?format=csv`, { headers: { Cookie: first.cookie } });
    const queueBody = (await queue.json().catch(() => ({}))) as { message?: string };
    check("a route handler refuses it (403, saying why)", queue.status === 403 && queueBody.message === kk.passwordChange.required, { status: queue.status, queueBody });
    const actions = serverActions(DIST_DIR);
    const action = (name: string): ServerActionRef => {
      const found = actions.get(name);
      if (!found) throw new Error(`the build in ${DIST_DIR} has no server action ${name}`);
      return found;
    };
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return { form: data };
    };
    const createUser = await callServerAction(BASE, action("createUserAction"), form({ login: "clerk.sneaked-in", fullName: "X", role: "CLERK", organizationId: "x", password: "a long password" }), { cookie: first.cookie });
    // the refusal keeps what was typed (the form's keepsTyped), never the password
    const refusal = createUser.value as { ok?: boolean; message?: string; fieldErrors?: object; values?: Record<string, string> } | undefined;
    check(
      "a server action refuses it, saying why, and keeps what was typed but the password",
      refusal?.ok === false && refusal.message === kk.passwordChange.required && JSON.stringify(refusal.fieldErrors) === "{}" &&
        refusal.values?.login === "clerk.sneaked-in" && !JSON.stringify(refusal.values).includes("a long password"),
      createUser.value ?? createUser.status,
    );
    check("the password page opens", (await landing("/account/password", first.cookie)) === "ok");

    const wrong = await callServerAction(BASE, action("changePasswordAction"), form({ currentPassword: "not the password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }), { cookie: first.cookie });
    check("a wrong current password is refused", (wrong.value as { ok?: boolean } | undefined)?.ok === false, wrong.value);
    const changed = await callServerAction(BASE, action("changePasswordAction"), form({ currentPassword: oneTimePassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }), { cookie: first.cookie });
    check("the administrator changes the password", (changed.value as { ok?: boolean } | undefined)?.ok === true, changed.value ?? changed.raw.slice(0, 300));

    // after the change: the next pending step, if production asks for one, then the workspace
    let next = await landing("/admin", first.cookie);
    const step = STEPS_AFTER_THE_PASSWORD[next];
    check("production asks the administrator for a second factor after the password", next === "/account/second-factor", next);
    if (step) {
      await step(first.cookie, { action, form });
      next = await landing("/admin", first.cookie);
    }
    check("the workspace opens once the password is changed", next === "ok", next);
    check("the one-time password no longer signs in", (await signIn(ADMIN_LOGIN, oneTimePassword)) === null);
    check("with a second factor, the password alone no longer signs in", (await signIn(ADMIN_LOGIN, NEW_PASSWORD)) === null);
    const again = await signIn(ADMIN_LOGIN, NEW_PASSWORD, enrolled.recoveryCodes[0]);
    check("the administrator signs in with the new password, nothing pending", again !== null && again.user.mustChangePassword === false, again?.user);

    const logins = (await sql<{ login: string }>(appUrl, `SELECT login FROM "User" ORDER BY login`)).map((r) => r.login);
    check("the users table holds only the new administrator", JSON.stringify(logins) === JSON.stringify([ADMIN_LOGIN]), logins);
    const audited = (await sql<{ action: string }>(appUrl, `SELECT DISTINCT action FROM "AuditEvent" ORDER BY action`)).map((r) => r.action);
    check(
      "the audit trail records the start, the administrator's creation and the password change",
      ["ACCOUNT_CHANGE_PASSWORD", "SYSTEM_CREATE_ADMINISTRATOR", "SYSTEM_PRODUCTION_START"].every((a) => audited.includes(a)),
      audited,
    );

    // least privilege, from the portal's own role
    const probe = await attempt(appUrl, `INSERT INTO "AuditEvent" (action, at) VALUES ('PRODUCTION_TEST_PROBE', now())`);
    check("the portal's role may INSERT into the audit table", probe === "ok", probe);
    check("the portal's role may SELECT the audit table", (await attempt(appUrl, `SELECT count(*) FROM "AuditEvent"`)) === "ok");
    for (const [what, text] of [
      ["UPDATE", `UPDATE "AuditEvent" SET action = 'REWRITTEN' WHERE action = 'PRODUCTION_TEST_PROBE'`],
      ["DELETE", `DELETE FROM "AuditEvent" WHERE action = 'PRODUCTION_TEST_PROBE'`],
      ["TRUNCATE", `TRUNCATE "AuditEvent"`],
      ["ALTER (its triggers)", `ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`],
    ] as const) {
      const answer = await attempt(appUrl, text);
      check(`the portal's role is refused ${what} on the audit table`, answer.startsWith("42501 "), answer);
    }
    // and the owner, who has the privileges, meets the triggers
    for (const [what, text] of [
      ["UPDATE", `UPDATE "AuditEvent" SET action = 'REWRITTEN' WHERE action = 'PRODUCTION_TEST_PROBE'`],
      ["TRUNCATE", `TRUNCATE "AuditEvent"`],
    ] as const) {
      const answer = await attempt(ownerUrl, text);
      check(`the owner's ${what} meets the append-only trigger`, answer.includes(`AuditEvent is append-only: ${what}`), answer);
    }
    check("the probe row is still there", Number((await sql<{ n: string }>(appUrl, `SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'PRODUCTION_TEST_PROBE'`))[0]!.n) === 1);

    if (target.isThorough) {
      // a restart loads nothing new and keeps the administrator's password
      await stopPortal(portal);
      const before = await sql<{ n: string }>(appUrl, `SELECT (SELECT count(*) FROM "Organization") + (SELECT count(*) FROM "Holiday") + (SELECT count(*) FROM "RegulationVersion") AS n`);
      await assertPortFree();
      portal = startProduction(production, `${target.name}-restart`);
      await waitUntilServing(portal);
      const after = await sql<{ n: string }>(appUrl, `SELECT (SELECT count(*) FROM "Organization") + (SELECT count(*) FROM "Holiday") + (SELECT count(*) FROM "RegulationVersion") AS n`);
      check("a restart adds no reference data", before[0]!.n === after[0]!.n && tail(portal.logFile).includes("Reference data: nothing to add."), tail(portal.logFile, 8));
      // with the second factor: another of the recovery codes (each signs in once)
      check("after the restart the new password still signs in", (await signIn(ADMIN_LOGIN, NEW_PASSWORD, enrolled.recoveryCodes[1])) !== null);
    }
  } finally {
    await stopPortal(portal);
    portal = null;
    await dropOwn(target.adminUrl, target.database, roles);
    made = null;
  }
}

// ── the two servers ─────────────────────────────────────────────────────────────────────────

let embedded: EmbeddedServer | null = null;

async function serverIsReachable(url: string): Promise<boolean> {
  return sql(url, "SELECT 1").then(
    () => true,
    () => false,
  );
}

async function main(): Promise<boolean> {
  const started = Date.now();
  if (!existsSync(path.join(DIST_DIR, "BUILD_ID"))) throw new Error(`no build in ${DIST_DIR}: run \`npx next build\` first (npm test makes one)`);
  rmSync(PG_DIR, { recursive: true, force: true });
  embedded = await startEmbeddedPostgres(PG_DIR, PG_PORT);
  await runOn({ name: "embedded", adminUrl: embedded.adminUrl, database: "sanat_production", isThorough: true });
  await embedded.stop();
  embedded = null;

  if (SERVER_URL === "off") console.log("── the PostgreSQL server: skipped (PRODUCTION_TEST_SERVER_URL=off)");
  else if (!(await serverIsReachable(SERVER_URL)) && !process.env.CI) console.log(`── the PostgreSQL server: skipped (nothing answers at ${new URL(SERVER_URL).host})`);
  else await runOn({ name: "server", adminUrl: SERVER_URL, database: `sanat_production_test_${process.pid}`, isThorough: false });

  console.log(`production: ${passed} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return failures.length === 0;
}

await runReliabilityTest({
  name: "production test",
  main,
  cleanUp: async () => {
    await stopPortal(portal);
    if (made) await dropOwn(made.adminUrl, made.database, made.roles).catch((error: unknown) => console.error("could not drop", made?.database, error));
    await embedded?.stop().catch(() => {});
  },
  onError: () => portal && console.error(tail(portal.logFile)),
});
