import { describe, expect, it } from "vitest";
import type { ApplicationDetail } from "../applications/application-detail";
import { receiptSpec, refusalSpec, verificationUrl } from "./application-documents";
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
    actions: [],
    ...overrides,
  };
}

const squash = (text: string) => text.replace(/\s+/g, " ");

// each case embeds the DejaVu fonts and parses the PDF back: seconds of CPU on a busy two-core machine
describe("the receipt PDF", { timeout: 30_000 }, () => {
  it("carries the number, time, documents, staff member and expected date, in Kazakh letters a reader can copy", async () => {
    const url = verificationUrl("https://sanat.example.kz", "receipt", detail(), new Date(detail().receivedAt), SECRET);
    const bytes = await renderPdf(receiptSpec(detail(), "kk", url));
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const text = squash((await pdfText(bytes)).join(" "));
    expect(text).toContain("ҚОЛХАТ");
    expect(text).toContain("Тіркеу нөмірі: 2026-000123");
    // the public lookup's code, beside the number
    expect(text).toContain("Қолжетімділік коды: K7M Q2P");
    expect(text).toContain("Сейітова Шаһида Әйгүлқызы");
    expect(text).toContain("Біліктілікті арттыру курсынан өткені туралы құжаттың көшірмесі — жоқ");
    expect(text).toContain("(қайтарылды)");
    expect(text).toContain("Сәрсенбаева Гүлжан, Кеңсе қызметкері");
    expect(text).toContain("Нәтиженің күтілетін күні");
    expect(text).toContain("8804******23");
    expect(text).not.toContain("880412450123");
    for (const letter of "әғқңөұүһі") expect(text.toLowerCase()).toContain(letter);
  });

  it("is written in the language asked for", async () => {
    const text = squash((await pdfText(await renderPdf(receiptSpec(detail(), "ru", "https://x.kz/verify/t")))).join(" "));
    expect(text).toContain("РАСПИСКА");
    expect(text).toContain("Регистрационный номер: 2026-000123");
    expect(text).toContain("Код доступа: K7M Q2P");
    expect(text).toMatch(/Принял\(а\): Сәрсенбаева Гүлжан, \S+/);
    expect(text).toContain("Ожидаемая дата результата");
  });

  it("links its QR code to a verification page whose token names this package", () => {
    const url = verificationUrl("https://sanat.example.kz/", "receipt", detail(), new Date(detail().receivedAt), SECRET);
    expect(url).toMatch(/^https:\/\/sanat\.example\.kz\/verify\/r\.[a-z0-9]+\.[0-9a-z]+\.[\w-]{22}$/);
    const claims = verifyToken(url.split("/verify/")[1]!, SECRET, ["receipt"]);
    expect(claims?.applicationId).toBe("cmtestapplication0000001");
    expect(receiptSpec(detail(), "kk", url).qr?.text).toBe(url);
  });
});

describe("the reasoned refusal PDF", { timeout: 30_000 }, () => {
  const refused = detail({
    state: "REFUSED",
    refusal: {
      grounds: [{ code: "INCOMPLETE_PACKAGE", text: "Услугополучателем не представлен полный пакет документов", clause: "Стандарт, п. 10, пп. 1)" }],
      missing: [{ code: "TRAINING_CERTIFICATE", name: "Копия документа о прохождении курсов повышения квалификации", mark: "MISSING", isReturnedToApplicant: false }],
      note: "Сертификат просрочен",
    },
    timeline: [
      ...detail().timeline,
      { action: "REFUSE_DOCUMENTS", fromState: "UNDER_REVIEW", toState: "REFUSED", at: "2026-11-25T05:15:00.000Z", actorName: "Қасымов Ерлан", actorRole: "EXECUTOR", organizationName: null, reason: null },
    ],
  });

  it("names the grounds with their clauses and the missing documents", async () => {
    const spec = refusalSpec(refused, "ru", "https://x.kz/verify/t")!;
    const text = squash((await pdfText(await renderPdf(spec))).join(" "));
    expect(text).toContain("МОТИВИРОВАННЫЙ ОТКАЗ");
    expect(text).toContain("Услугополучателем не представлен полный пакет документов (Стандарт, п. 10, пп. 1))");
    expect(text).toContain("Недостающие документы");
    expect(text).toContain("Копия документа о прохождении курсов повышения квалификации");
    expect(text).toContain("Пояснение: Сертификат просрочен");
    expect(text).toContain("Қасымов Ерлан");
  });

  it("does not exist for a package that was not refused", () => {
    expect(refusalSpec(detail(), "kk", "https://x.kz/verify/t")).toBeNull();
  });
});
