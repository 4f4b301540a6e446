// Crash test (issue #8): under load, SIGKILL the portal and restart PostgreSQL abruptly; then
// prove in SQL that every acknowledged transition is there with its audit event, nothing is
// half-written, registration numbers have no gaps, and every queued notification was delivered
// exactly once.
//
//   NEXT_DIST_DIR=.next npx tsx scripts/reliability/crash-test.ts     (npm run test:crash)
//
// It needs a production build and nothing else: its own embedded PostgreSQL 17 (CRASH_PG_DIR,
// CRASH_PG_PORT), wiped at the start, so it can be stopped with `pg_ctl stop -m immediate`
// whatever server the rest of the suite uses. Exits non-zero on any violation.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { makeIin } from "../../lib/domain/identity";
import { regulationRulesSchema, requiredChecklist, versionInForce } from "../../lib/domain/regulation-version";
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from "../embedded-postgres";
import { handoverForm, migrateAndSeed, runReliabilityTest, sleep, startPortal, StaffClient, waitForPortal, type Portal } from "./harness";

const PG_PORT = Number(process.env.CRASH_PG_PORT ?? 54332);
const PG_DIR = path.resolve(process.env.CRASH_PG_DIR ?? ".data/postgres-crash");
const PORTAL_PORT = Number(process.env.CRASH_PORTAL_PORT ?? 3110);
const LOG_FILE = path.resolve(".data/reliability/crash-portal.log");
/** acknowledged transitions each phase must add before the next fault: proof that work goes on */
const PROGRESS_PER_PHASE = 20;
const PHASE_LIMIT_MS = 40_000;
const DRAIN_LIMIT_MS = 60_000;

type Phase = "warm-up" | "portal killed" | "after portal restart" | "database down" | "after database restart" | "draining";
let phase: Phase = "warm-up";
const failuresByPhase = new Map<Phase, number>();
let isStopping = false;

interface Ack {
  applicationId: string;
  action: string;
  toState: string;
  /** the application's version right after this transition */
  version: number;
  /** when the request was sent and when its answer came */
  sentAt: number;
  at: number;
}
const acks: Ack[] = [];

interface TrackedApplication {
  id: string;
  channel: "OFFICE" | "STATE_CORP";
  state: string;
  version: number;
}

/** The staff of one lane drive their own applications through the whole life cycle. */
interface Lane {
  name: string;
  channel: "OFFICE" | "STATE_CORP";
  clerk: StaffClient;
  executor: StaffClient;
  operator?: StaffClient;
  providerId?: string;
}

let portal: Portal;
let server: EmbeddedServer;
let appUrl = "";
let db: pg.Pool;
let serial = 0;
let loadStartedAt = 0;
let decisions = 0;

const RANK: Record<string, number> = {
  CORP_ACCEPTED: 0,
  IN_TRANSIT_TO_PROVIDER: 1,
  REGISTERED: 2,
  UNDER_REVIEW: 3,
  ACCEPTED: 4,
  REFUSED: 4,
  RESULT_SENT_TO_CORP: 5,
  RESULT_ISSUED: 6,
};

function countFailure() {
  failuresByPhase.set(phase, (failuresByPhase.get(phase) ?? 0) + 1);
}

/** Reads with retries: the database may be down right now. */
async function query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await db.query<R>(sql, params)).rows;
    } catch (error) {
      if (attempt > 200) throw error;
      await sleep(250);
    }
  }
}

async function reload(application: TrackedApplication) {
  const [row] = await query<{ state: string; version: number }>(`SELECT "state", "version" FROM "Application" WHERE "id" = $1`, [application.id]);
  application.state = row!.state;
  application.version = row!.version;
}

async function register(lane: Lane, documents: string[], category: string): Promise<TrackedApplication | null> {
  serial += 1;
  // even serials: makeIin may bump a serial to the next one to find a check digit
  const iin = makeIin("1979-03-14", serial % 2 ? "MALE" : "FEMALE", 2 * serial);
  const form = new FormData();
  for (const [name, value] of Object.entries({
    iin,
    lastName: "Жолдасов",
    firstName: "Нұрлан",
    phone: "+7 701 555 12 34",
    email: `crash-${serial}@mail.kz`,
    locale: "kk",
    purpose: "ASSIGN",
    categorySought: category,
  })) {
    form.append(name, value);
  }
  if (lane.providerId) form.append("providerId", lane.providerId);
  for (const code of documents) form.append("documents", code);
  const registrar = lane.channel === "STATE_CORP" ? lane.operator! : lane.clerk;
  const sentAt = Date.now();
  const outcome = await registrar.call("registerIntake", { form });
  if (outcome.ok) {
    const id = String(outcome.data.applicationId);
    const toState = lane.channel === "STATE_CORP" ? "CORP_ACCEPTED" : "REGISTERED";
    acks.push({ applicationId: id, action: lane.channel === "STATE_CORP" ? "ACCEPT_AT_CORP" : "REGISTER_AT_OFFICE", toState, version: 0, sentAt, at: Date.now() });
    return { id, channel: lane.channel, state: toState, version: 0 };
  }
  countFailure();
  // not acknowledged: it may still have committed; the database says (the IIN is this attempt's own)
  const [found] = await query<{ id: string; state: string; version: number }>(
    `SELECT a."id", a."state", a."version" FROM "Application" a JOIN "Applicant" p ON p."id" = a."applicantId"
     WHERE p."iin" = $1 AND a."createdAt" >= $2`,
    [iin, new Date(loadStartedAt)],
  );
  await sleep(200);
  return found ? { id: found.id, channel: lane.channel, state: found.state, version: found.version } : null;
}

async function advance(lane: Lane, application: TrackedApplication, marks: Record<string, "PRESENT">) {
  const isCorp = application.channel === "STATE_CORP";
  // p.10: the office clerk checks a State Corporation package (MANGYSTAU-2018's completenessCheckedBy)
  const checker = isCorp ? lane.clerk : lane.executor;
  const simple = (client: StaffClient, action: string) =>
    client.call("runTransition", { json: [{ applicationId: application.id, action, expectedVersion: application.version }] });
  let action: string;
  let outcome;
  const sentAt = Date.now();
  switch (application.state) {
    case "CORP_ACCEPTED":
      outcome = await simple(lane.operator!, (action = "FORWARD_TO_PROVIDER"));
      break;
    case "IN_TRANSIT_TO_PROVIDER":
      outcome = await simple(lane.clerk, (action = "REGISTER_ARRIVAL"));
      break;
    case "REGISTERED":
      outcome = await simple(checker, (action = "TAKE_FOR_REVIEW"));
      break;
    case "UNDER_REVIEW": {
      const isAccepted = decisions++ % 3 !== 2;
      action = isAccepted ? "ACCEPT_DOCUMENTS" : "REFUSE_DOCUMENTS";
      outcome = await checker.call("decide", {
        json: [
          {
            applicationId: application.id,
            expectedVersion: application.version,
            marks,
            decision: isAccepted ? "ACCEPT" : "REFUSE",
            groundCodes: isAccepted ? [] : ["REQUIREMENTS_NOT_MET"],
            missingCodes: [],
          },
        ],
      });
      break;
    }
    case "ACCEPTED":
    case "REFUSED":
      action = isCorp ? "SEND_RESULT_TO_CORP" : "ISSUE_RESULT";
      // the hand-over has its own form (who received it, the identity document checked)
      outcome = isCorp ? await simple(lane.clerk, action) : await lane.clerk.call("issueResultAction", handoverForm(application.id, application.version));
      break;
    case "RESULT_SENT_TO_CORP":
      action = "ISSUE_RESULT";
      outcome = await lane.operator!.call("issueResultAction", handoverForm(application.id, application.version));
      break;
    default:
      throw new Error(`${lane.name}: nothing to do in state ${application.state}`);
  }
  if (outcome.ok) {
    application.version += 1;
    application.state = String(outcome.data.state);
    acks.push({ applicationId: application.id, action, toState: application.state, version: application.version, sentAt, at: Date.now() });
    return;
  }
  countFailure();
  // an unacknowledged step may or may not have happened: carry on from what is stored
  await sleep(200);
  await reload(application);
}

async function runLane(lane: Lane, documents: string[], category: string) {
  const marks = Object.fromEntries(documents.map((code) => [code, "PRESENT" as const]));
  while (!isStopping) {
    const application = await register(lane, documents, category);
    while (application && !isStopping && application.state !== "RESULT_ISSUED") await advance(lane, application, marks);
  }
}

async function waitForProgress(fromCount: number, label: string): Promise<void> {
  const started = Date.now();
  while (acks.length < fromCount + PROGRESS_PER_PHASE) {
    if (Date.now() - started > PHASE_LIMIT_MS) throw new Error(`no progress ${label}: ${acks.length - fromCount} acknowledged in ${PHASE_LIMIT_MS} ms`);
    await sleep(100);
  }
}

/** ms from a fault until the first acknowledged transition requested after it (time to recover) */
async function timeToFirstAck(faultAt: number): Promise<number> {
  const started = Date.now();
  const firstAfter = () => acks.find((ack) => ack.sentAt > faultAt);
  while (!firstAfter()) {
    if (Date.now() - started > PHASE_LIMIT_MS) throw new Error(`no transition was acknowledged within ${PHASE_LIMIT_MS} ms of the fault`);
    await sleep(50);
  }
  return firstAfter()!.at - faultAt;
}

function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  // embedded-postgres runs the server as the `postgres` user when we are root; pg_ctl must too
  return { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) };
}

async function pgCtl(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

// ---------------------------------------------------------------------------------------------

async function checkInvariants(seedMaxEventId: bigint): Promise<string[]> {
  const violations: string[] = [];
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    // 1. every acknowledged transition is stored, and the application is at or past it
    const { rows: events } = await client.query<{ id: string; applicationId: string; action: string; fromState: string | null; toState: string }>(
      `SELECT "id", "applicationId", "action", "fromState", "toState" FROM "AuditEvent" WHERE "toState" IS NOT NULL ORDER BY "applicationId", "id"`,
    );
    const eventsByApplication = new Map<string, typeof events>();
    for (const event of events) {
      const list = eventsByApplication.get(event.applicationId) ?? [];
      list.push(event);
      eventsByApplication.set(event.applicationId, list);
    }
    const { rows: applications } = await client.query<{ id: string; state: string; version: number; registrationNumber: string }>(
      `SELECT "id", "state", "version", "registrationNumber" FROM "Application"`,
    );
    const applicationById = new Map(applications.map((a) => [a.id, a]));
    for (const ack of acks) {
      // the version-th state change after the creation event is this transition
      const event = eventsByApplication.get(ack.applicationId)?.[ack.version];
      if (!event || event.action !== ack.action || event.toState !== ack.toState) {
        violations.push(`acknowledged ${ack.action} → ${ack.toState} (v${ack.version}) of ${ack.applicationId} has no matching audit event`);
      }
      const application = applicationById.get(ack.applicationId);
      if (!application || RANK[application.state]! < RANK[ack.toState]! || application.version < ack.version) {
        violations.push(`${ack.applicationId} is ${application?.state ?? "missing"} v${application?.version}, behind acknowledged ${ack.toState} v${ack.version}`);
      }
    }
    // 2. nothing half-written: version = state changes after creation; one creation; an unbroken chain ending at the state
    for (const application of applications) {
      const chain = eventsByApplication.get(application.id) ?? [];
      const creations = chain.filter((e) => e.fromState === null).length;
      const changes = chain.length - creations;
      const isChained = chain.every((e, i) => (i === 0 ? e.fromState === null : e.fromState === chain[i - 1]!.toState));
      if (creations !== 1 || changes !== application.version || !isChained || chain.at(-1)?.toState !== application.state) {
        violations.push(`${application.id}: state ${application.state} v${application.version}, ${creations} creation(s), ${changes} change(s), chain ${isChained ? "intact" : "broken"}`);
      }
    }
    // 3. registration numbers: 1..lastNumber once each, per year
    const { rows: counters } = await client.query<{ year: number; lastNumber: number }>(`SELECT "year", "lastNumber" FROM "RegistrationCounter"`);
    const byYear = new Map<number, number[]>();
    for (const { registrationNumber } of applications) {
      const [year, sequence] = registrationNumber.split("-").map(Number);
      byYear.set(year!, [...(byYear.get(year!) ?? []), sequence!]);
    }
    for (const [year, sequences] of byYear) {
      const last = counters.find((c) => c.year === year)?.lastNumber ?? 0;
      const sorted = [...sequences].sort((a, b) => a - b);
      if (sorted.length !== last || sorted.some((s, i) => s !== i + 1)) violations.push(`registration numbers of ${year} are not 1..${last} without gaps`);
    }
    // 4. the outbox: every state change of the run queued its email and SMS, and each was sent
    const { rows: missingOutbox } = await client.query(
      `SELECT e."id" FROM "AuditEvent" e LEFT JOIN "Notification" n ON n."auditEventId" = e."id"
       WHERE e."id" > $1 AND e."toState" IS NOT NULL GROUP BY e."id" HAVING count(n."id") <> 2`,
      [seedMaxEventId.toString()],
    );
    if (missingOutbox.length) violations.push(`${missingOutbox.length} state change(s) without their two notifications`);
    const { rows: unsent } = await client.query(`SELECT "id", "status", "lastError" FROM "Notification" WHERE "status" <> 'SENT'`);
    if (unsent.length) violations.push(`${unsent.length} notification(s) not SENT, e.g. ${JSON.stringify(unsent[0])}`);
    // 5. exactly one mailbox message per email, matched by content (not only by its key)
    const { rows: mismatched } = await client.query(
      `WITH sent AS (SELECT "recipient", "subject", "body", count(*) AS n FROM "Notification" WHERE "channel" = 'EMAIL' GROUP BY 1, 2, 3),
            stored AS (SELECT "recipient", "subject", "body", count(*) AS n FROM "MailboxMessage" GROUP BY 1, 2, 3)
       SELECT coalesce(s."subject", m."subject") AS subject, s.n AS queued, m.n AS stored
       FROM sent s FULL JOIN stored m USING ("recipient", "subject", "body") WHERE s.n IS DISTINCT FROM m.n`,
    );
    if (mismatched.length) violations.push(`${mismatched.length} email(s) not stored exactly once, e.g. ${JSON.stringify(mismatched[0])}`);
    const { rows: unkeyed } = await client.query(
      `SELECT m."id" FROM "MailboxMessage" m LEFT JOIN "Notification" n ON n."id" = m."notificationId" WHERE n."id" IS NULL`,
    );
    if (unkeyed.length) violations.push(`${unkeyed.length} mailbox message(s) not tied to a notification`);
  } finally {
    await client.end();
  }
  return violations;
}

async function main() {
  const started = Date.now();
  mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  rmSync(LOG_FILE, { force: true });
  rmSync(PG_DIR, { recursive: true, force: true });
  console.log(`crash test: embedded PostgreSQL on ${PG_PORT} (${path.relative(process.cwd(), PG_DIR)}), portal on ${PORTAL_PORT}`);
  server = await startEmbeddedPostgres(PG_DIR, PG_PORT);
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "sanat_crash"`);
  await admin.end();
  appUrl = databaseUrl(server.adminUrl, "sanat_crash");
  // a smaller history than the demo's 200 packages: the staff accounts are what the load needs
  await migrateAndSeed(appUrl, 40);
  const setupMs = Date.now() - started;
  db = new pg.Pool({ connectionString: appUrl, max: 4 });
  db.on("error", () => {}); // idle connections die with the database restart; queries retry

  const [{ maxId }] = (await db.query<{ maxId: string }>(`SELECT coalesce(max("id"), 0)::text AS "maxId" FROM "AuditEvent"`)).rows as [{ maxId: string }];
  const seedMaxEventId = BigInt(maxId);
  const versions = (await db.query<{ id: string; effectiveFrom: Date; rules: unknown }>(`SELECT "id", "effectiveFrom", "rules" FROM "RegulationVersion" WHERE "status" = 'PUBLISHED'`)).rows;
  const rules = regulationRulesSchema.parse(versionInForce(versions, new Date())!.rules);
  const documents = requiredChecklist(rules, false).map((item) => item.code);
  const category = rules.categories[0]!.code;
  const organizations = new Map(
    (await db.query<{ id: string; code: string }>(`SELECT "id", "code" FROM "Organization"`)).rows.map((o) => [o.code, o.id]),
  );

  const portalEnv = { NOTIFICATION_POLL_MS: "250" };
  portal = startPortal({ port: PORTAL_PORT, databaseUrl: appUrl, logFile: LOG_FILE, env: portalEnv });
  await waitForPortal(portal.baseURL);
  const baseURL = () => portal.baseURL;
  const staff = (login: string) => new StaffClient(login, baseURL);
  const lanes: Lane[] = [
    { name: "AKTAU-SCH-07 office", channel: "OFFICE", clerk: staff("clerk.aktau7"), executor: staff("executor.aktau7") },
    {
      name: "AKTAU-SCH-07 via the State Corporation",
      channel: "STATE_CORP",
      clerk: staff("clerk.aktau7"),
      executor: staff("executor2.aktau7"),
      operator: staff("operator.aktau1"),
      providerId: organizations.get("AKTAU-SCH-07"),
    },
    { name: "AKTAU-SCH-12 office", channel: "OFFICE", clerk: staff("clerk.aktau-sch-12"), executor: staff("executor.aktau-sch-12") },
    { name: "AKTAU-SCH-28 office", channel: "OFFICE", clerk: staff("clerk.aktau-sch-28"), executor: staff("executor.aktau-sch-28") },
  ];
  loadStartedAt = Date.now();
  const load = Promise.all(lanes.map((lane) => runLane(lane, documents, category)));
  let laneError: unknown = null;
  void load.catch((error: unknown) => (laneError = error));

  await waitForProgress(0, "during warm-up");

  // fault 1: the portal dies mid-flight (no shutdown hooks, open transactions cut)
  phase = "portal killed";
  const killedAt = Date.now();
  portal.kill("SIGKILL");
  await portal.exited;
  portal = startPortal({ port: PORTAL_PORT, databaseUrl: appUrl, logFile: LOG_FILE, env: portalEnv });
  await waitForPortal(portal.baseURL);
  const portalRecoveryMs = await timeToFirstAck(killedAt);
  phase = "after portal restart";
  await waitForProgress(acks.filter((a) => a.at <= killedAt).length, "after the portal restart");

  // fault 2: PostgreSQL stops at once (no checkpoint: crash recovery on start), same folder and port
  phase = "database down";
  const stoppedAt = Date.now();
  execFileSync(await pgCtl(), ["stop", "-m", "immediate", "-D", PG_DIR], { ...postgresUser(), stdio: "pipe" });
  await sleep(1500); // clients keep calling while nothing listens
  server = await startEmbeddedPostgres(PG_DIR, PG_PORT);
  const databaseRecoveryMs = await timeToFirstAck(stoppedAt);
  phase = "after database restart";
  await waitForProgress(acks.filter((a) => a.at <= stoppedAt).length, "after the database restart");

  isStopping = true;
  await load;
  if (laneError) throw laneError;

  // let the outbox worker catch up, bounded
  phase = "draining";
  const drainStarted = Date.now();
  let pending = -1;
  while (Date.now() - drainStarted < DRAIN_LIMIT_MS) {
    pending = Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "Notification" WHERE "status" = 'PENDING'`))[0]!.n);
    if (pending === 0) break;
    await sleep(250);
  }
  const drainMs = Date.now() - drainStarted;

  const violations = await checkInvariants(seedMaxEventId);
  const [counts] = await query<{ applications: string; events: string; notifications: string; mails: string }>(
    `SELECT (SELECT count(DISTINCT "applicationId") FROM "AuditEvent" WHERE "id" > $1) AS applications,
            (SELECT count(*) FROM "AuditEvent" WHERE "id" > $1 AND "toState" IS NOT NULL) AS events,
            (SELECT count(*) FROM "Notification") AS notifications,
            (SELECT count(*) FROM "MailboxMessage") AS mails`,
    [seedMaxEventId.toString()],
  );
  const failures = [...failuresByPhase].map(([name, n]) => `${name}: ${n}`).join(", ") || "none";
  console.log(
    [
      "── crash test summary ──",
      `acknowledged transitions: ${acks.length} (${new Set(acks.map((a) => a.applicationId)).size} applications, 4 lanes, 7 staff sessions)`,
      `stored state changes of the run: ${counts!.events} on ${counts!.applications} applications (≥ acknowledged: a request cut by a fault may have committed unacknowledged)`,
      `faults: 1 SIGKILL of the portal's process group + restart; 1 PostgreSQL stop -m immediate + restart (crash recovery)`,
      `time to the first acknowledged transition: after the kill ${(portalRecoveryMs / 1000).toFixed(1)} s, after the database stop ${(databaseRecoveryMs / 1000).toFixed(1)} s`,
      `requests that failed (retried from the stored state): ${failures}`,
      `notifications: ${counts!.notifications} queued, all SENT ${pending === 0 ? `(outbox drained ${(drainMs / 1000).toFixed(1)} s after the load stopped)` : "— NOT DRAINED"}; mailbox messages: ${counts!.mails}`,
      `checked: audit event per acknowledged transition, state at or past it, version = state changes (every application), gap-free numbers, outbox rows per change, one mail per email`,
      `violations: ${violations.length}`,
      ...violations.slice(0, 20).map((v) => `  ✗ ${v}`),
      `total ${((Date.now() - started) / 1000).toFixed(0)} s (of which database, migrations and seed ${(setupMs / 1000).toFixed(0)} s)`,
    ].join("\n"),
  );
  return violations.length === 0 && pending === 0;
}

async function cleanUp() {
  isStopping = true;
  portal?.kill("SIGTERM");
  await Promise.race([portal?.exited, sleep(10_000)]);
  portal?.kill("SIGKILL");
  await db?.end().catch(() => {});
  await server?.stop().catch(() => {});
}

await runReliabilityTest({
  name: "crash test",
  main,
  cleanUp,
  onError: () => {
    try {
      console.error(`── last lines of ${path.relative(process.cwd(), LOG_FILE)} ──\n${readFileSync(LOG_FILE, "utf8").split("\n").slice(-30).join("\n")}`);
    } catch {
      // no log yet
    }
  },
});
