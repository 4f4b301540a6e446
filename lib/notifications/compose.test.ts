import { describe, expect, it } from "vitest";
import { composeComplaintAnsweredMessages, composeStateChangeMessages, maskRecipient } from "./compose";

const change = (overrides: Partial<Parameters<typeof composeStateChangeMessages>[0]["applicant"]> = {}) => ({
  registrationNumber: "2026-000123",
  toState: "REFUSED" as const,
  serviceDeadline: new Date("2026-11-30T13:00:00Z"),
  applicant: { fullName: "Сейітова Айгүл", email: "aigul@mail.kz", phone: "+77015551234", locale: "kk", ...overrides },
  statusUrl: "https://sanat.example.kz/status",
});

describe("state-change notifications", () => {
  it("sends an email and an SMS in the applicant's language", () => {
    const [email, sms] = composeStateChangeMessages(change());
    expect(email).toMatchObject({ channel: "EMAIL", recipient: "aigul@mail.kz", locale: "kk", subject: "Өтініш 2026-000123: Дәлелді бас тарту" });
    expect(email!.body).toContain("Құрметті Сейітова Айгүл!");
    expect(email!.body).toContain("https://sanat.example.kz/status");
    expect(sms).toMatchObject({ channel: "SMS", recipient: "+77015551234" });
    expect(sms!.body).toBe("Санат: өтініш 2026-000123 — Дәлелді бас тарту. https://sanat.example.kz/status");
    const [russian] = composeStateChangeMessages(change({ locale: "ru" }));
    expect(russian!.subject).toBe("Заявка 2026-000123: Мотивированный отказ");
  });

  it("tells the access code in the notice of a registration, and only there", () => {
    const registered = { ...change(), toState: "REGISTERED" as const, accessCode: "K7MQ2P" };
    const [email, sms] = composeStateChangeMessages(registered);
    expect(email!.body).toContain("Өтініш күйін тексеруге арналған қолжетімділік коды: K7M Q2P.");
    expect(sms!.body).toBe("Санат: өтініш 2026-000123 — Кеңседе тіркелді. Код: K7M Q2P. https://sanat.example.kz/status");
    const [english] = composeStateChangeMessages({ ...registered, applicant: { ...registered.applicant, locale: "en" } });
    expect(english!.body).toContain("Your access code for the status lookup: K7M Q2P.");
    for (const message of composeStateChangeMessages(change())) expect(message.body).not.toMatch(/K7M|код/i);
  });

  it("skips channels without a usable address: no email, a city phone", () => {
    expect(composeStateChangeMessages(change({ email: null, phone: "+77292501234" }))).toEqual([]);
  });

  it("masks recipients for logs", () => {
    expect(maskRecipient("teacher1@mail.kz")).toBe("t******1@mail.kz");
    expect(maskRecipient("+77015551234")).toBe("+7701*****34");
  });
});

describe("a notice of a result waiting to be collected (issue 15, item 9)", () => {
  const collection = {
    name: { nameKk: "Ақтау қаласының № 1 ХҚКО", nameRu: "ЦОН № 1 города Актау", nameEn: "Aktau Public Service Centre No. 1" },
    address: { kk: "Ақтау қ., 11 шағын аудан, 1 ғимарат", ru: "г. Актау, 11 микрорайон, здание 1", en: null },
    hours: { kk: "дүйсенбі–жұма 09:00–18:00", ru: "понедельник–пятница 09:00–18:00", en: "Monday to Friday 09:00–18:00" },
    keptUntil: "2027-01-03",
  };
  const waiting = (locale: string) => ({ ...change({ locale }), toState: "RESULT_SENT_TO_CORP" as const, collection });

  it("says where, the hours, what to bring and until when, in the applicant's language", () => {
    const [kk, sms] = composeStateChangeMessages(waiting("kk"));
    expect(kk!.body).toContain("Нәтижені алу орны: Ақтау қаласының № 1 ХҚКО, Ақтау қ., 11 шағын аудан, 1 ғимарат.");
    expect(kk!.body).toContain("Қабылдау уақыты: дүйсенбі–жұма 09:00–18:00.");
    expect(kk!.body).toContain("Жеке басыңызды куәландыратын құжатты алып келіңіз");
    expect(kk!.body).toContain("Нәтиже 2027 ж. 03 қаң. қоса алғанда сақталады.");
    expect(sms!.body).toContain("Алу орны: Ақтау қаласының № 1 ХҚКО, Ақтау қ., 11 шағын аудан, 1 ғимарат; жеке куәлікпен келіңіз.");
    const [ru] = composeStateChangeMessages(waiting("ru"));
    expect(ru!.body).toContain("Где получить результат: ЦОН № 1 города Актау, г. Актау, 11 микрорайон, здание 1.");
    expect(ru!.body).toContain("Возьмите документ, удостоверяющий личность");
    // no English address on file: the Russian one, rather than none
    const [en] = composeStateChangeMessages(waiting("en"));
    expect(en!.body).toContain("Collect the result at: Aktau Public Service Centre No. 1, г. Актау, 11 микрорайон, здание 1.");
    expect(en!.body).toContain("Reception hours: Monday to Friday 09:00–18:00.");
    expect(en!.body).toMatch(/kept until 3 Jan 2027 inclusive/);
  });

  it("says nothing of it when the result waits nowhere, and no date when it is kept until collected", () => {
    expect(composeStateChangeMessages(change())[0]!.body).not.toContain("Нәтижені алу орны");
    const [office] = composeStateChangeMessages({ ...waiting("en"), collection: { ...collection, keptUntil: null } });
    expect(office!.body).toContain("Collect the result at:");
    expect(office!.body).not.toContain("kept until");
  });
});

describe("the notice of a complaint's answer", () => {
  const answered = (locale: string) => ({
    registrationNumber: "2026-000123",
    filedAt: new Date("2026-11-25T05:00:00Z"),
    answeredAt: new Date("2026-11-27T06:30:00Z"),
    applicant: { fullName: "Сейітова Айгүл", email: "aigul@mail.kz", phone: "+77015551234", locale },
    accountUrl: "https://sanat.example.kz/applicant",
  });

  it("tells the teacher, in her language, that the answer is in her account, with both dates", () => {
    const [email, sms] = composeComplaintAnsweredMessages(answered("kk"));
    expect(email).toMatchObject({ channel: "EMAIL", subject: "2026-000123 пакеті бойынша шағымға жауап" });
    expect(email!.body).toContain("Құрметті Сейітова Айгүл!");
    expect(email!.body).toContain("2026 ж. 25 қар., 10:00");
    expect(email!.body).toContain("2026 ж. 27 қар., 11:30");
    expect(email!.body).toContain("https://sanat.example.kz/applicant");
    expect(sms!.body).toBe("Санат: 2026-000123 бойынша шағымға жауап берілді. https://sanat.example.kz/applicant");
    const [russian] = composeComplaintAnsweredMessages(answered("ru"));
    expect(russian!.subject).toBe("Ответ на жалобу по пакету 2026-000123");
    const [english] = composeComplaintAnsweredMessages(answered("en"));
    // the name is a name; everything else is English
    expect(english!.body.replace("Сейітова Айгүл", "")).not.toMatch(/\p{Script=Cyrillic}/u);
  });
});
