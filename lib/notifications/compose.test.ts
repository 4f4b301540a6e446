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
