// Every page and route handler under app/, asked by every role and by a signed-out visitor,
// with dynamic segments filled by a record of the visitor's own organization and of another.
// The answers must be exactly those route-matrix.ts lists, which has a row for every page and
// route handler of lib/domain/entry-points.ts and agrees with the permission each one names.
// Requests go through API contexts with each role's session (no browser page per route).
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { PAGES, ROUTE_HANDLERS } from "../../lib/domain/entry-points";
import { PERMISSIONS, WORKSPACE_PATHS, type Actor } from "../../lib/domain/permissions";
import { createPreRegistration } from "../../lib/preregistration/pre-registration";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { acceptDocuments } from "../../lib/workflow/accept-documents";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { registerPackage, takeInPackage } from "../../lib/workflow/register-package";
import { ALL_DOCUMENTS_PRESENT, createTeacherAccount, makeIntake, makeUniqueTeacher } from "../../prisma/factories";
import { answerComplaint } from "../../lib/complaints/answer-complaint";
import { fileComplaint } from "../../lib/complaints/file-complaint";
import { actorByLogin, arriveFromCorp, e2eDb, registerAtOffice, take } from "../staff/fixtures";
import { DEMO_TEACHER_IIN, messages, portalOrigin, SAVED_SESSIONS, savedSession, SIGNED_OUT } from "../support";
import { signedInContext } from "./api-session";
import { API_MATRIX, PAGE_MATRIX, VISITOR_SESSION, VISITORS, type Expectation, type Fill, type Outcome, type RouteRule, type Visitor } from "./route-matrix";

const OTHER_SCHOOL = { clerk: "clerk.beineu-sch-01", executor: "executor.beineu-sch-01", code: "BEINEU-SCH-01" };

// ---- the routes of the entry-point map ------------------------------------------------------

test("has a row for every page and route handler of the entry-point map (which the unit tests hold to app/)", () => {
  expect(Object.keys(PAGE_MATRIX).sort(), "PAGE_MATRIX vs PAGES").toEqual(Object.keys(PAGES).sort());
  expect(Object.keys(API_MATRIX).sort(), "API_MATRIX vs ROUTE_HANDLERS").toEqual(Object.keys(ROUTE_HANDLERS).sort());
});

// the matrix is written out by hand, independently of the permission table; the two must agree
test("lets in exactly the visitors holding the permission each guarded route names", () => {
  const admits = (outcome: Outcome) => outcome === "ok" || (typeof outcome === "number" && outcome < 300);
  const guarded = [
    ...Object.entries(PAGE_MATRIX).map(([key, rule]) => [key, rule, PAGES[key]] as const),
    ...Object.entries(API_MATRIX).map(([key, rule]) => [key, rule, ROUTE_HANDLERS[key]] as const),
  ];
  for (const [key, rule, guard] of guarded) {
    if (!guard || !("permission" in guard)) continue;
    for (const visitor of VISITORS) {
      const holds = visitor !== "ANONYMOUS" && (PERMISSIONS[guard.permission] as readonly Visitor[]).includes(visitor);
      const expectation = rule.expect[visitor];
      const forOwn = typeof expectation === "object" ? expectation.own : expectation;
      const forOther = typeof expectation === "object" ? expectation.other : expectation;
      expect(admits(forOwn), `${key} for ${visitor} (${guard.permission})`).toBe(holds);
      if (!holds) expect(admits(forOther), `${key} for ${visitor}, another organization's`).toBe(false);
    }
  }
});

// ---- the records the dynamic segments are filled with --------------------------------------

interface Records {
  /** refused packages: both the receipt of registration and the reasoned refusal exist */
  application: { aktau: string; corp: string; beineu: string };
  /** accepted packages: the receipt of acceptance exists */
  acceptedApplication: { aktau: string; corp: string; beineu: string };
  /** refusals at the counter: of the clerk's school, of the operator's centre, of another school */
  counterRefusal: { aktau: string; corp: string; beineu: string };
  statusLookup: { registrationNumber: string; iin: string; accessCode: string };
  scan: { aktau: string; corp: string; beineu: string };
  organization: { beineu: string; aktau: string };
  regulationVersion: string;
  preRegistration: { mine: string; someoneElses: string };
  /** answered complaints: about the demo teacher's refused package at school A, and about one of school B */
  answeredComplaint: { aktau: string; beineu: string };
}

/** A complaint filed by the package's teacher and answered by the head of its provider. */
async function answeredComplaintOn(applicationId: string, headLogin: string): Promise<string> {
  const db = e2eDb();
  const ctx = { db, now: () => new Date() };
  const { applicant } = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { applicant: { select: { iin: true } } } });
  const teacher = (await db.user.findUnique({ where: { login: applicant.iin }, select: { id: true } }))
    ? await actorByLogin(applicant.iin)
    : await createTeacherAccount(db, { ...makeUniqueTeacher(), iin: applicant.iin });
  const text = "Прошу пересмотреть отказ: все документы были в пакете.";
  const { complaintId } = await fileComplaint(ctx, teacher, { applicationId, text });
  await answerComplaint(ctx, await actorByLogin(headLogin), { complaintId, text: "Жалоба рассмотрена, отказ обоснован: документа нет." });
  return complaintId;
}

async function refuseIncomplete(executorLogin: string, applicationId: string) {
  await take(executorLogin, applicationId);
  await refuseDocuments({ db: e2eDb(), now: () => new Date() }, await actorByLogin(executorLogin), {
    applicationId,
    marks: { ...ALL_DOCUMENTS_PRESENT, EMPLOYMENT_RECORD: "MISSING" },
    groundCodes: ["INCOMPLETE_PACKAGE"],
    missingCodes: ["EMPLOYMENT_RECORD"],
  });
}

/** Refused packages (so both the receipt and the refusal exist) of school A, of the State Corporation centre, and of school B. */
async function createRecords(sessions: Map<Visitor, APIRequestContext>, baseURL: string): Promise<Records> {
  const db = e2eDb();
  const ctx = { db, now: () => new Date() };
  // the demo teacher as she is on file: an intake never renames anyone (lib/domain/package-contacts.ts)
  const demoTeacher = await db.applicant.findUniqueOrThrow({ where: { iin: DEMO_TEACHER_IIN }, select: { lastName: true, firstName: true, middleName: true } });
  const asDemoTeacher = { iin: DEMO_TEACHER_IIN, lastName: demoTeacher.lastName, firstName: demoTeacher.firstName, middleName: demoTeacher.middleName ?? undefined };
  const aktau = await registerAtOffice(DEMO_ACCOUNTS.clerk.login, asDemoTeacher);
  await refuseIncomplete(DEMO_ACCOUNTS.executor.login, aktau.applicationId);

  const aktauSchool = await db.organization.findUniqueOrThrow({ where: { code: DEMO_ACCOUNTS.clerk.organization }, select: { id: true } });
  const operator = await actorByLogin(DEMO_ACCOUNTS.operator.login);
  const corp = await registerPackage(ctx, operator, makeIntake({ locale: "ru", providerId: aktauSchool.id }));
  await forwardToProvider(ctx, operator, corp.applicationId);
  await registerArrival(ctx, await actorByLogin(DEMO_ACCOUNTS.clerk.login), corp.applicationId);
  // p.10: the office clerk checks a State Corporation package
  await refuseIncomplete(DEMO_ACCOUNTS.clerk.login, corp.applicationId);

  const beineu = await registerAtOffice(OTHER_SCHOOL.clerk);
  await refuseIncomplete(OTHER_SCHOOL.executor, beineu.applicationId);

  const accept = async (checkerLogin: string, applicationId: string) => {
    await take(checkerLogin, applicationId);
    await acceptDocuments(ctx, await actorByLogin(checkerLogin), { applicationId, marks: ALL_DOCUMENTS_PRESENT });
    return applicationId;
  };
  // the operator refuses an incomplete package at the centre's counter (MANGYSTAU-2018's incompleteAtCounter);
  // offices register incomplete ones, so the schools' refusals are written as the use-case would
  const atCorp = await takeInPackage(ctx, operator, makeIntake({ providerId: aktauSchool.id, documents: { ...ALL_DOCUMENTS_PRESENT, EMPLOYMENT_RECORD: "MISSING" } }));
  if (atCorp.kind !== "refusedAtCounter") throw new Error("the centre registered an incomplete package");
  const refusalAt = async (code: string) => {
    const [org, version] = await Promise.all([
      db.organization.findUniqueOrThrow({ where: { code }, select: { id: true } }),
      db.regulationVersion.findUniqueOrThrow({ where: { code: "MANGYSTAU-2018" }, select: { id: true } }),
    ]);
    const teacher = makeIntake();
    return (await db.counterRefusal.create({
      data: {
        channel: "OFFICE", organizationId: org.id, providerId: org.id, regulationVersionId: version.id, actorId: operator.userId, actorName: operator.name, actorRole: "CLERK",
        iin: teacher.iin, lastName: teacher.lastName, firstName: teacher.firstName, locale: "ru", purpose: "ASSIGN", categorySought: "FIRST",
        documents: { ...ALL_DOCUMENTS_PRESENT, EMPLOYMENT_RECORD: "MISSING" }, missingDocumentCodes: ["EMPLOYMENT_RECORD"],
      },
      select: { id: true },
    })).id;
  };
  const counterRefusal = { aktau: await refusalAt(DEMO_ACCOUNTS.clerk.organization), corp: atCorp.counterRefusalId, beineu: await refusalAt(OTHER_SCHOOL.code) };
  const acceptedApplication = {
    aktau: await accept(DEMO_ACCOUNTS.executor.login, (await registerAtOffice(DEMO_ACCOUNTS.clerk.login, asDemoTeacher)).applicationId),
    corp: await accept(DEMO_ACCOUNTS.clerk.login, (await arriveFromCorp(DEMO_ACCOUNTS.clerk.login)).applicationId),
    beineu: await accept(OTHER_SCHOOL.executor, (await registerAtOffice(OTHER_SCHOOL.clerk)).applicationId),
  };

  // the scan of school A goes on a package of its own, so each record serves one purpose
  const aktauWithScan = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);
  const otherSchoolClerk = await signedInContext(baseURL, OTHER_SCHOOL.clerk);
  const scan = {
    aktau: await uploadScan(sessions.get("CLERK")!, aktauWithScan.applicationId),
    corp: await uploadScan(sessions.get("CORP_OPERATOR")!, corp.applicationId),
    beineu: await uploadScan(otherSchoolClerk, beineu.applicationId),
  };
  await otherSchoolClerk.dispose();

  const provider = aktauSchool.id;
  const prepare = async (actor: Actor, iin: string) =>
    (await createPreRegistration(db, actor, { iin, lastName: "Тестова", firstName: "Айгүл", locale: "ru", purpose: "ASSIGN", categorySought: "FIRST", providerId: provider })).code;
  const otherTeacher = await db.user.findFirstOrThrow({
    where: { role: "APPLICANT", login: { not: DEMO_TEACHER_IIN }, applicantId: { not: null } },
    select: { login: true, applicant: { select: { iin: true } } },
  });

  const answeredComplaint = {
    aktau: await answeredComplaintOn(aktau.applicationId, DEMO_ACCOUNTS.head.login),
    beineu: await answeredComplaintOn(beineu.applicationId, `head.${OTHER_SCHOOL.code.toLowerCase()}`),
  };

  return {
    answeredComplaint,
    application: { aktau: aktau.applicationId, corp: corp.applicationId, beineu: beineu.applicationId },
    acceptedApplication,
    counterRefusal,
    statusLookup: { registrationNumber: aktau.registrationNumber, iin: DEMO_TEACHER_IIN, accessCode: aktau.accessCode },
    scan,
    organization: {
      aktau: aktauSchool.id,
      beineu: (await db.organization.findUniqueOrThrow({ where: { code: OTHER_SCHOOL.code }, select: { id: true } })).id,
    },
    regulationVersion: (await db.regulationVersion.findFirstOrThrow({ select: { id: true } })).id,
    preRegistration: {
      mine: await prepare(await actorByLogin(DEMO_TEACHER_IIN), DEMO_TEACHER_IIN),
      someoneElses: await prepare(await actorByLogin(otherTeacher.login), otherTeacher.applicant!.iin),
    },
  };
}

// the smallest valid PNG signature is enough: the type is read from the first bytes
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function uploadScan(session: APIRequestContext, applicationId: string): Promise<string> {
  const response = await session.post(`/api/applications/${applicationId}/scans`, {
    multipart: { file: { name: "scan.png", mimeType: "image/png", buffer: PNG } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

// ---- asking ----------------------------------------------------------------------------------

interface Sample {
  label: "own" | "other" | null;
  url: string;
}

function samplesOf(route: string, rule: RouteRule, visitor: Visitor, records: Records, organizationOf: Map<Visitor, string | null>): Sample[] {
  const withQuery = (url: string) => (rule.query ? `${url}?${rule.query}` : url);
  const fillWith = (value: string) => withQuery(route.replace(/\[(\.\.\.)?[^\]]+\]/, value));
  const ownAndOther = (own: string, other: string): Sample[] => [
    { label: "own", url: fillWith(own) },
    { label: "other", url: fillWith(other) },
  ];
  const fill: Fill | undefined = rule.fill;
  switch (fill) {
    case undefined:
      return [{ label: null, url: withQuery(route) }];
    case "answeredComplaint":
      return ownAndOther(records.answeredComplaint.aktau, records.answeredComplaint.beineu);
    case "application":
      return ownAndOther(visitor === "CORP_OPERATOR" ? records.application.corp : records.application.aktau, records.application.beineu);
    case "counterRefusal":
      return ownAndOther(visitor === "CORP_OPERATOR" ? records.counterRefusal.corp : records.counterRefusal.aktau, records.counterRefusal.beineu);
    case "acceptedApplication":
      return ownAndOther(visitor === "CORP_OPERATOR" ? records.acceptedApplication.corp : records.acceptedApplication.aktau, records.acceptedApplication.beineu);
    case "scan":
      return ownAndOther(visitor === "CORP_OPERATOR" ? records.scan.corp : records.scan.aktau, records.scan.beineu);
    case "organization":
      return ownAndOther(organizationOf.get(visitor) ?? records.organization.aktau, records.organization.beineu);
    case "preRegistration":
      return ownAndOther(records.preRegistration.mine, records.preRegistration.someoneElses);
    case "regulationVersion":
      return [{ label: null, url: fillWith(records.regulationVersion) }];
    case "signedToken":
      return [{ label: null, url: fillWith("not-a-signed-token") }];
    case "nextAuthAction":
      return [{ label: null, url: fillWith(rule.body === "credentialsWithoutCsrf" ? "callback/credentials" : "session") }];
  }
}

function expectedFor(expectation: Expectation, label: Sample["label"]): Outcome {
  if (typeof expectation === "object") return label === "other" ? expectation.other : expectation.own;
  return expectation;
}

// the not-found page's heading as rendered HTML (the text itself also sits in every page's payload)
const notFoundHeading = new RegExp(`<h1[^>]*>${messages("kk").errors.notFound.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</h1>`);

/** Where a page request ends: followed no further than the first redirect (HTTP or Next's streamed one). */
async function pageOutcome(session: APIRequestContext, url: string, visitor: Visitor): Promise<string> {
  const response = await session.get(url, { maxRedirects: 0 });
  const status = response.status();
  let location = status >= 300 && status < 400 ? response.headers()["location"] : undefined;
  const body = location ? "" : await response.text();
  // after streaming has begun, Next redirects with a meta refresh instead of a status
  location ??= /<meta[^>]*id="__next-page-redirect"[^>]*content="\d+;url=([^"]+)"/.exec(body)?.[1]?.replace(/&amp;/g, "&");
  if (location) {
    const target = new URL(location, "http://portal.test").pathname;
    if (target === "/sign-in") return "sign-in";
    if (target === "/forbidden") return "forbidden";
    if (visitor !== "ANONYMOUS" && target === WORKSPACE_PATHS[visitor]) return "own-workspace";
    return `redirect to ${target}`;
  }
  // likewise a "not found" thrown inside a streamed boundary leaves its digest for the browser
  if (status === 404 || (status === 200 && (notFoundHeading.test(body) || body.includes("NEXT_HTTP_ERROR_FALLBACK;404")))) return "not-found";
  return status === 200 ? "ok" : `status ${status}`;
}

async function apiOutcome(session: APIRequestContext, method: string, url: string, rule: RouteRule, records: Records): Promise<number> {
  if (method === "GET") return (await session.get(url, { maxRedirects: 0 })).status();
  switch (rule.body) {
    case "statusLookup":
      return (await session.post(url, { data: records.statusLookup })).status();
    case "scanUpload":
      return (await session.post(url, { multipart: { file: { name: "scan.png", mimeType: "image/png", buffer: PNG } } })).status();
    case "credentialsWithoutCsrf":
      return (await session.post(url, { form: { login: "nobody", password: "nothing" }, maxRedirects: 0 })).status();
    case undefined:
      return (await session.fetch(url, { method, maxRedirects: 0 })).status();
  }
}

test.describe("authorization matrix", () => {
  test.describe.configure({ mode: "parallel" });
  const sessions = new Map<Visitor, APIRequestContext>();
  const organizationOf = new Map<Visitor, string | null>();
  let records: Records;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(90_000);
    // each asks as the portal's own pages would: a POST names the portal's origin (proxy.ts)
    sessions.set("ANONYMOUS", await playwrightRequest.newContext({ baseURL, storageState: SIGNED_OUT, extraHTTPHeaders: portalOrigin(baseURL!) }));
    for (const [visitor, session] of Object.entries(VISITOR_SESSION) as [Visitor, keyof typeof SAVED_SESSIONS][]) {
      sessions.set(visitor, await playwrightRequest.newContext({ baseURL, storageState: savedSession(session), extraHTTPHeaders: portalOrigin(baseURL!) }));
      organizationOf.set(visitor, (await actorByLogin(SAVED_SESSIONS[session])).organizationId);
    }
    records = await createRecords(sessions, baseURL!);
  });

  test.afterAll(async () => {
    await Promise.all([...sessions.values()].map((s) => s.dispose()));
  });

  for (const visitor of VISITORS) {
    test(`${visitor} gets exactly what the matrix says from every route`, async () => {
      test.setTimeout(120_000);
      const session = sessions.get(visitor)!;
      const checks: (() => Promise<string | null>)[] = [];
      for (const [route, rule] of Object.entries(PAGE_MATRIX)) {
        for (const sample of samplesOf(route, rule, visitor, records, organizationOf)) {
          checks.push(async () => {
            const expected = expectedFor(rule.expect[visitor], sample.label);
            const actual = await pageOutcome(session, sample.url, visitor);
            return actual === expected ? null : `${sample.url} (${sample.label ?? "-"}): expected ${expected}, got ${actual}`;
          });
        }
      }
      for (const [key, rule] of Object.entries(API_MATRIX)) {
        const [method, route] = key.split(" ") as [string, string];
        for (const sample of samplesOf(route, rule, visitor, records, organizationOf)) {
          checks.push(async () => {
            const expected = expectedFor(rule.expect[visitor], sample.label);
            const actual = await apiOutcome(session, method, sample.url, rule, records);
            return actual === expected ? null : `${method} ${sample.url} (${sample.label ?? "-"}): expected ${expected}, got ${actual}`;
          });
        }
      }
      // a few at a time: quick, without flooding the single test server
      const mismatches: string[] = [];
      for (let i = 0; i < checks.length; i += 4) {
        for (const result of await Promise.all(checks.slice(i, i + 4).map((check) => check()))) if (result) mismatches.push(result);
      }
      expect(mismatches, `${visitor}: ${checks.length} requests`).toEqual([]);
    });
  }
});
