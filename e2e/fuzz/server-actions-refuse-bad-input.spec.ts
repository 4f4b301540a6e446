// Every server action in the build, called over HTTP the way a crafted client could: by the roles
// that may use it with every field of its input bad in turn (the field's own crafted values, then
// generic ones), and by everyone, signed out too, with junk arguments and bodies React cannot
// decode; in a random language. Never a 5xx; every answer is a refusal in the asked language (the
// action's own, or the proxy's 4xx); nothing stored changes.
import { contactsOnFile } from "../../lib/auth/sign-in-codes";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { ownClient, type OwnClient } from "../own-client";
import type { Role } from "../../lib/domain/lifecycle";
import { makeIin } from "../../lib/domain/identity";
import { LOCALE_COOKIE, LOCALES, type Locale } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { createPreRegistration } from "../../lib/preregistration/pre-registration";
import { intakeFormSchema } from "../../lib/workflow/intake-form";
import { refuseDocuments } from "../../lib/workflow/refuse-documents";
import { registerPackage } from "../../lib/workflow/register-package";
import { callServerAction, type ActionBody, type ServerActionRef, type ServerActionResponse } from "../server-actions";
import { ALL_DOCUMENTS, actorByLogin, e2eDb, registerAtOffice, take, uniqueTeacher } from "../staff/fixtures";
import {
  ANONYMOUS,
  adminTargets,
  badInField,
  badValue,
  createVisitor,
  everyServerAction,
  expectTranslated,
  expectTranslatedJson,
  fieldExamples,
  fingerprint,
  goodValues,
  hostileText,
  invalidUtf8,
  locale,
  oversized,
  requestCounter,
  runs,
  withLocale,
  type FieldFuzz,
  type Fields,
  type FuzzVisitor,
  type Watched,
} from "./fuzz-support";

/** Runs per field with generic bad values, after its own; then junk arguments and undecodable bodies per visitor. */
const PER_FIELD_RUNS = 2;
const JUNK_RUNS = 6;
const MALFORMED_RUNS = 6;

interface Targets {
  registered: string;
  registeredNumber: string;
  registeredAccessCode: string;
  taken: string;
  atCorp: string;
  preRegistrationCode: string;
  teacherIin: string;
  organizationId: string;
  /** an organization no package can go to: a State Corporation centre */
  corpCentreId: string;
  staffUserId: string;
  /** the phone the fuzz's teacher has on file (a change to it is refused as no change) */
  teacherPhoneOnFile: string;
  /** the intake page's signed clock stamp, as each intake role's page gives it */
  intakeStamp: Partial<Record<Role, string>>;
  versionId: string;
  versionCode: string;
  holidayDate: string;
  /** a refused package of the fuzz's teacher: a complaint about it reaches the text's check */
  refusedOwn: string;
}

/**
 * How a real client calls the action: one plain argument (`lookupApplicant(iin)`), an object of
 * fields as the argument (`runTransition({ … })`), `(previousState, formData)` or `(formData)`.
 */
type Shape = "arg" | "json" | "stateAndForm" | "form";

interface ActionFuzz {
  /** the roles that may use it; none: a public action, for signed-out visitors */
  roles: Role[];
  shape: Shape;
  /** every field of its input, as the caller in `role` fills it (for "arg", the one field is the argument) */
  fields: (targets: Targets, role: Role | null) => Fields;
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

/** A look-up changes nothing: it finds nothing, finds what it may show, or refuses like any action. */
function lookUpAnswer(response: ServerActionResponse, asked: Locale, what: string) {
  const value = response.value as { ok?: unknown };
  if (value?.ok === true) return;
  actionResultRefusal(response, asked, what);
}

/** The lookup always redirects: back to the form with an error, never to a result. */
function statusLookupRefusal(response: ServerActionResponse, _asked: Locale, what: string) {
  const target = response.headers.get("x-action-redirect") ?? "";
  expect(target, `${what}: ${response.raw.slice(0, 200)}`).toMatch(/^\/status\?.*error=/);
}

/** A sign-in that fails says so in the asked language, sets no session and sends the browser nowhere. */
function signInRefusal(response: ServerActionResponse, asked: Locale, what: string) {
  const value = response.value as { step?: unknown; message?: unknown };
  expect(value?.step, `${what}: ${response.raw.slice(0, 300)}`).toMatch(/^(password|code)$/);
  expectTranslated(value.message, asked, what);
  expect(response.headers.get("set-cookie") ?? "", what).not.toContain("session-token=");
  expect(response.headers.get("x-action-redirect"), what).toBeNull();
}

/**
 * The code sign-in's answer: a step of its own, never a session. An IIN without an account asking
 * for a code gets the same "sent to +7 *** *** 12 34" as one with (no message, a decoy mask);
 * everything else is a translated message.
 */
function codeSignInRefusal(response: ServerActionResponse, asked: Locale, what: string) {
  const value = response.value as { step?: unknown; message?: unknown; sent?: unknown };
  expect(value?.step, `${what}: ${response.raw.slice(0, 300)}`).toMatch(/^(iin|code)$/);
  if (value.message === null) {
    expect(value.step, what).toBe("code");
    expectTranslated(value.sent, asked, what);
    expect(String(value.sent), what).toMatch(/\+7 \*\*\* \*\*\* \d\d \d\d/);
  } else expectTranslated(value.message, asked, what);
  expect(response.headers.get("set-cookie") ?? "", what).not.toContain("session-token=");
  expect(response.headers.get("x-action-redirect"), what).toBeNull();
}

/** A forged language changes nothing: no cookie is set. */
function localeUnchanged(response: ServerActionResponse, _asked: Locale, what: string) {
  expect(response.headers.get("set-cookie") ?? "", what).not.toContain(`${LOCALE_COOKIE}=`);
  expect(response.value, what).toBeUndefined();
}

// ---- fields -----------------------------------------------------------------------------------

const nat = fc.nat({ max: 5 });
/** A valid IIN no record has: the lookups' misses are counted against it alone. */
const NOBODYS_IIN = makeIin("1970-01-01", "MALE", 9000 + Math.floor(Math.random() * 900));
const anyDocuments = fc.dictionary(fc.constantFrom(...Object.keys(ALL_DOCUMENTS)), fc.constantFrom("PRESENT", "MISSING", "UNREADABLE"));
const one = (...values: unknown[]) => fc.constantFrom(...values);
const text = (good: string, extra: Partial<FieldFuzz> = {}): FieldFuzz => ({ good: one(good), ...extra });
/** Text a name field refuses whatever the rest: empty, blank, longer than any limit. */
const refusedName = (limit: number) => ["", "   ", "Ә".repeat(limit + 1)];
/** Numbers of a form field that no norm or term may be. */
const badNumbers = ["NaN", "-1", "1.5", "1e309", "", "99999999999999999999", "0x10", "Infinity"];
const badJson = ["{", "null", "[]", "{}", '[{"code":"X"}]', '{"__proto__":{"x":1}}', '"text"', "[" + "[".repeat(200) + "]".repeat(200) + "]"];

const intakeFields = (t: Targets, role: Role | null): Fields => ({
  iin: { good: fc.constant(uniqueTeacher().iin), refusesBad: true, refused: ["123", "760907410002", "７６０９０７４１０００１", "7609 0741 000x"] },
  lastName: text("Әлиева", { refused: refusedName(200), crafted: ["constructor", "<b>Ә</b>"] }),
  firstName: text("Айгүл", { refused: refusedName(200) }),
  middleName: text("Серікқызы", { refused: ["Ә".repeat(201)], crafted: ["", " "] }),
  phone: text("+7 701 234 56 78", { refused: ["abc", "+7", "+7 701 234 56 78 90 12 34"], crafted: ["", " ", "8 701 234 56 78", "+77012345678"] }),
  email: text("a.b@mail.kz", { refused: ["x", "@", "a@", "a@b@c.kz", "Ә".repeat(201)], crafted: ["", " ", "a@b"] }),
  locale: { good: one("kk", "ru", "en"), refusesBad: true, refused: ["", "KK", "kk-KZ", "__proto__"] },
  // this package's contacts: the typed ones, or the record's ("onFile": refused for a teacher not on file, as the good IIN's is)
  contacts: { good: one("given"), refusesBad: true, refused: ["", "GIVEN", "on_file", "__proto__", "x".repeat(11)], crafted: ["onFile"] },
  purpose: { good: one("ASSIGN"), refusesBad: true, refused: ["", "assign", "CONFIRMED", "toString"] },
  // the hidden clock field holds the page's signed stamp: anything else (once a 500, when it was a
  // date: zod's own message taken for a key; then a start in 1970) is no stamp, and the intake starts now
  intakeStartedAt: {
    good: fc.constant(t.intakeStamp[role ?? "CLERK"] ?? ""),
    refused: ["x".repeat(41)],
    crafted: [
      "abc",
      "",
      "99999999999999",
      "2026-13-01",
      "0001-01-01",
      "1970-01-01",
      "-271821-04-20T00:00:00.000Z",
      "+275760-09-13T00:00:00.000Z",
      "1",
      "1900-01-01T00:00:00Z",
      "2100-01-01",
      // another intake role's stamp, and the stamp with its time moved back an hour
      t.intakeStamp[role === "CLERK" ? "CORP_OPERATOR" : "CLERK"] ?? "",
      (t.intakeStamp[role ?? "CLERK"] ?? "").replace(/^[0-9a-z]+/, (seconds) => (parseInt(seconds, 36) - 3600).toString(36)),
    ],
  },
  // the State Corporation names the provider; an office registers for its own and ignores the field
  providerId:
    role === "CORP_OPERATOR"
      ? { good: one(t.organizationId), refused: ["nope", "x".repeat(41), t.corpCentreId, t.registered], crafted: [""] }
      : { good: one(t.organizationId), refused: ["x".repeat(41)], crafted: ["nope", "", t.corpCentreId] },
  categorySought: { good: one("FIRST"), refusesBad: true, refused: ["", "NOPE", "first", "__proto__", "x".repeat(41)] },
  categoryHeld: text("SECOND", { refused: ["NOPE", "__proto__", "x".repeat(41)], crafted: [""] }),
  documents: {
    good: fc.oneof(fc.constantFrom(...Object.keys(ALL_DOCUMENTS)), fc.constant(Object.keys(ALL_DOCUMENTS))),
    refusesBad: true,
    // 61 characters: zod's "Invalid key in record" once answered 500
    refused: ["NO_SUCH_DOCUMENT", "X".repeat(61), ["APPLICATION_FORM", "X".repeat(61)], Array.from({ length: 101 }, () => "APPLICATION_FORM")],
  },
  // last: an unknown code is refused inside the registering transaction, after every other check
  preRegistrationCode: { good: one(""), refused: ["x".repeat(21), "NOPE-0000"], crafted: [t.preRegistrationCode.toLowerCase(), ` ${t.preRegistrationCode} `, t.preRegistrationCode] },
});

const FUZZ: Record<string, ActionFuzz> = {
  // staff: the transition buttons and the completeness decision
  runTransition: {
    roles: ["EXECUTOR"],
    shape: "json",
    fields: (t) => ({
      applicationId: { good: one(t.registered, t.taken, t.atCorp), refusesBad: true, refused: ["", "x".repeat(41), "no-such-package", "__proto__"] },
      // the hand-over has its own form (issueResultAction): no button issues a result
      action: { good: one("TAKE_FOR_REVIEW", "FORWARD_TO_PROVIDER", "REGISTER_ARRIVAL"), refusesBad: true, refused: ["constructor", "__proto__", "toString", "take_for_review", "ACCEPT_DOCUMENTS", "REGISTER_AT_OFFICE", "ISSUE_RESULT", ""] },
      // a version other than the package's: refused at the compare-and-set, after every other check
      expectedVersion: { good: nat, refused: [-1, 1.5, "1", 2 ** 53, 9999] },
    }),
    isRefusal: actionResultRefusal,
  },
  decide: {
    roles: ["EXECUTOR"],
    shape: "json",
    fields: (t) => ({
      applicationId: { good: one(t.taken), refusesBad: true, refused: ["", "x".repeat(41), "no-such-package", t.registered, t.atCorp] },
      decision: { good: one("ACCEPT", "REFUSE"), refusesBad: true, refused: ["accept", "", "DELETE", "__proto__"] },
      marks: { good: anyDocuments, refused: [{ ["X".repeat(61)]: "PRESENT" }, { APPLICATION_FORM: "ABSENT" }, [], "PRESENT", { __proto__: "PRESENT" }] },
      groundCodes: { good: one(["INCOMPLETE_PACKAGE"]), refused: [["x".repeat(61)], Array.from({ length: 21 }, () => "INCOMPLETE_PACKAGE"), "INCOMPLETE_PACKAGE"], crafted: [["NOPE"], []] },
      missingCodes: { good: one(["EMPLOYMENT_RECORD"]), refused: [Array.from({ length: 41 }, () => "X"), "EMPLOYMENT_RECORD"], crafted: [["NOPE"], ["APPLICATION_FORM"], []] },
      note: { good: fc.string({ maxLength: 30 }), refused: ["Ә".repeat(2001)], crafted: ["", "   "] },
      expectedVersion: { good: nat, refused: [-1, 1.5, "1", 9999] },
    }),
    isRefusal: actionResultRefusal,
  },
  // staff: the hand-over of a result (who received it, the identity checked); a registered package
  // has no result to hand over, so even a well-formed call changes nothing
  issueResultAction: {
    roles: ["CLERK", "CORP_OPERATOR"],
    shape: "stateAndForm",
    fields: (t) => ({
      recipient: text("REPRESENTATIVE", { refusesBad: true, refused: ["", "applicant", "NEIGHBOUR", "__proto__", "x".repeat(41)] }),
      representativeName: text("Серікова Дана", { refused: ["Ә".repeat(401)], crafted: ["", "   ", "Ә".repeat(201)] }),
      powerOfAttorneyNumber: text("1234-Н", { refused: ["1".repeat(201)], crafted: ["", "   ", "1".repeat(61)] }),
      isIdentityChecked: text("on", { refusesBad: true, refused: ["", "off", "true", "x".repeat(11)] }),
      expectedVersion: text("0", { crafted: ["-1", "1.5", "x", "9999"] }),
      // last: the package's state is checked once everything else has passed
      applicationId: { good: one(t.registered, t.atCorp), refusesBad: true, refused: ["", "x".repeat(41), "no-such-package", "__proto__"] },
    }),
    isRefusal: actionResultRefusal,
  },
  // staff: intake, at the office and at the State Corporation
  registerIntake: { roles: ["CLERK", "CORP_OPERATOR"], shape: "stateAndForm", fields: intakeFields, isRefusal: actionResultRefusal },
  lookupApplicant: {
    roles: ["CLERK", "CORP_OPERATOR"],
    shape: "arg",
    fields: () => ({ iin: { good: one("760907410001"), refusesBad: true, crafted: ["", "76090741000", "７６０９０７４１０００１", 760907410001, "760907410001\n", null] } }),
    isRefusal: lookUpAnswer,
  },
  prefillFromCode: {
    roles: ["CLERK", "CORP_OPERATOR"],
    shape: "arg",
    fields: (t) => ({ code: { good: one(t.preRegistrationCode), refusesBad: true, crafted: ["", "abc", "x".repeat(21), t.preRegistrationCode.toLowerCase(), "NOPE-0000", 1234, ["ABCD-1234"]] } }),
    isRefusal: lookUpAnswer,
  },

  // the teacher prepares online
  prepareApplication: {
    roles: ["APPLICANT"],
    shape: "stateAndForm",
    fields: (t) => ({
      iin: { good: one(t.teacherIin), refusesBad: true, refused: ["123", "760907410001", "７６０９０７４１０００１"] },
      lastName: text("Әлиева", { refused: refusedName(100) }),
      firstName: text("Айгүл", { refused: refusedName(100) }),
      middleName: text("Серікқызы", { refused: ["Ә".repeat(101)], crafted: [""] }),
      phone: text("+7 701 234 56 78", { refused: ["abc", "+7"], crafted: [""] }),
      email: text("a.b@mail.kz", { refused: ["x", "@"], crafted: ["", "a@b"] }),
      locale: { good: one("kk", "ru", "en"), refusesBad: true, refused: ["", "KK"] },
      purpose: { good: one("ASSIGN"), refusesBad: true, refused: ["", "assign"] },
      categorySought: { good: one("FIRST"), refusesBad: true, refused: ["", "NOPE", "x".repeat(301)] },
      categoryHeld: text("SECOND", { refused: ["NOPE", "__proto__"], crafted: [""] }),
      // last: the provider is looked up after every other check
      providerId: { good: one(t.organizationId), refusesBad: true, refused: ["x".repeat(41), t.corpCentreId, "no-such-provider"] },
    }),
    isRefusal: actionResultRefusal,
  },

  // the appeal route: the teacher's complaint about her refused package, the head's answer
  fileComplaintAction: {
    roles: ["APPLICANT"],
    shape: "stateAndForm",
    fields: (t) => ({
      applicationId: { good: one(t.refusedOwn), refusesBad: true, refused: ["", "x".repeat(41), "no-such-package", "__proto__", t.registered] },
      text: text("Прошу пересмотреть отказ: все документы были в пакете.", { refused: ["", "   ", "қысқа", "Ә".repeat(2001), "\n".repeat(50)] }),
    }),
    isRefusal: actionResultRefusal,
  },
  answerComplaintAction: {
    roles: ["PROVIDER_HEAD"],
    shape: "stateAndForm",
    fields: () => ({
      // no complaint: whatever the text, nothing is answered
      complaintId: { good: one("nosuchcomplaint000000"), refusesBad: true, refused: ["", "x".repeat(41), "__proto__"] },
      text: text("Жалоба рассмотрена, отказ обоснован.", { refused: ["", "   ", "Ә".repeat(4001)] }),
    }),
    isRefusal: actionResultRefusal,
  },

  // a code to confirm the online application: it takes no argument, so any field given is refused
  requestSubmissionCodeAction: {
    roles: ["APPLICANT"],
    shape: "json",
    fields: () => ({
      unexpected: { good: one("never sent"), refusesBad: true, bad: fc.oneof(hostileText, fc.integer(), fc.constant(null), fc.boolean()), refused: ["", 0, null, {}] },
    }),
    isRefusal: actionResultRefusal,
  },

  // one's own account: the password change, open to every role
  changePasswordAction: {
    roles: ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: () => ({
      newPassword: text("a new password of mine", { refused: ["short", "", "x".repeat(257)] }),
      confirmPassword: text("a new password of mine", { refused: ["another password", ""] }),
      // last, and never the visitor's own: it is checked after the form, and a fuzzed new password
      // that happens to be valid must not change the account under the other specs
      currentPassword: { good: one("not the visitor's password"), refusesBad: true, refused: ["", "x".repeat(257)] },
    }),
    isRefusal: actionResultRefusal,
  },

  // signing out everywhere: only with its form's confirmation; anything else ends no session (the visitors' own)
  signOutEverywhereAction: {
    roles: ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "SYSTEM_ADMIN", "PROVIDER_HEAD"],
    shape: "stateAndForm",
    fields: () => ({ confirm: { good: one("everywhere"), refusesBad: true, refused: ["", "EVERYWHERE", "yes", "x".repeat(41)] } }),
    isRefusal: actionResultRefusal,
  },
  // a teacher's contacts: the good phone is the one on file, so every request is refused and no code is sent
  requestContactCodeAction: {
    roles: ["APPLICANT"],
    shape: "stateAndForm",
    fields: (t) => ({
      kind: { good: one("phone"), refusesBad: true, refused: ["", "PHONE", "sms", "__proto__"] },
      email: text("", { crafted: ["x".repeat(201), "a@b", "\u0000"] }),
      phone: { good: one(t.teacherPhoneOnFile), refusesBad: true, refused: ["", "123", "+7 7292 50 50 50", "x".repeat(41)], crafted: ["７０１２３４５６７８"] },
    }),
    isRefusal: actionResultRefusal,
  },
  // no code was asked for: whatever is typed, nothing changes
  confirmContactChangeAction: {
    roles: ["APPLICANT"],
    shape: "stateAndForm",
    fields: () => ({ code: { good: one("000000"), refusesBad: true, refused: ["", "abc", "12345", "x".repeat(41)], crafted: ["１２３４５６", "123 456"] } }),
    isRefusal: actionResultRefusal,
  },

  // the public lookup and the language switch
  lookUpStatus: {
    roles: [],
    shape: "form",
    fields: (t) => ({
      registrationNumber: { good: one(t.registeredNumber), refusesBad: true, crafted: ["", "x".repeat(21), "2026-000001", ` ${t.registeredNumber}`] },
      // the IIN is never the package's teacher's, nor the demo teacher's (her IIN's misses would
      // slow her own lookups in other specs): every lookup of this spec is a miss
      iin: { good: one(NOBODYS_IIN), refusesBad: true, refused: ["123"], crafted: ["", "７６０９０７４１０００１", "x".repeat(41)] },
      accessCode: { good: one(t.registeredAccessCode), refusesBad: true, refused: ["K7MQ0P"], crafted: ["", "x".repeat(41), "К7М Q2Р", ` ${t.registeredAccessCode.toLowerCase()} `] },
    }),
    isRefusal: statusLookupRefusal,
  },
  // signing in: the login is no one's, so every attempt fails (and counts only against the fuzz's own client)
  submitSignIn: {
    roles: [],
    shape: "stateAndForm",
    fields: () => ({
      login: { good: one("nobody.fuzz"), refusesBad: true, refused: ["", "   "], crafted: ["x".repeat(301), "NOBODY.FUZZ", " 7609 0741 0001 "] },
      password: { good: one("not-the-password"), refusesBad: true, refused: [""], crafted: ["x".repeat(1_001)] },
      callbackUrl: text("/clerk", { crafted: ["/\\evil.example", "/\t/evil.example", "//evil.example", "http://evil.example/", ""] }),
      // the signed note of a later step: anything forged is "sign in again"
      pending: text("", { crafted: ["x", "a.b", "eyJzIjoibm90aWNlIn0.AAAA", "x".repeat(1_001)] }),
      code: text("", { crafted: ["000000", "１２３４５６", "x".repeat(21)] }),
    }),
    isRefusal: signInRefusal,
  },
  // a teacher's sign-in by code: the IIN is no one's, so no code is sent and every code is wrong
  submitCodeSignIn: {
    roles: [],
    shape: "stateAndForm",
    fields: () => ({
      iin: { good: one(NOBODYS_IIN), refusesBad: true, refused: ["", "123", "x".repeat(41), "７６０９０７４１０００１"], crafted: [` ${NOBODYS_IIN} `, NOBODYS_IIN.replace(/(\d{4})/g, "$1 ").trim()] },
      step: text("code", { crafted: ["", "iin", "CODE", "x".repeat(11)] }),
      code: { good: one("000000", "K7QM-4TXP"), refusesBad: true, refused: ["", "   "], crafted: ["１２３４５６", "x".repeat(41), "k7qm 4txp", "\u0000"] },
    }),
    isRefusal: codeSignInRefusal,
  },
  // enrolling a second factor: a code that is no code of the pending secret changes nothing
  confirmSecondFactor: {
    roles: ["CLERK", "EXECUTOR", "CORP_OPERATOR", "SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: () => ({ code: { good: one("000000"), refusesBad: true, refused: ["", "abcdef", "x".repeat(21)], crafted: ["123 456", "１２３４５６"] } }),
    isRefusal: actionResultRefusal,
  },
  "components/layout/language-switcher.tsx (inline)": {
    roles: [],
    shape: "form",
    fields: () => ({ locale: { good: one("ru"), refusesBad: true, crafted: ["", "RU", "ru-RU", "__proto__", "constructor", "ru\u0000"] } }),
    isRefusal: localeUnchanged,
  },

  // administration
  createOrganizationAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      kind: { good: one("SCHOOL"), refusesBad: true, refused: ["NOT_A_KIND", "", "school"] },
      nameKk: text("Мектеп", { refused: refusedName(300) }),
      nameRu: text("Школа", { refused: refusedName(300) }),
      nameEn: text("School", { refused: refusedName(300) }),
      localityCode: text("AKTAU", { refused: ["a", "471010000", "x".repeat(41)] }),
      parentId: text(t.organizationId, { refused: ["no-such-organization"], crafted: [""] }),
      // last: a code already taken is refused by the unique index, at the insert
      code: text("FUZZ-ORG-1", { refused: ["a", "AKTAU-SCH-07"] }),
    }),
    isRefusal: actionResultRefusal,
  },
  updateOrganizationAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      kind: { good: one("SCHOOL"), refusesBad: true, refused: ["NOT_A_KIND", ""] },
      nameKk: text("Мектеп", { refused: refusedName(300) }),
      nameRu: text("Школа", { refused: refusedName(300) }),
      nameEn: text("School", { refused: refusedName(300) }),
      localityCode: text("AKTAU", { refused: ["a"] }),
      parentId: text("", { refused: ["no-such-organization", t.organizationId] }),
      id: { good: one(t.organizationId), refusesBad: true, refused: ["no-such-organization", "x".repeat(41), ""] },
      // last: another organization's code is refused by the unique index, at the update
      code: text("AKTAU-SCH-07", { refused: ["a", "BEINEU-SCH-01"] }),
    }),
    isRefusal: actionResultRefusal,
  },
  createUserAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      role: { good: one("CLERK"), refusesBad: true, refused: ["NOT_A_ROLE", "APPLICANT", "", "clerk"] },
      fullName: text("Fuzz", { refused: refusedName(200) }),
      organizationId: text(t.organizationId, { refused: ["", "no-such-organization", "x".repeat(41)] }),
      password: text("long enough password", { refused: ["short", ""] }),
      // a staff member's IIN for signing in by signature: optional, twelve digits with their check digit
      iin: text("", { refused: ["12345", "760907410002", "7609074100011", "abcdefghijkl"] }),
      // last: a login already taken is refused by the unique index, after the password is hashed
      login: text("fuzz.created", { refused: ["ab", "UPPER CASE", "clerk.aktau7"] }),
    }),
    isRefusal: actionResultRefusal,
  },
  updateUserAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      role: { good: one("EXECUTOR"), refusesBad: true, refused: ["NOT_A_ROLE", "APPLICANT", ""] },
      fullName: text("Fuzz", { refused: refusedName(200) }),
      password: text("", { refused: ["short"] }),
      iin: text("", { refused: ["12345", "760907410002", "abcdefghijkl"] }),
      organizationId: text(t.organizationId, { refused: ["", "no-such-organization"] }),
      isActive: text("on", { crafted: ["off", "", "ON", "true"] }),
      // last: the account is looked up after the form is parsed and the password hashed
      id: { good: one(t.staffUserId), refusesBad: true, refused: ["x".repeat(41), "", "no-such-user"] },
    }),
    isRefusal: actionResultRefusal,
  },
  // no such account: whatever the id, no password is reset (a real reset would end a visitor's sessions)
  resetPasswordAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: () => ({ id: { good: one("nosuchuser0000000000"), refusesBad: true, refused: ["", "x".repeat(41), "__proto__"] } }),
    isRefusal: actionResultRefusal,
  },
  cloneVersionAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      id: { good: one(t.versionId), refusesBad: true, refused: ["no-such-version", "x".repeat(41), ""] },
      // last: a code already taken is refused by the unique index, at the insert
      code: text("FUZZ-1", { refused: ["a", t.versionCode] }),
    }),
    isRefusal: actionResultRefusal,
  },
  updateDraftAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      titleKk: text("Т", { refused: refusedName(500) }),
      titleRu: text("Т", { refused: refusedName(500) }),
      titleEn: text("T", { refused: refusedName(500) }),
      legalBasis: text("Қаулы", { refused: refusedName(1000) }),
      effectiveFrom: text("2030-01-01", { refused: ["2030-1-1", "", "x"], crafted: ["2030-02-30", "0000-00-00"] }),
      "norm.CORP_INTAKE": text("20", { crafted: badNumbers }),
      "norm.OFFICE_REGISTRATION": text("20", { crafted: badNumbers }),
      "norm.COMPLETENESS_CHECK": text("20", { crafted: badNumbers }),
      dueSoonShare: text("0.5", { crafted: badNumbers }),
      termSame: text("5", { crafted: badNumbers }),
      termOther: text("7", { crafted: badNumbers }),
      leadHours: text("24", { crafted: badNumbers }),
      "checkedBy.OFFICE": text("EXECUTOR", { crafted: ["APPLICANT", "REGION_ADMIN", "", "executor"] }),
      "checkedBy.STATE_CORP": text("CLERK", { crafted: ["CORP_OPERATOR", "SYSTEM_ADMIN", "", "clerk"] }),
      serviceName: text("{}", { crafted: badJson }),
      incompleteAtCounter: text("{}", { crafted: badJson }),
      providers: text("{}", { crafted: badJson }),
      channels: text("[]", { crafted: badJson }),
      unclaimedResult: text("{}", { crafted: badJson }),
      checklist: text("[]", { crafted: badJson }),
      refusalGrounds: text("[]", { crafted: badJson }),
      categories: text("[]", { crafted: badJson }),
      // last: the published version is read-only, whatever the form says
      id: { good: one(t.versionId), refusesBad: true, refused: ["no-such-version", "", t.versionId] },
    }),
    isRefusal: actionResultRefusal,
  },
  publishVersionAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      effectiveFrom: { good: one("2030-01-01"), refused: ["1999-01-01", "2026-13-45", "", "x".repeat(41)], crafted: ["2030-02-30", "9999-12-31"] },
      // last: a published version is published already
      id: { good: one(t.versionId), refusesBad: true, refused: ["no-such-version", t.versionId] },
    }),
    isRefusal: actionResultRefusal,
  },
  addHolidayAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: (t) => ({
      nameKk: text("Мереке", { refused: refusedName(200) }),
      nameRu: text("Праздник", { refused: refusedName(200) }),
      nameEn: text("Holiday", { refused: refusedName(200) }),
      kind: text("WORKING_DAY", { refused: ["HOLIDAY", "working_day", "DAY_OFF "] }),
      source: text("Үкімет қаулысы № 1", { refused: refusedName(500) }),
      // last: a day already in the calendar is refused by the unique index
      date: { good: one("2031-01-07"), refusesBad: true, refused: ["2030-02-30", "2030-13-01", "2030-1-1", "", "0000-00-00", t.holidayDate] },
    }),
    isRefusal: actionResultRefusal,
  },
  removeHolidayAction: {
    roles: ["SYSTEM_ADMIN"],
    shape: "stateAndForm",
    fields: () => ({
      source: text("Үкімет қаулысы № 2", { refused: refusedName(500) }),
      date: { good: one("2031-01-08"), refusesBad: true, crafted: ["2030-02-30", "2030-13-01", "", "__proto__"] },
    }),
    isRefusal: actionResultRefusal,
  },
};

// ---- encoding the input as a client would, and as no client should --------------------------------

/** A form field's value as sent: text, a file where text belongs, or several values (ticked boxes). */
function appendField(form: FormData, name: string, value: unknown) {
  if (Array.isArray(value) && (value.length <= 3 || (value.length <= 200 && value.every((item) => typeof item === "string")))) {
    for (const item of value) appendField(form, name, item);
  } else if (typeof value === "string") form.append(name, value);
  else if (value && typeof value === "object" && !Array.isArray(value)) form.append(name, new Blob([JSON.stringify(value)], { type: "application/json" }), "value.json");
  // a long list goes as its JSON text: String() of a list holding a null-prototype object throws
  else form.append(name, Array.isArray(value) ? JSON.stringify(value) : String(value));
}

/** The call as a client makes it: the argument list, or the form of a form action. */
type Call = { args: unknown[] } | { form: Record<string, unknown> };

/** A set of fields as the action's argument (the one argument, the argument object) or its form. */
function callOf(shape: Shape, fields: Record<string, unknown>): Call {
  if (shape === "arg") return { args: Object.values(fields).slice(0, 1) };
  if (shape === "json") return { args: [fields] };
  return { form: fields };
}

async function encodeCall(shape: Shape, call: Call): Promise<ActionBody> {
  if ("args" in call) return { json: call.args };
  // React's reply: the form's fields under "_1_", row 0 lists the arguments
  const form = new FormData();
  for (const [name, value] of Object.entries(call.form)) appendField(form, `_1_${name}`, value);
  form.append("0", JSON.stringify(shape === "stateAndForm" ? [null, "$K1"] : ["$K1"]));
  return multipart(form);
}

/** Junk in place of the arguments: too many, of the wrong type, a form for a JSON action and back. */
function junkCall(shape: Shape, fields: Fields): fc.Arbitrary<Call> {
  return shape === "arg" || shape === "json"
    ? fc.array(badValue, { maxLength: 3 }).map((args) => ({ args }))
    : fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(fields)), fc.string({ maxLength: 10 })), badValue, { maxKeys: 5 }).map((form) => ({ form }));
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

test("the intake's fuzz varies every field of the intake form", () => {
  const targets = { refusedOwn: "", registered: "", registeredNumber: "", registeredAccessCode: "", taken: "", atCorp: "", preRegistrationCode: "X", teacherIin: "", organizationId: "", corpCentreId: "", staffUserId: "", teacherPhoneOnFile: "", intakeStamp: {}, versionId: "", versionCode: "", holidayDate: "" };
  for (const role of ["CLERK", "CORP_OPERATOR"] as const) {
    expect(Object.keys(intakeFields(targets, role)).sort(), role).toEqual(Object.keys(intakeFormSchema.in.shape).sort());
  }
});

test.describe("server actions refuse bad input", () => {
  const visitors = new Map<Role, FuzzVisitor>();
  let targets: Targets;
  let watched: Watched;
  const actions = everyServerAction();
  // a client of its own (its own source address), so the lookup's and sign-in's limits never slow other specs
  let client: OwnClient;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(90_000);
    client = await ownClient();
    for (const role of ["APPLICANT", "CLERK", "EXECUTOR", "CORP_OPERATOR", "SYSTEM_ADMIN", "PROVIDER_HEAD"] as const) visitors.set(role, await createVisitor(baseURL!, role));
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
    // the fuzz's teacher as she is on file, refused once at the school
    const onFile = await e2eDb().applicant.findUniqueOrThrow({ where: { iin: teacherIin }, select: { lastName: true, firstName: true, middleName: true } });
    const refusedOwn = await registerAtOffice(clerk, { iin: teacherIin, lastName: onFile.lastName, firstName: onFile.firstName, middleName: onFile.middleName ?? undefined });
    await take(await login("EXECUTOR"), refusedOwn.applicationId);
    await refuseDocuments({ db: e2eDb(), now: () => new Date() }, await actorByLogin(await login("EXECUTOR")), {
      applicationId: refusedOwn.applicationId,
      marks: { ...ALL_DOCUMENTS, EMPLOYMENT_RECORD: "MISSING" },
      groundCodes: ["INCOMPLETE_PACKAGE"],
      missingCodes: ["EMPLOYMENT_RECORD"],
    });
    const version = await e2eDb().regulationVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, code: true } });
    const holiday = await e2eDb().holiday.findFirstOrThrow({ select: { date: true } });
    // the stamp each intake page gives its own staff member, read as a browser reads the page
    const intakeStamp: Targets["intakeStamp"] = {};
    for (const [role, page] of [["CLERK", "/clerk/register"], ["CORP_OPERATOR", "/corp/register"]] as const) {
      const html = await (await visitors.get(role)!.context!.get(page)).text();
      intakeStamp[role] = /name="intakeStartedAt" value="([^"]+)"/.exec(html)?.[1];
      expect(intakeStamp[role], `${page} stamps the intake's start`).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
    }
    targets = {
      refusedOwn: refusedOwn.applicationId,
      registered: registered.applicationId,
      registeredNumber: registered.registrationNumber,
      registeredAccessCode: registered.accessCode,
      taken: taken.applicationId,
      atCorp: atCorp.applicationId,
      preRegistrationCode: code,
      teacherIin,
      organizationId: school.id,
      corpCentreId: operator.organizationId!,
      staffUserId: visitors.get("CLERK")!.userId!,
      teacherPhoneOnFile: (await contactsOnFile(e2eDb(), teacher.userId))?.phone ?? "",
      intakeStamp,
      versionId: version.id,
      versionCode: version.code,
      holidayDate: holiday.date.toISOString().slice(0, 10),
    };
    const visitorIds = [...visitors.values()].map((v) => v.userId!);
    watched = { applicationIds: [targets.registered, targets.taken, targets.atCorp], visitorIds, applicantIins: [teacherIin], ...(await adminTargets(visitorIds)) };
  });

  test.afterAll(async () => {
    await Promise.all([...visitors.values()].map((v) => v.context?.dispose()));
    await client?.close();
  });

  async function expectRefused(baseURL: string, fuzz: ActionFuzz, visitor: FuzzVisitor, ref: ServerActionRef, body: ActionBody, asked: Locale, what: string) {
    const response = await callServerAction(baseURL, ref, body, {
      cookie: withLocale(visitor.cookie, asked),
      from: client.fetch,
    });
    expect(response.status, `${what}: never a 5xx: ${response.raw.slice(0, 300)}`).toBeLessThan(500);
    if (response.status >= 400) return expectTranslatedJson(response.status, Object.fromEntries(response.headers), response.raw, asked, what);
    if (response.status >= 300) {
      // the proxy's early redirect of a signed-out visitor away from a workspace page
      expect(visitor.role, `${what}: a redirect (${response.status}) to ${response.headers.get("location")}`).toBe("ANONYMOUS");
      return expect(new URL(response.headers.get("location")!, "http://x").pathname, what).toBe("/sign-in");
    }
    const redirect = response.headers.get("x-action-redirect");
    if (redirect && fuzz.roles.length > 0) {
      // an action that requires a role sends a signed-out visitor to sign in, having done nothing
      expect(visitor.role, `${what}: redirected to ${redirect}`).toBe("ANONYMOUS");
      return expect(redirect, what).toMatch(/^\/sign-in/);
    }
    fuzz.isRefusal(response, asked, what);
  }

  const describe = (input: unknown) => {
    try {
      return JSON.stringify(input)?.slice(0, 160) ?? String(input);
    } catch {
      return "(unprintable)";
    }
  };

  for (const [name, fuzz] of Object.entries(FUZZ)) {
    test(`${name}: every field bad in turn, junk arguments and badly encoded bodies are refused in the asked language`, async ({ baseURL }) => {
      // the draft regulation version's form has 22 fields since issue 15: its run takes minutes of
      // this worker's CPU (not the portal's), about 0.6 s per request; why is an open question
      // (stop note of session 22)
      test.setTimeout(name === "updateDraftAction" ? 480_000 : 180_000);
      const ref = actions.get(name)!;
      const requests = requestCounter();
      const send = async (visitor: FuzzVisitor, body: ActionBody, asked: Locale, what: string) => {
        requests.add();
        await expectRefused(baseURL!, fuzz, visitor, ref, body, asked, `${name} as ${visitor.role} (${asked}) ${what}`);
      };
      const before = await fingerprint(watched);
      // the roles that may use it, field by field: each field's own bad values, then generic ones
      const callers = fuzz.roles.length === 0 ? [ANONYMOUS] : fuzz.roles.map((role) => visitors.get(role)!);
      for (const visitor of callers) {
        const fields = fuzz.fields(targets, visitor.role === "ANONYMOUS" ? null : visitor.role);
        for (const target of Object.keys(fields)) {
          const examples = fieldExamples(fields, target).map((input, i): [Record<string, unknown>, Locale] => [input, LOCALES[i % LOCALES.length]!]);
          await fc.assert(
            fc.asyncProperty(badInField(fields, target), locale, async (input, asked) => {
              await send(visitor, await encodeCall(fuzz.shape, callOf(fuzz.shape, input)), asked, `bad ${target}: ${describe(input)}`);
            }),
            runs(PER_FIELD_RUNS, examples),
          );
        }
      }
      // everyone, the signed-out visitor included: junk arguments and bodies React cannot decode
      for (const visitor of fuzz.roles.length === 0 ? [ANONYMOUS] : [...callers, ANONYMOUS]) {
        const fields = fuzz.fields(targets, visitor.role === "ANONYMOUS" ? null : visitor.role);
        const anyBadInput = fc.constantFrom(...Object.keys(fields)).chain((target) => badInField(fields, target).map((input) => callOf(fuzz.shape, input)));
        await fc.assert(
          fc.asyncProperty(fc.oneof(anyBadInput, junkCall(fuzz.shape, fields)), locale, async (call, asked) => {
            await send(visitor, await encodeCall(fuzz.shape, call), asked, `junk: ${describe(call)}`);
          }),
          runs(JUNK_RUNS),
        );
        await fc.assert(
          fc.asyncProperty(malformedBody, locale, async (body, asked) => {
            await send(visitor, await body(), asked, "malformed body");
          }),
          runs(MALFORMED_RUNS),
        );
      }
      expect(await fingerprint(watched), "nothing stored changed").toEqual(before);
      requests.report(name);
    });
  }

  test("the public forms posted without JavaScript refuse bad fields and broken action descriptors", async ({ baseURL }) => {
    test.setTimeout(60_000);
    const requests = requestCounter();
    const publicForms = [actions.get("lookUpStatus")!, actions.get("components/layout/language-switcher.tsx (inline)")!, actions.get("submitSignIn")!, actions.get("submitCodeSignIn")!];
    const before = await fingerprint(watched);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...publicForms),
        fc.dictionary(fc.constantFrom("registrationNumber", "iin", "accessCode", "locale", "login", "password", "pending", "code", "callbackUrl", "step", "$ACTION_1:0", "$ACTION_REF_1", "$ACTION_KEY"), hostileText, { maxKeys: 4 }),
        fc.boolean(),
        locale,
        async (ref, fields, byReference, asked) => {
          // the form names its action as React renders it: by id, or by reference to a descriptor
          const form = new FormData();
          if (byReference) form.append("$ACTION_REF_1", "");
          else form.append(`$ACTION_ID_${ref.id}`, "");
          for (const [name, value] of Object.entries(fields)) form.append(name, value);
          const encoded = new Response(form);
          requests.add();
          const response = await client.fetch(new URL(ref.pagePath, baseURL), {
            method: "POST",
            headers: { "Content-Type": encoded.headers.get("content-type")!, Cookie: withLocale("", asked), Origin: baseURL! },
            body: await encoded.arrayBuffer(),
            redirect: "manual",
          });
          const body = await response.text();
          const what = `no-JavaScript post of ${ref.exportedName} (${asked}) ${JSON.stringify(fields).slice(0, 200)}`;
          expect(response.status, `${what}: never a 5xx: ${body.slice(0, 200)}`).toBeLessThan(500);
          if (response.status >= 400 && response.headers.get("content-type")?.includes("json")) {
            expectTranslatedJson(response.status, Object.fromEntries(response.headers), body, asked, what);
          }
          // the lookup goes back to its form (a sign-in of no one's never gets as far as a redirect); nothing else may have happened
          expect(response.headers.get("set-cookie") ?? "", what).not.toContain("session-token=");
          if (response.status === 303) expect(response.headers.get("location"), what).toMatch(/^\/status\?.*error=/);
        },
      ),
      runs(16),
    );
    expect(await fingerprint(watched), "nothing stored changed").toEqual(before);
    requests.report("no-JavaScript posts");
  });

  test("the fuzz reaches the actions: a well-formed call is answered by the action itself", async ({ baseURL }) => {
    // without this, a proxy refusing everything would pass every property above
    const language = await callServerAction(baseURL!, actions.get("components/layout/language-switcher.tsx (inline)")!, await encodeCall("form", { form: { locale: "ru" } }));
    expect(language.status).toBe(200);
    expect(language.headers.get("set-cookie") ?? "").toContain(`${LOCALE_COOKIE}=ru`);
    const transition = await callServerAction(baseURL!, actions.get("runTransition")!, { json: [{ applicationId: "no-such-package", action: "TAKE_FOR_REVIEW" }] }, { cookie: withLocale(visitors.get("EXECUTOR")!.cookie, "kk") });
    expect(transition.value).toEqual({ ok: false, message: MESSAGES.kk.errors.applicationNotFound, fieldErrors: {} });
    const intake = await callServerAction(baseURL!, actions.get("registerIntake")!, await encodeCall("stateAndForm", { form: { iin: "123", locale: "en", purpose: "ASSIGN", lastName: "A", firstName: "B", categorySought: "FIRST" } }), {
      cookie: withLocale(visitors.get("CLERK")!.cookie, "en"),
    });
    expect((intake.value as { ok: boolean; fieldErrors: Record<string, string> }).fieldErrors.iin).toBe(MESSAGES.en.errors.invalidIin);
  });

  test("an intake otherwise good meets every check before the last one: its unknown pre-registration code", async ({ baseURL }) => {
    // the crafted examples rely on this: their refusal comes last, so each crafted value meets every check before it
    for (const role of ["CLERK", "CORP_OPERATOR"] as const) {
      const fields = intakeFields(targets, role);
      const response = await callServerAction(baseURL!, actions.get("registerIntake")!, await encodeCall("stateAndForm", { form: { ...goodValues(fields), preRegistrationCode: "NOPE-0000" } }), {
        cookie: withLocale(visitors.get(role)!.cookie, "ru"),
      });
      expect(response.value, role).toEqual({ ok: false, message: MESSAGES.ru.staff.intake.codeNotFound, fieldErrors: { preRegistrationCode: MESSAGES.ru.staff.intake.codeNotFound } });
    }
  });

  test("a 61-character document code, bad contact details and contacts asked of no record are field errors in the asked language, not a 500", async ({ baseURL }) => {
    const good = goodValues(intakeFields(targets, "CLERK"));
    for (const [field, value] of [
      ["documents", "X".repeat(61)],
      ["contacts", "onFile"],
      ["phone", "abc"],
      ["email", "x"],
      ["categoryHeld", "NOPE"],
    ] as const) {
      for (const asked of LOCALES) {
        const response = await callServerAction(baseURL!, actions.get("registerIntake")!, await encodeCall("stateAndForm", { form: { ...good, [field]: value } }), {
          cookie: withLocale(visitors.get("CLERK")!.cookie, asked),
        });
        const what = `${field}=${JSON.stringify(value).slice(0, 20)} (${asked})`;
        expect(response.status, what).toBe(200);
        const result = response.value as { ok: boolean; message: string; fieldErrors: Record<string, string> };
        expect(result.ok, what).toBe(false);
        expectTranslated(result.message, asked, what);
        const [errorField] = Object.keys(result.fieldErrors);
        expect(errorField?.split(".")[0], what).toBe(field);
        expectTranslated(result.fieldErrors[errorField!], asked, what);
      }
    }
  });
});
