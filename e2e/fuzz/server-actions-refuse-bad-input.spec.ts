// Every server action in the build, called over HTTP the way a crafted client could: with the
// role that may use it and signed out, in a random language, with wrong-typed, missing, oversized
// and badly encoded arguments, and with bodies React cannot decode. Never a 5xx; every answer is a
// refusal in the asked language (the action's own, or the proxy's 4xx); nothing stored changes.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import type { Role } from "../../lib/domain/lifecycle";
import type { Locale } from "../../lib/i18n/locales";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { createPreRegistration } from "../../lib/preregistration/pre-registration";
import { registerPackage } from "../../lib/workflow/register-package";
import { callServerAction, type ActionBody, type ServerActionRef, type ServerActionResponse } from "../server-actions";
import { ALL_DOCUMENTS, actorByLogin, e2eDb, registerAtOffice, take, uniqueTeacher } from "../staff/fixtures";
import {
  ANONYMOUS,
  adminTargets,
  badValue,
  createVisitor,
  everyServerAction,
  expectTranslated,
  expectTranslatedJson,
  fingerprint,
  hostileText,
  invalidUtf8,
  locale,
  mostlyValid,
  oversized,
  runs,
  withLocale,
  type FuzzVisitor,
  type Watched,
} from "./fuzz-support";

interface Targets {
  registered: string;
  taken: string;
  atCorp: string;
  preRegistrationCode: string;
  organizationId: string;
  staffUserId: string;
  versionId: string;
}

/** How a real client calls the action: JSON arguments, `(previousState, formData)` or `(formData)`. */
type Shape = "json" | "stateAndForm" | "form";

interface ActionFuzz {
  /** the role that may use it; null: a public action, for signed-out visitors */
  role: Role | null;
  shape: Shape;
  /** argument lists (json) or form fields (form shapes) that must be refused */
  input: (targets: Targets) => fc.Arbitrary<unknown[] | Record<string, unknown>>;
  /** the action's refusal, as its caller reads it */
  isRefusal: (response: ServerActionResponse, asked: Locale, what: string) => void;
}

// ---- what each action answers when it refuses --------------------------------------------------

function actionResultRefusal(response: ServerActionResponse, asked: Locale, what: string) {
  const value = response.value as { ok?: unknown; message?: unknown; fieldErrors?: Record<string, unknown> };
  expect(value?.ok, `${what}: ${response.raw.slice(0, 300)}`).toBe(false);
  expectTranslated(value.message, asked, what);
  for (const [field, message] of Object.entries(value.fieldErrors ?? {})) expectTranslated(message, asked, `${what}, field ${field}`);
}

function adminRefusal(response: ServerActionResponse, asked: Locale, what: string) {
  const value = response.value as { status?: unknown; message?: unknown; fieldErrors?: Record<string, unknown> };
  expect(value?.status, `${what}: ${response.raw.slice(0, 300)}`).toBe("error");
  expectTranslated(value.message, asked, what);
  for (const [field, message] of Object.entries(value.fieldErrors ?? {})) expectTranslated(message, asked, `${what}, field ${field}`);
}

const nothingFound = (response: ServerActionResponse, _asked: Locale, what: string) => expect(response.value, `${what}: ${response.raw.slice(0, 300)}`).toBeNull();

function prepareRefusal(response: ServerActionResponse, asked: Locale, what: string) {
  const value = response.value as { message?: unknown; fieldErrors?: Record<string, unknown> };
  expectTranslated(value?.message, asked, `${what}: ${response.raw.slice(0, 300)}`);
  for (const [field, message] of Object.entries(value.fieldErrors ?? {})) expectTranslated(message, asked, `${what}, field ${field}`);
}

/** The lookup always redirects: back to the form with an error, never to a result. */
function statusLookupRefusal(response: ServerActionResponse, _asked: Locale, what: string) {
  const target = response.headers.get("x-action-redirect") ?? "";
  expect(target, `${what}: ${response.raw.slice(0, 200)}`).toMatch(/^\/status\?.*error=/);
}

/** A forged language changes nothing: no cookie is set. */
function localeUnchanged(response: ServerActionResponse, _asked: Locale, what: string) {
  expect(response.headers.get("set-cookie") ?? "", what).not.toContain(`${LOCALE_COOKIE}=`);
  expect(response.value, what).toBeUndefined();
}

// ---- arguments --------------------------------------------------------------------------------

const nat = fc.nat({ max: 5 });
const anyDocuments = fc.dictionary(fc.constantFrom(...Object.keys(ALL_DOCUMENTS)), fc.constantFrom("PRESENT", "MISSING", "UNREADABLE"));
const goodText = (values: string[]) => fc.constantFrom(...values);
const anyId = (targets: Targets) => fc.constantFrom(targets.registered, targets.taken, targets.atCorp);

/** Fields of a form where `mustBreak` is refused when it is bad: every input generated is one to refuse. */
function formFields(fields: Record<string, fc.Arbitrary<string>>, mustBreak: string): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(
      Object.fromEntries(
        Object.entries(fields).map(([name, good]) => [
          name,
          name === mustBreak ? badValue : fc.oneof({ weight: 2, arbitrary: good }, { weight: 1, arbitrary: badValue }),
        ]),
      ),
      { requiredKeys: [mustBreak] },
    )
    .chain((picked) => fc.constantFrom<Record<string, unknown>>(picked, { ...picked, [mustBreak]: [picked[mustBreak], "second value"] }));
}

const FUZZ: Record<string, ActionFuzz> = {
  // staff: the transition buttons and the completeness decision
  runTransition: {
    role: "EXECUTOR",
    shape: "json",
    input: (t) =>
      fc.oneof(
        mostlyValid({ applicationId: { good: anyId(t) }, action: { good: fc.constantFrom("TAKE_FOR_REVIEW", "FORWARD_TO_PROVIDER", "ISSUE_RESULT") }, expectedVersion: { good: nat, optional: true } }, ["applicationId", "action"]).map((input) => [input]),
        fc.array(badValue, { maxLength: 3 }),
      ),
    isRefusal: actionResultRefusal,
  },
  decide: {
    role: "EXECUTOR",
    shape: "json",
    input: (t) =>
      fc.oneof(
        mostlyValid(
          {
            applicationId: { good: fc.constant(t.taken) },
            decision: { good: fc.constantFrom("ACCEPT", "REFUSE") },
            marks: { good: anyDocuments },
            expectedVersion: { good: nat, optional: true },
            groundCodes: { good: fc.constant(["INCOMPLETE_PACKAGE"]), optional: true },
            missingCodes: { good: fc.constant(["EMPLOYMENT_RECORD"]), optional: true },
            note: { good: fc.string({ maxLength: 30 }), optional: true },
          },
          ["applicationId", "decision"],
        ).map((input) => [input]),
        fc.array(badValue, { maxLength: 3 }),
      ),
    isRefusal: actionResultRefusal,
  },
  // staff: intake
  registerIntake: {
    role: "CLERK",
    shape: "stateAndForm",
    input: () =>
      formFields(
        {
          iin: goodText(["760907410001"]),
          lastName: goodText(["Әлиева"]),
          firstName: goodText(["Айгүл"]),
          locale: goodText(["kk", "ru"]),
          purpose: goodText(["ASSIGN"]),
          categorySought: goodText(["FIRST"]),
          documents: goodText(Object.keys(ALL_DOCUMENTS)),
        },
        "iin",
      ),
    isRefusal: actionResultRefusal,
  },
  lookupApplicant: { role: "CLERK", shape: "json", input: () => fc.oneof(badValue.map((v) => [v]), fc.array(badValue, { maxLength: 3 })), isRefusal: nothingFound },
  prefillFromCode: { role: "CLERK", shape: "json", input: () => fc.oneof(badValue.map((v) => [v]), fc.array(badValue, { maxLength: 3 })), isRefusal: nothingFound },

  // the teacher prepares online
  prepareApplication: {
    role: "APPLICANT",
    shape: "stateAndForm",
    input: (t) =>
      formFields(
        { iin: goodText(["760907410001"]), lastName: goodText(["Әлиева"]), firstName: goodText(["Айгүл"]), purpose: goodText(["ASSIGN"]), categorySought: goodText(["FIRST"]), providerId: goodText([t.organizationId]) },
        "iin",
      ),
    isRefusal: prepareRefusal,
  },

  // the public lookup and the language switch
  lookUpStatus: { role: null, shape: "form", input: () => formFields({ registrationNumber: goodText(["2026-000001"]), iin: goodText(["760907410001"]) }, "registrationNumber"), isRefusal: statusLookupRefusal },
  "components/layout/language-switcher.tsx (inline)": { role: null, shape: "form", input: () => formFields({ locale: goodText(["ru"]) }, "locale"), isRefusal: localeUnchanged },

  // administration
  createOrganizationAction: {
    role: "SYSTEM_ADMIN",
    shape: "stateAndForm",
    input: (t) =>
      formFields({ kind: goodText(["SCHOOL"]), code: goodText(["FUZZ-ORG-1"]), nameKk: goodText(["Мектеп"]), nameRu: goodText(["Школа"]), nameEn: goodText(["School"]), localityCode: goodText(["471010000"]), parentId: goodText([t.organizationId]) }, "kind"),
    isRefusal: adminRefusal,
  },
  updateOrganizationAction: {
    role: "SYSTEM_ADMIN",
    shape: "stateAndForm",
    input: (t) => formFields({ id: goodText([t.organizationId]), kind: goodText(["SCHOOL"]), code: goodText(["FUZZ-ORG-1"]), nameKk: goodText(["Мектеп"]), parentId: goodText([t.organizationId]) }, "kind"),
    isRefusal: adminRefusal,
  },
  createUserAction: {
    role: "SYSTEM_ADMIN",
    shape: "stateAndForm",
    input: (t) => formFields({ role: goodText(["CLERK"]), login: goodText(["fuzz.created"]), fullName: goodText(["Fuzz"]), organizationId: goodText([t.organizationId]), password: goodText(["long enough password"]) }, "role"),
    isRefusal: adminRefusal,
  },
  updateUserAction: {
    role: "SYSTEM_ADMIN",
    shape: "stateAndForm",
    input: (t) => formFields({ role: goodText(["EXECUTOR"]), id: goodText([t.staffUserId]), fullName: goodText(["Fuzz"]), organizationId: goodText([t.organizationId]), isActive: goodText(["on"]) }, "role"),
    isRefusal: adminRefusal,
  },
  cloneVersionAction: { role: "SYSTEM_ADMIN", shape: "stateAndForm", input: () => formFields({ id: goodText(["x"]), code: goodText(["FUZZ-1"]) }, "id"), isRefusal: adminRefusal },
  updateDraftAction: {
    role: "SYSTEM_ADMIN",
    shape: "stateAndForm",
    input: () => formFields({ id: goodText(["x"]), titleKk: goodText(["Т"]), checklist: goodText(["[]", "{", "null"]), "norm.CORP_INTAKE": goodText(["15", "NaN", "-1"]), effectiveFrom: goodText(["2030-01-01"]) }, "id"),
    isRefusal: adminRefusal,
  },
  publishVersionAction: { role: "SYSTEM_ADMIN", shape: "stateAndForm", input: (t) => formFields({ id: goodText([t.versionId]), effectiveFrom: goodText(["1999-01-01"]) }, "effectiveFrom"), isRefusal: adminRefusal },
  addHolidayAction: {
    role: "SYSTEM_ADMIN",
    shape: "stateAndForm",
    input: () => formFields({ date: goodText(["2030-02-30"]), nameKk: goodText(["Мереке"]), nameRu: goodText(["Праздник"]), nameEn: goodText(["Holiday"]) }, "date"),
    isRefusal: adminRefusal,
  },
  removeHolidayAction: { role: "SYSTEM_ADMIN", shape: "stateAndForm", input: () => formFields({ date: goodText(["2030-01-01"]) }, "date"), isRefusal: adminRefusal },
};

// ---- encoding the input as a client would, and as no client should --------------------------------

/** A form field's value as sent: text, a file where text belongs, or several values. */
function appendField(form: FormData, name: string, value: unknown) {
  if (Array.isArray(value) && value.length <= 3) {
    for (const item of value) appendField(form, name, item);
  } else if (typeof value === "string") form.append(name, value);
  else if (value && typeof value === "object" && !Array.isArray(value)) form.append(name, new Blob([JSON.stringify(value)], { type: "application/json" }), "value.json");
  // a long list goes as its JSON text: String() of a list holding a null-prototype object throws
  else form.append(name, Array.isArray(value) ? JSON.stringify(value) : String(value));
}

async function encodeInput(shape: Shape, input: unknown[] | Record<string, unknown>): Promise<ActionBody> {
  if (shape === "json") return { json: input as unknown[] };
  // React's reply: the form's fields under "_1_", row 0 lists the arguments
  const form = new FormData();
  for (const [name, value] of Object.entries(input)) appendField(form, `_1_${name}`, value);
  form.append("0", JSON.stringify(shape === "stateAndForm" ? [null, "$K1"] : ["$K1"]));
  return multipart(form);
}

async function multipart(form: FormData): Promise<ActionBody> {
  const encoded = new Response(form);
  return { raw: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

/** Bodies no React client sends: bytes, broken JSON, other content types, a form where JSON belongs and back, over the limit. */
const malformedBody: fc.Arbitrary<() => Promise<ActionBody>> = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((bytes) => async () => ({ raw: bytes as Uint8Array<ArrayBuffer>, contentType: "text/plain;charset=UTF-8" })),
  invalidUtf8.map((bytes) => async () => ({ raw: bytes as Uint8Array<ArrayBuffer>, contentType: "text/plain;charset=UTF-8" })),
  fc.string({ maxLength: 60 }).map((text) => async () => ({ raw: text, contentType: "text/plain;charset=UTF-8" })),
  fc.constantFrom("{{{", "[", '["$1"]', '["$K1"]', '["$@1"]', '["$nxyz"]', '["$B1"]', '["$T"]', '{"0":1}', "[" + "[".repeat(5000) + "]".repeat(5000) + "]", `[${"0,".repeat(1500)}0]`).map((text) => async () => ({ raw: text, contentType: "text/plain;charset=UTF-8" })),
  fc.tuple(fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/html", "multipart/form-data", "multipart/form-data; boundary=nothing", "", "text/plain;charset=utf-16"), fc.string({ maxLength: 40 })).map(
    ([contentType, text]) => async () => ({ raw: text, contentType }),
  ),
  fc.dictionary(fc.string({ maxLength: 10 }), hostileText, { maxKeys: 4 }).map((fields) => async () => {
    const form = new FormData(); // a form with no reply row, or with one that is not JSON
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return multipart(form);
  }),
  hostileText.map((root) => async () => {
    const form = new FormData();
    form.append("0", root);
    return multipart(form);
  }),
  oversized.map((value) => async () => ({ json: [value, "x".repeat(1024 * 1024)] })),
);

// ---- the spec ---------------------------------------------------------------------------------

test("every server action in the build has a fuzz entry", () => {
  const inBuild = [...everyServerAction().keys()].sort();
  expect(inBuild.length).toBeGreaterThan(10);
  expect(inBuild, "server actions of the build vs FUZZ").toEqual(Object.keys(FUZZ).sort());
});

test.describe("server actions refuse bad input", () => {
  const visitors = new Map<Role, FuzzVisitor>();
  let targets: Targets;
  let watched: Watched;
  const actions = everyServerAction();
  // a client address of its own, so the lookup's rate limit never slows other specs
  const clientAddress = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(90_000);
    for (const role of ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "SYSTEM_ADMIN"] as const) visitors.set(role, await createVisitor(baseURL!, role));
    const login = async (role: Role) => (await e2eDb().user.findUniqueOrThrow({ where: { id: visitors.get(role)!.userId! }, select: { login: true } })).login;
    const clerk = await login("CLERK");
    const registered = await registerAtOffice(clerk);
    const taken = await registerAtOffice(clerk);
    await take(await login("EXECUTOR"), taken.applicationId);
    const school = await e2eDb().organization.findUniqueOrThrow({ where: { code: "AKTAU-SCH-07" }, select: { id: true } });
    const operator = await actorByLogin(await login("CORP_OPERATOR"));
    const atCorp = await registerPackage({ db: e2eDb(), now: () => new Date() }, operator, { ...uniqueTeacher(), purpose: "ASSIGN", categorySought: "FIRST", documents: { ...ALL_DOCUMENTS }, providerId: school.id });
    const teacher = await actorByLogin(await login("APPLICANT"));
    const teacherIin = await login("APPLICANT");
    const { code } = await createPreRegistration(e2eDb(), teacher, { iin: teacherIin, lastName: "Тестова", firstName: "Айгүл", locale: "ru", purpose: "ASSIGN", categorySought: "FIRST", providerId: school.id });
    targets = {
      registered: registered.applicationId,
      taken: taken.applicationId,
      atCorp: atCorp.applicationId,
      preRegistrationCode: code,
      organizationId: school.id,
      staffUserId: visitors.get("CLERK")!.userId!,
      versionId: (await e2eDb().regulationVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } })).id,
    };
    const visitorIds = [...visitors.values()].map((v) => v.userId!);
    watched = { applicationIds: [targets.registered, targets.taken, targets.atCorp], visitorIds, applicantIins: [teacherIin], ...(await adminTargets(visitorIds)) };
  });

  test.afterAll(async () => {
    await Promise.all([...visitors.values()].map((v) => v.context?.dispose()));
  });

  async function expectRefused(baseURL: string, fuzz: ActionFuzz, visitor: FuzzVisitor, ref: ServerActionRef, body: ActionBody, asked: Locale, what: string) {
    const response = await callServerAction(baseURL, ref, body, {
      cookie: withLocale(visitor.cookie, asked),
      headers: { "X-Forwarded-For": clientAddress },
    });
    expect(response.status, `${what}: never a 5xx: ${response.raw.slice(0, 300)}`).toBeLessThan(500);
    if (response.status >= 400) return expectTranslatedJson(response.status, Object.fromEntries(response.headers), response.raw, asked, what);
    if (response.status >= 300) {
      // the proxy's early redirect of a signed-out visitor away from a workspace page
      expect(visitor.role, `${what}: a redirect (${response.status}) to ${response.headers.get("location")}`).toBe("ANONYMOUS");
      return expect(new URL(response.headers.get("location")!, "http://x").pathname, what).toBe("/sign-in");
    }
    const redirect = response.headers.get("x-action-redirect");
    if (redirect && fuzz.role !== null) {
      // an action that requires a role sends a signed-out visitor to sign in, having done nothing
      expect(visitor.role, `${what}: redirected to ${redirect}`).toBe("ANONYMOUS");
      return expect(redirect, what).toMatch(/^\/sign-in/);
    }
    fuzz.isRefusal(response, asked, what);
  }

  for (const [name, fuzz] of Object.entries(FUZZ)) {
    test(`${name}: wrong-typed, missing, oversized and badly encoded input is refused in the asked language`, async ({ baseURL }) => {
      test.setTimeout(60_000);
      const ref = actions.get(name)!;
      const callers = fuzz.role === null ? [ANONYMOUS] : [visitors.get(fuzz.role)!, ANONYMOUS];
      const before = await fingerprint(watched);
      for (const visitor of callers) {
        await fc.assert(
          fc.asyncProperty(fuzz.input(targets), locale, async (input, asked) => {
            await expectRefused(baseURL!, fuzz, visitor, ref, await encodeInput(fuzz.shape, input), asked, `${name} as ${visitor.role} (${asked})`);
          }),
          runs(12),
        );
        await fc.assert(
          fc.asyncProperty(malformedBody, locale, async (body, asked) => {
            await expectRefused(baseURL!, fuzz, visitor, ref, await body(), asked, `${name} as ${visitor.role}, malformed body (${asked})`);
          }),
          runs(8),
        );
      }
      expect(await fingerprint(watched), "nothing stored changed").toEqual(before);
    });
  }

  test("the public forms posted without JavaScript refuse bad fields and broken action descriptors", async ({ baseURL }) => {
    test.setTimeout(60_000);
    const publicForms = [actions.get("lookUpStatus")!, actions.get("components/layout/language-switcher.tsx (inline)")!];
    const before = await fingerprint(watched);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...publicForms),
        fc.dictionary(fc.constantFrom("registrationNumber", "iin", "locale", "$ACTION_1:0", "$ACTION_REF_1", "$ACTION_KEY"), hostileText, { maxKeys: 4 }),
        fc.boolean(),
        locale,
        async (ref, fields, byReference, asked) => {
          // the form names its action as React renders it: by id, or by reference to a descriptor
          const form = new FormData();
          if (byReference) form.append("$ACTION_REF_1", "");
          else form.append(`$ACTION_ID_${ref.id}`, "");
          for (const [name, value] of Object.entries(fields)) form.append(name, value);
          const encoded = new Response(form);
          const response = await fetch(new URL(ref.pagePath, baseURL), {
            method: "POST",
            headers: { "Content-Type": encoded.headers.get("content-type")!, Cookie: withLocale("", asked), Origin: baseURL!, "X-Forwarded-For": clientAddress },
            body: await encoded.arrayBuffer(),
            redirect: "manual",
          });
          const body = await response.text();
          const what = `no-JavaScript post of ${ref.exportedName} (${asked}) ${JSON.stringify(fields).slice(0, 200)}`;
          expect(response.status, `${what}: never a 5xx: ${body.slice(0, 200)}`).toBeLessThan(500);
          if (response.status >= 400 && response.headers.get("content-type")?.includes("json")) {
            expectTranslatedJson(response.status, Object.fromEntries(response.headers), body, asked, what);
          }
          // the lookup goes back to its form; nothing else may have happened
          if (response.status === 303) expect(response.headers.get("location"), what).toMatch(/^\/status\?.*error=/);
        },
      ),
      runs(16),
    );
    expect(await fingerprint(watched), "nothing stored changed").toEqual(before);
  });

  test("the fuzz reaches the actions: a well-formed call is answered by the action itself", async ({ baseURL }) => {
    // without this, a proxy refusing everything would pass every property above
    const language = await callServerAction(baseURL!, actions.get("components/layout/language-switcher.tsx (inline)")!, await encodeInput("form", { locale: "ru" }));
    expect(language.status).toBe(200);
    expect(language.headers.get("set-cookie") ?? "").toContain(`${LOCALE_COOKIE}=ru`);
    const transition = await callServerAction(baseURL!, actions.get("runTransition")!, { json: [{ applicationId: "no-such-package", action: "TAKE_FOR_REVIEW" }] }, { cookie: withLocale(visitors.get("EXECUTOR")!.cookie, "kk") });
    expect(transition.value).toEqual({ ok: false, message: MESSAGES.kk.errors.applicationNotFound, fieldErrors: {} });
    const intake = await callServerAction(baseURL!, actions.get("registerIntake")!, await encodeInput("stateAndForm", { iin: "123", locale: "en", purpose: "ASSIGN", lastName: "A", firstName: "B", categorySought: "FIRST" }), {
      cookie: withLocale(visitors.get("CLERK")!.cookie, "en"),
    });
    expect((intake.value as { ok: boolean; fieldErrors: Record<string, string> }).fieldErrors.iin).toBe(MESSAGES.en.errors.invalidIin);
  });
});
