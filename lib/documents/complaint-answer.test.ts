import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import type { AnsweredComplaint } from "../complaints/complaint-views";
import { regulationRulesSchema } from "../domain/regulation-version";
import { LOCALES, type Locale } from "../i18n/locales";
import { MESSAGES } from "../i18n/messages";
import { complaintAnswerSpec, summaryOf, SUMMARY_CHARACTERS } from "./complaint-answer";
import { renderPdf } from "./pdf-layout";
import { pdfText } from "./pdf-text.test-support";

const RULES = regulationRulesSchema.parse(REGULATION_VERSIONS[0]!.rules);
const PROVIDER = { nameKk: "№ 7 мектеп-гимназия", nameRu: "Школа-гимназия № 7", nameEn: "School-Gymnasium No. 7" };
const APPLICANT_NAME = "Сейітова Шаһида Әйгүлқызы";
const HEAD_NAME = "Оразбаева Сәуле Қанатқызы";
// what the teacher and the head wrote is theirs: the paper prints it in the language they wrote it in
const WRITTEN = {
  kk: { complaint: "Біліктілікті арттыру курсының сертификатын тапсырдым, бірақ ол жоқ деп белгіленген.", answer: "Шағым қаралды: сертификат тіркеу кезінде тапсырылмаған, бас тарту негізді." },
  ru: { complaint: "Я сдавала сертификат о курсах повышения квалификации, но он отмечен как отсутствующий.", answer: "Жалоба рассмотрена: сертификат при регистрации не сдавался, отказ обоснован." },
  en: { complaint: "I handed in the in-service training certificate, but it was marked missing.", answer: "The complaint was considered: the certificate was not handed in at registration; the refusal stands." },
};

function paper(locale: Locale, overrides: Partial<AnsweredComplaint["complaint"]> = {}): AnsweredComplaint {
  return {
    complaint: {
      id: "cmtestcomplaint00000001",
      applicationId: "cmtestapplication0000001",
      state: "ANSWERED",
      filedAt: "2026-11-25T05:00:00.000Z",
      dueAt: "2026-12-02T13:30:00.000Z",
      isOverdue: false,
      text: WRITTEN[locale].complaint,
      answerText: WRITTEN[locale].answer,
      answeredAt: "2026-11-27T06:30:00.000Z",
      answeredByName: HEAD_NAME,
      ...overrides,
    },
    registrationNumber: "2026-000123",
    applicantName: APPLICANT_NAME,
    packageLocale: locale,
    provider: PROVIDER,
    providerName: locale === "kk" ? PROVIDER.nameKk : locale === "ru" ? PROVIDER.nameRu : PROVIDER.nameEn,
    answeredByRole: "PROVIDER_HEAD",
    rules: RULES,
  };
}

const squash = (text: string) => text.replace(/\s+/g, " ");

describe("the answer to a complaint, as a paper", { timeout: 60_000 }, () => {
  for (const locale of LOCALES) {
    it(`carries the service, the number, the complaint, the answer, who and when, in ${locale} only`, async () => {
      const words = MESSAGES[locale].complaints.pdf;
      const text = squash((await pdfText(await renderPdf(complaintAnswerSpec(paper(locale), locale)!))).join(" "));
      expect(text).toContain(`${words.title} ${words.subtitle}`);
      expect(text).toContain(words.number.replace("{number}", "2026-000123"));
      // the service by the full name its version gives it
      expect(text).toContain(squash(RULES.serviceName.name[locale]));
      expect(text).toContain(WRITTEN[locale].complaint);
      expect(text).toContain(WRITTEN[locale].answer);
      expect(text).toContain(`${words.answeredBy.split("{")[0]}${HEAD_NAME}, ${MESSAGES[locale].roles.PROVIDER_HEAD}`);
      expect(text).toContain(words.answeredAt.split("{")[0]);
      // the ways left: the authorized body (15 working days) and a court, not the head again
      expect(text).toContain(RULES.appealRoute[1]!.text[locale]);
      expect(text).toContain(RULES.appealRoute[2]!.text[locale]);
      expect(text).not.toContain(RULES.appealRoute[0]!.text[locale]);

      const rest = [APPLICANT_NAME, HEAD_NAME].reduce((acc, name) => acc.split(name).join(" "), text);
      if (locale === "en") expect(rest).not.toMatch(/\p{Script=Cyrillic}/u);
      else expect(rest).not.toMatch(/[A-Za-z]/);
      for (const other of LOCALES.filter((l) => l !== locale)) {
        expect(rest, `not the ${other} title`).not.toContain(MESSAGES[other].complaints.pdf.title);
        expect(rest, `not the ${other} service name`).not.toContain(squash(RULES.serviceName.name[other]));
      }
    });
  }

  it("does not exist before the complaint is answered", () => {
    expect(complaintAnswerSpec(paper("kk", { state: "FILED", answerText: null, answeredAt: null, answeredByName: null }), "kk")).toBeNull();
  });

  it("summarizes a long complaint at a word, and keeps a short one whole", () => {
    const long = "сөз ".repeat(400);
    const summary = summaryOf(long);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_CHARACTERS + 1);
    expect(summary.endsWith("сөз…")).toBe(true);
    expect(summaryOf("  қысқа\n\nшағым ")).toBe("қысқа шағым");
  });
});
