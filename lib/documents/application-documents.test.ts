import { describe, expect, it } from "vitest";
import type { ApplicationDetail } from "../applications/application-detail";
import { APPLICATION_STATES, type ApplicationState } from "../domain/lifecycle";
import type { Locale } from "../i18n/locales";
import { LOCALES } from "../i18n/locales";
import { MESSAGES } from "../i18n/messages";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { DOCUMENT_KINDS, acceptanceSpec, hasPaper, papersOf, receiptSpec, refusalSpec, verificationUrl, type DocumentKind } from "./application-documents";
import { renderPdf } from "./pdf-layout";
import { pdfText } from "./pdf-text.test-support";
import { verifyToken } from "./signed-token";

const SECRET = "unit-test-secret-0123456789abcdef";

function detail(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return {
    id: "cmtestapplication0000001",
    registrationNumber: "2026-000123",
    accessCode: "K7MQ2P",
    state: "REGISTERED",
    channel: "OFFICE",
    version: 0,
    purpose: "ASSIGN",
    categorySought: "FIRST",
    categorySoughtName: "Бірінші санат",
    categoryHeld: null,
    categoryHeldName: null,
    regulationVersionId: "v-mangystau-2018",
    regulationVersionCode: "MANGYSTAU-2018",
    serviceName: REGULATION_VERSIONS[0]!.rules.serviceName.name.kk,
    providerId: "cmtestprovider000000001",
    applicant: { fullName: "Сейітова Шаһида Әйгүлқызы", iin: "880412450123", phone: null, email: null, locale: "kk" },
    providerName: "№ 12 экономикалық лицей",
    corpCentreName: null,
    receivedAt: "2026-11-25T05:00:00.000Z",
    serviceDeadline: "2026-11-25T05:40:00.000Z",
    resultToCorpDeadline: null,
    openStep: null,
    documents: [
      { code: "APPLICATION_FORM", name: "Стандартқа сәйкес нысандағы өтініш", mark: "PRESENT", isReturnedToApplicant: false },
      { code: "IDENTITY_DOCUMENT", name: "Жеке басын куәландыратын құжат", mark: "PRESENT", isReturnedToApplicant: true },
      { code: "TRAINING_CERTIFICATE", name: "Біліктілікті арттыру курсынан өткені туралы құжаттың көшірмесі", mark: "MISSING", isReturnedToApplicant: false },
    ],
    refusal: null,
    assignedExecutorId: null,
    assignedExecutorName: null,
    previousApplicationId: null,
    nextApplicationId: null,
    timeline: [
      { action: "REGISTER_AT_OFFICE", fromState: null, toState: "REGISTERED", at: "2026-11-25T05:00:00.000Z", actorName: "Сәрсенбаева Гүлжан", actorRole: "CLERK", organizationName: "№ 12 экономикалық лицей", reason: null },
    ],
    collection: null,
    handover: null,
    actions: [],
    ...overrides,
  };
}

const squash = (text: string) => text.replace(/\s+/g, " ");

/** The seed's appeal route as the package detail carries it, in one language. */
const appealRouteIn = (locale: Locale) =>
  REGULATION_VERSIONS[0]!.rules.appealRoute.map((step) => ({ body: step.body, name: step.name[locale], termWorkingDays: step.termWorkingDays, text: step.text[locale] }));

// each case embeds the DejaVu fonts and parses the PDF back: seconds of CPU on a busy two-core machine
describe("the papers of a package received through the e-government portal", { timeout: 60_000 }, () => {
  const online = (locale: Locale) =>
    detail({
      channel: "E_GOV_PORTAL",
      state: "ACCEPTED",
      applicant: { fullName: "Сейітова Шаһида Әйгүлқызы", iin: "880412450123", phone: null, email: null, locale },
      timeline: [
        { action: "SUBMIT_ONLINE", fromState: null, toState: "REGISTERED", at: "2026-11-25T05:00:00.000Z", actorName: "Сейітова Шаһида Әйгүлқызы", actorRole: "APPLICANT", organizationName: null, reason: null },
        { action: "ACCEPT_DOCUMENTS", fromState: "UNDER_REVIEW", toState: "ACCEPTED", at: "2026-11-25T06:00:00.000Z", actorName: "Жұмабаева Сая", actorRole: "EXECUTOR", organizationName: "№ 12 экономикалық лицей", reason: null },
      ],
    });

  for (const locale of LOCALES) {
    it(`say it came through the portal, its receipt listing the scans and who submitted them, never a clerk: ${locale}`, async () => {
      const m = MESSAGES[locale];
      const receipt = squash((await pdfText(await renderPdf(receiptSpec(online(locale), locale, VERIFY_URL)!))).join(" "));
      expect(receipt).toContain(squash(m.onlineApplication.pdf.channel));
      expect(receipt).toContain(m.onlineApplication.pdf.scansTitle);
      expect(receipt).toContain(squash(m.onlineApplication.pdf.submittedBy.replace("{name}", "Сейітова Шаһида Әйгүлқызы")));
      expect(receipt).not.toContain(m.applicant.pdf.handedOverTitle);
      expect(receipt).not.toContain(m.applicant.pdf.staff.split("{name}")[0]!.trim());
      const acceptance = squash((await pdfText(await renderPdf(acceptanceSpec(online(locale), locale, VERIFY_URL)!))).join(" "));
      expect(acceptance).toContain(squash(m.onlineApplication.pdf.channel));
    });
  }

  it("a paper of the office says nothing of the portal", async () => {
    const receipt = squash((await pdfText(await renderPdf(receiptSpec(detail(), "en", VERIFY_URL)!))).join(" "));
    expect(receipt).not.toContain("e-government portal");
  });
});

describe("the receipt PDF", { timeout: 30_000 }, () => {
  it("carries the number, time, documents, staff member and expected date, in Kazakh letters a reader can copy", async () => {
    const url = verificationUrl("https://sanat.example.kz", "receipt", detail(), new Date(detail().receivedAt), SECRET);
    const bytes = await renderPdf(receiptSpec(detail(), "kk", url)!);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const text = squash((await pdfText(bytes)).join(" "));
    expect(text).toContain("ҚОЛХАТ құжаттардың алынғаны және тіркелгені туралы");
    expect(text).not.toContain("қабылданғаны");
    expect(text).toContain("Тіркеу нөмірі: 2026-000123");
    expect(text).toContain("Тіркелген күні мен уақыты:");
    expect(text).toContain("Сейітова Шаһида Әйгүлқызы");
    // what was handed over, and apart from it what was not (never "accepted — missing")
    expect(text).toMatch(/Тапсырылған құжаттар 1\. Стандартқа сәйкес нысандағы өтініш 2\. Жеке басын куәландыратын құжат \(қайтарылды\) Тапсырылмаған құжаттар • Біліктілікті арттыру курсынан өткені туралы құжаттың көшірмесі/);
    expect(text).not.toContain("— жоқ");
    expect(text).toContain("Тіркеген қызметкер: Сәрсенбаева Гүлжан, Кеңсе қызметкері");
    expect(text).toContain("Нәтиже берілетін мерзім:");
    expect(text).toContain("8804******23");
    expect(text).not.toContain("880412450123");
    for (const letter of "әғқңөұүһі") expect(text.toLowerCase()).toContain(letter);
  });

  it("is written in the language asked for", async () => {
    const text = squash((await pdfText(await renderPdf(receiptSpec(detail(), "ru", "https://x.kz/verify/t")!))).join(" "));
    expect(text).toContain("РАСПИСКА о получении и регистрации документов");
    expect(text).toContain("Регистрационный номер: 2026-000123");
    expect(text).toMatch(/Зарегистрировал\(а\): Сәрсенбаева Гүлжан, \S+/);
    expect(text).toContain("Срок выдачи результата");
  });

  it("links its QR code to a verification page whose token names this package", () => {
    const url = verificationUrl("https://sanat.example.kz/", "receipt", detail(), new Date(detail().receivedAt), SECRET);
    expect(url).toMatch(/^https:\/\/sanat\.example\.kz\/verify\/r\.[a-z0-9]+\.[0-9a-z]+\.[\w-]{22}$/);
    const claims = verifyToken(url.split("/verify/")[1]!, SECRET, ["receipt"]);
    expect(claims?.applicationId).toBe("cmtestapplication0000001");
    expect(receiptSpec(detail(), "kk", url)?.qr?.text).toBe(url);
  });
});

describe("the reasoned refusal PDF", { timeout: 30_000 }, () => {
  const refused = detail({
    state: "REFUSED",
    refusal: {
      grounds: [{ code: "INCOMPLETE_PACKAGE", text: "Услугополучателем не представлен полный пакет документов", clause: "Стандарт, п. 10, пп. 1)" }],
      missing: [{ code: "TRAINING_CERTIFICATE", name: "Копия документа о прохождении курсов повышения квалификации", mark: "MISSING", isReturnedToApplicant: false }],
      note: "Сертификат просрочен",
      appealRoute: appealRouteIn("ru"),
    },
    timeline: [
      ...detail().timeline,
      { action: "REFUSE_DOCUMENTS", fromState: "UNDER_REVIEW", toState: "REFUSED", at: "2026-11-25T05:15:00.000Z", actorName: "Қасымов Ерлан", actorRole: "EXECUTOR", organizationName: null, reason: null },
    ],
  });

  it("names the grounds with their clauses and the missing documents", async () => {
    const spec = refusalSpec(refused, "ru", "https://x.kz/verify/t")!;
    const text = squash((await pdfText(await renderPdf(spec))).join(" "));
    expect(text).toContain("МОТИВИРОВАННЫЙ ОТВЕТ об отказе в оказании государственной услуги");
    expect(text).toContain("Услугополучателем не представлен полный пакет документов (Стандарт, п. 10, пп. 1))");
    expect(text).toContain("Недостающие документы");
    expect(text).toContain("Копия документа о прохождении курсов повышения квалификации");
    expect(text).toContain("Пояснение: Сертификат просрочен");
    expect(text).toContain("Қасымов Ерлан");
  });

  it("tells how to appeal, from the version's appeal route: the head in 5 working days, the authorized body in 15, a court", async () => {
    for (const [locale, title, provider, authority, court] of [
      ["ru", "Порядок обжалования решения", "Руководитель услугодателя", "в течение 15 рабочих дней", "обратиться в суд"],
      ["kk", "Шешімге шағымдану тәртібі", "Көрсетілетін қызметті берушінің басшысы", "15 жұмыс күні ішінде", "сотқа жүгінуге"],
      ["en", "How to appeal the decision", "The head of the service provider", "within 15 working days", "go to court"],
    ] as const) {
      const pkg = { ...refused, refusal: { ...refused.refusal!, appealRoute: appealRouteIn(locale) } };
      const text = squash((await pdfText(await renderPdf(refusalSpec(pkg, locale, "https://x.kz/verify/t")!))).join(" "));
      expect(text, locale).toContain(title);
      expect(text, locale).toMatch(new RegExp(`1\\. ${provider}\\. .*5 .*2\\. .*${authority}.*3\\. .*${court}`));
    }
  });

  it("does not exist for a package that was not refused", () => {
    expect(refusalSpec(detail(), "kk", "https://x.kz/verify/t")).toBeNull();
  });
});

// ---- the three papers, by state and language ----------------------------------------------------

const RULES = REGULATION_VERSIONS.find((v) => v.code === "MANGYSTAU-2018")!.rules;
const PROVIDER = { kk: "№ 12 экономикалық лицей", ru: "Экономический лицей № 12", en: "Economic Lyceum No. 12" };
const CLERK_NAME = "Сәрсенбаева Гүлжан";
const CHECKER_NAME = "Қасымов Ерлан";
const APPLICANT_NAME = "Сейітова Шаһида Әйгүлқызы";
const VERIFY_URL = "https://sanat.example.kz/verify/r.cmtest.abc.0123456789abcdefghijkl";

const REFUSED_OUTCOME = new Set<ApplicationState>(["REFUSED"]);
const ACCEPTED_OUTCOME = new Set<ApplicationState>(["ACCEPTED"]);
const BEFORE_DECISION = new Set<ApplicationState>(["CORP_ACCEPTED", "IN_TRANSIT_TO_PROVIDER", "REGISTERED", "UNDER_REVIEW"]);

/** A package in `state` as the route loads it in `locale`: every name in that language (people's names are names). */
function packageIn(state: ApplicationState, locale: Locale, outcome: "accepted" | "refused" = "accepted", marks: Record<string, "PRESENT" | "MISSING" | "UNREADABLE"> = {}): ApplicationDetail {
  const isDecided = !BEFORE_DECISION.has(state);
  const isRefused = isDecided && outcome === "refused";
  const channel = state === "CORP_ACCEPTED" || state === "IN_TRANSIT_TO_PROVIDER" || state === "RESULT_SENT_TO_CORP" ? "STATE_CORP" : "OFFICE";
  const documents = RULES.checklist
    .filter((item) => item.requirement === "REQUIRED")
    .map((item) => ({ code: item.code, name: item.name[locale], mark: marks[item.code] ?? (isRefused && item.code === "TRAINING_CERTIFICATE" ? "MISSING" : "PRESENT"), isReturnedToApplicant: item.isReturnedToApplicant }));
  const ground = RULES.refusalGrounds.find((g) => g.code === "INCOMPLETE_PACKAGE")!;
  const intakeAction = channel === "STATE_CORP" ? "ACCEPT_AT_CORP" : "REGISTER_AT_OFFICE";
  return detail({
    state,
    channel,
    categorySoughtName: RULES.categories.find((c) => c.code === "FIRST")!.name[locale],
    serviceName: RULES.serviceName.name[locale],
    applicant: { fullName: APPLICANT_NAME, iin: "880412450123", phone: null, email: null, locale },
    providerName: PROVIDER[locale],
    documents,
    refusal: isRefused
      ? { grounds: [{ code: ground.code, text: ground.text[locale], clause: ground.clause[locale] }], missing: documents.filter((d) => d.mark === "MISSING"), note: null, appealRoute: appealRouteIn(locale) }
      : null,
    timeline: [
      { action: intakeAction, fromState: null, toState: channel === "STATE_CORP" ? "CORP_ACCEPTED" : "REGISTERED", at: "2026-11-25T05:00:00.000Z", actorName: CLERK_NAME, actorRole: channel === "STATE_CORP" ? "CORP_OPERATOR" : "CLERK", organizationName: null, reason: null },
      ...(isDecided
        ? [{ action: isRefused ? "REFUSE_DOCUMENTS" : "ACCEPT_DOCUMENTS", fromState: "UNDER_REVIEW" as const, toState: isRefused ? ("REFUSED" as const) : ("ACCEPTED" as const), at: "2026-11-25T05:15:00.000Z", actorName: CHECKER_NAME, actorRole: "EXECUTOR" as const, organizationName: null, reason: null }]
        : []),
    ],
  });
}

// «көрсетілетін қызметті алушы / беруші» (the seed's p.2 and p.1), not «өтініш беруші»
const FULL_NAME_PARTS = {
  kk: { recipient: `Көрсетілетін қызметті алушы: ${APPLICANT_NAME}`, provider: `Көрсетілетін қызметті беруші: ${PROVIDER.kk}` },
  ru: { recipient: `Услугополучатель: ${APPLICANT_NAME}`, provider: `Услугодатель: ${PROVIDER.ru}` },
  en: { recipient: `Service recipient: ${APPLICANT_NAME}`, provider: `Service provider: ${PROVIDER.en}` },
} as const;

const SPECS = { receipt: receiptSpec, acceptance: acceptanceSpec, refusal: refusalSpec } as const;
const titleOf = (kind: DocumentKind, locale: Locale) => `${MESSAGES[locale].applicant.pdf[`${kind}Title`]} ${MESSAGES[locale].applicant.pdf[`${kind}Subtitle`]}`;

/** The fixed words of a language's papers: the templates' text between their placeholders, and the checklist's names. */
function wordsOf(locale: Locale): Set<string> {
  const fragments = Object.values(MESSAGES[locale].applicant.pdf).flatMap((template) => template.split(/\{[^}]+\}/));
  const names = RULES.checklist.map((item) => item.name[locale]);
  return new Set([...fragments, ...names].map((text) => text.trim().replace(/[:()]+$/g, "").trim()).filter((text) => [...text.matchAll(/\p{L}/gu)].length >= 5));
}

function expectOneLanguage(text: string, locale: Locale, what: string) {
  // people's names are names, the QR link is a link, and «QR-код» is what Kazakh and Russian call it
  const rest = [APPLICANT_NAME, CLERK_NAME, CHECKER_NAME, VERIFY_URL, "QR-"].reduce((acc, name) => acc.split(name).join(" "), text);
  if (locale === "en") expect(rest, `${what}: no Cyrillic in English`).not.toMatch(/\p{Script=Cyrillic}/u);
  else expect(rest, `${what}: no Latin letters in ${locale}`).not.toMatch(/[A-Za-z]/);
  const own = wordsOf(locale);
  for (const other of LOCALES.filter((l) => l !== locale)) {
    for (const words of wordsOf(other)) if (!own.has(words)) expect(rest, `${what}: "${words}" is ${other}`).not.toContain(words);
  }
}

describe("the three papers: each in its states, titled for what happened, in one language", { timeout: 120_000 }, () => {
  it("gives the receipt of registration from intake on, the receipt of acceptance only once accepted, the refusal only once refused", () => {
    for (const state of APPLICATION_STATES) {
      for (const outcome of ["accepted", "refused"] as const) {
        const pkg = packageIn(state, "kk", outcome);
        const isDecided = !BEFORE_DECISION.has(state);
        expect(papersOf(pkg), `${state} ${outcome}`).toEqual([
          "receipt",
          ...(isDecided && outcome === "accepted" ? (["acceptance"] as const) : []),
          ...(isDecided && outcome === "refused" ? (["refusal"] as const) : []),
        ]);
        for (const kind of DOCUMENT_KINDS) expect(SPECS[kind](pkg, "kk", VERIFY_URL) !== null, `${kind} ${state} ${outcome}`).toBe(hasPaper(kind, pkg));
      }
    }
    expect(ACCEPTED_OUTCOME.size + REFUSED_OUTCOME.size).toBe(2);
  });

  it("gives no receipt for a package with nothing handed over", () => {
    const empty = packageIn("REGISTERED", "kk", "accepted", Object.fromEntries(RULES.checklist.map((item) => [item.code, "MISSING"])));
    expect(papersOf(empty)).toEqual([]);
    expect(receiptSpec(empty, "kk", VERIFY_URL)).toBeNull();
  });

  for (const locale of LOCALES) {
    it(`prints each paper with its own title and no text of another language: ${locale}`, async () => {
      const cases: [ApplicationState, "accepted" | "refused"][] = [
        ["CORP_ACCEPTED", "accepted"],
        ["UNDER_REVIEW", "accepted"],
        ["ACCEPTED", "accepted"],
        ["RESULT_ISSUED", "accepted"],
        ["REFUSED", "refused"],
        ["RESULT_SENT_TO_CORP", "refused"],
      ];
      for (const [state, outcome] of cases) {
        const pkg = packageIn(state, locale, outcome, state === "UNDER_REVIEW" ? { EMPLOYMENT_RECORD: "MISSING", EDUCATION_DIPLOMA: "UNREADABLE" } : {});
        for (const kind of papersOf(pkg)) {
          const what = `${kind} of a package ${state} (${outcome}) in ${locale}`;
          const text = squash((await pdfText(await renderPdf(SPECS[kind](pkg, locale, VERIFY_URL)!))).join(" "));
          expect(text, what).toContain(titleOf(kind, locale));
          for (const otherKind of DOCUMENT_KINDS.filter((k) => k !== kind)) {
            expect(text, `${what}: not the title of the ${otherKind}`).not.toContain(MESSAGES[locale].applicant.pdf[`${otherKind}Subtitle`]);
          }
          expectOneLanguage(text, locale, what);
          // the service by its full name (p.1), the parties by the seed's terms
          expect(text, `${what}: the service's full name`).toContain(squash(RULES.serviceName.name[locale]));
          expect(text, `${what}: the recipient`).toContain(FULL_NAME_PARTS[locale].recipient);
          expect(text, `${what}: the provider`).toContain(FULL_NAME_PARTS[locale].provider);
        }
      }
    });
  }

  it("names the service in full, as p.1 of the seed does, and the parties by the seed's terms", () => {
    expect(RULES.serviceName.name.kk).toContain("педагог қызметкерлері мен оларға теңестірілген тұлғаларға");
    expect(RULES.serviceName.name.kk).toContain("орта білімнен кейінгі білім беру бағдарламаларын іске асыратын");
    expect(RULES.serviceName.name.ru).toContain("педагогическим работникам и приравненным к ним лицам");
    expect(RULES.serviceName.isConfirmed).toBe(true);
    expect(MESSAGES.kk.applicant.pdf.refusalTitle + " " + MESSAGES.kk.applicant.pdf.refusalSubtitle).toBe("ДӘЛЕЛДІ ЖАУАП мемлекеттік қызмет көрсетуден бас тарту туралы");
  });

  it("lists on the receipt of registration what was handed over and, apart, what was not; who registered it and when the result is due", async () => {
    const pkg = packageIn("UNDER_REVIEW", "en", "accepted", { EMPLOYMENT_RECORD: "MISSING", EDUCATION_DIPLOMA: "UNREADABLE" });
    const text = squash((await pdfText(await renderPdf(receiptSpec(pkg, "en", VERIFY_URL, { accessCode: "K7Q-2MX" })!))).join(" "));
    expect(text).toContain("Registration number: 2026-000123 Access code: K7Q-2MX (entered with the number and the IIN to check the status on the portal) Date and time registered:");
    expect(text).toMatch(/Documents handed over 1\. Application in the Standard's form 2\. Identity document \(for identification\) \(handed back\) 3\. Copy of the education diploma \(unreadable\) 4\. Copy of the in-service training certificate Documents not handed over • Copy of the employment record \(work book\)/);
    expect(text).toContain(`Registered by: ${CLERK_NAME}, Office clerk`);
    expect(text).toContain("The result is due by:");
    expect(text).toContain("confirms only that the documents were received and registered");
    expect(text).not.toContain("accepted for attestation");
  });
});
