import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGULATION_VERSIONS } from "../../prisma/reference/regulation-versions";
import { APPLICATION_STATES } from "./lifecycle";
import { HOLIDAYS_2018_2027 } from "./holidays";
import { ANSWER_TEXT, COMPLAINT_STATES, COMPLAINT_TEXT, compareForQueue, complaintDueAt, filingRefusal, isComplaintOverdue, normalizedText, textProblem } from "./complaints";
import { appealRouteSchema, providerAppeal, regulationRulesSchema } from "./regulation-version";
import { calendarDataFromDays, createWorkingCalendar } from "./working-calendar";

const kazakhstan = createWorkingCalendar(calendarDataFromDays(HOLIDAYS_2018_2027));
const rules = regulationRulesSchema.parse(REGULATION_VERSIONS[0]!.rules);
const aqtau = (local: string) => new Date(`${local}+05:00`);

describe("who may complain about what", () => {
  it("takes a complaint about a decided refusal only, in every state the refusal lives in", () => {
    for (const state of APPLICATION_STATES) {
      const expected = ["REFUSED", "RESULT_SENT_TO_CORP", "RESULT_ISSUED"].includes(state) ? null : "notRefused";
      expect(filingRefusal({ state, isRefused: true, hasOpenComplaint: false }), state).toBe(expected);
      // an accepted package's result travels through the same states: nothing to appeal here
      expect(filingRefusal({ state, isRefused: false, hasOpenComplaint: false }), state).toBe("notRefused");
    }
  });

  it("takes one open complaint at a time", () => {
    expect(filingRefusal({ state: "REFUSED", isRefused: true, hasOpenComplaint: true })).toBe("alreadyOpen");
  });
});

describe("the texts", () => {
  it("are held to their bounds after trimming", () => {
    expect(textProblem("   too short   ", COMPLAINT_TEXT)).toBe("tooShort");
    expect(textProblem("x".repeat(COMPLAINT_TEXT.min), COMPLAINT_TEXT)).toBeNull();
    expect(textProblem("x".repeat(COMPLAINT_TEXT.max + 1), COMPLAINT_TEXT)).toBe("tooLong");
    expect(textProblem("x".repeat(ANSWER_TEXT.max), ANSWER_TEXT)).toBeNull();
    // blank lines a paste brings do not make a text long enough
    expect(textProblem(`a${"\n".repeat(40)}b`, COMPLAINT_TEXT)).toBe("tooShort");
  });

  it("are stored with unified line ends and no run of empty lines", () => {
    expect(normalizedText("  one\r\n\r\n\r\n\r\ntwo  \r\nthree ")).toBe("one\n\ntwo\nthree");
  });
});

describe("the answer's due time", () => {
  it("is the close of the 5th working day after the day of filing, by the version's term", () => {
    expect(providerAppeal(rules).termWorkingDays).toBe(5);
    // filed Wednesday 25 November 2026: Thu, Fri, Mon, Tue, Wed → Wednesday 2 December, 18:30
    expect(complaintDueAt(kazakhstan, rules, aqtau("2026-11-25T10:00:00"))).toEqual(aqtau("2026-12-02T18:30:00"));
  });

  it("skips the days off of the calendar (Independence Day, 16 December 2026, a Wednesday)", () => {
    // filed Friday 11 December: Mon 14, Tue 15, (16 off), Thu 17, Fri 18, Mon 21
    expect(complaintDueAt(kazakhstan, rules, aqtau("2026-12-11T17:00:00"))).toEqual(aqtau("2026-12-21T18:30:00"));
  });

  it("follows the term the version holds, not a number in the code", () => {
    const longer = { appealRoute: rules.appealRoute.map((step) => (step.body === "PROVIDER" ? { ...step, termWorkingDays: 10 } : step)) };
    expect(complaintDueAt(kazakhstan, longer, aqtau("2026-11-25T10:00:00"))).toEqual(aqtau("2026-12-09T18:30:00"));
  });

  it("makes an open complaint overdue after it, never an answered one", () => {
    const dueAt = aqtau("2026-12-02T18:30:00");
    expect(isComplaintOverdue({ state: "FILED", dueAt }, aqtau("2026-12-02T18:30:00"))).toBe(false);
    expect(isComplaintOverdue({ state: "FILED", dueAt }, aqtau("2026-12-02T18:31:00"))).toBe(true);
    expect(isComplaintOverdue({ state: "ANSWERED", dueAt }, aqtau("2026-12-10T09:00:00"))).toBe(false);
  });
});

describe("the head's queue", () => {
  it("puts open complaints first, the earliest due first, then answered ones, the latest first", () => {
    const rows = [
      { id: "answered-old", state: "ANSWERED" as const, dueAt: aqtau("2026-11-01T18:30:00"), answeredAt: aqtau("2026-10-30T10:00:00") },
      { id: "open-late", state: "FILED" as const, dueAt: aqtau("2026-12-09T18:30:00"), answeredAt: null },
      { id: "answered-new", state: "ANSWERED" as const, dueAt: aqtau("2026-11-20T18:30:00"), answeredAt: aqtau("2026-11-19T10:00:00") },
      { id: "open-soon", state: "FILED" as const, dueAt: aqtau("2026-12-02T18:30:00"), answeredAt: null },
    ];
    expect([...rows].sort(compareForQueue).map((row) => row.id)).toEqual(["open-soon", "open-late", "answered-new", "answered-old"]);
  });
});

describe("the appeal route of every seeded version", () => {
  it.each(REGULATION_VERSIONS.map((version) => [version.code, version] as const))("%s: provider 5, authorized body 15, court; none confirmed", (_code, version) => {
    const route = appealRouteSchema.parse(version.rules.appealRoute);
    expect(route.map((step) => [step.body, step.termWorkingDays])).toEqual([
      ["PROVIDER", 5],
      ["QUALITY_AUTHORITY", 15],
      ["COURT", null],
    ]);
    // nothing in shared/ holds art. 25's text: the seed has no section on appeals
    expect(route.every((step) => !step.isConfirmed)).toBe(true);
    for (const step of route) {
      // each text says its own term, so the paper cannot drift from the data
      if (step.termWorkingDays !== null) for (const locale of ["kk", "ru", "en"] as const) expect(step.text[locale]).toContain(String(step.termWorkingDays));
      for (const part of [step.text, step.name]) {
        expect(part.kk).not.toMatch(/[A-Za-z]/);
        expect(part.ru).not.toMatch(/[A-Za-z]/);
        expect(part.en).not.toMatch(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
      }
      expect(step.source.ru).toContain("№ 88-V");
    }
  });

  it("refuses a route without the provider's own way with a term, or with a body twice", () => {
    const route = rules.appealRoute;
    expect(appealRouteSchema.safeParse(route.filter((step) => step.body !== "PROVIDER")).success).toBe(false);
    expect(appealRouteSchema.safeParse(route.map((step) => (step.body === "PROVIDER" ? { ...step, termWorkingDays: null } : step))).success).toBe(false);
    expect(appealRouteSchema.safeParse([...route, route[0]]).success).toBe(false);
  });
});

describe("the complaint's states", () => {
  it("are the database enum's", () => {
    const block = readFileSync("prisma/schema.prisma", "utf8").match(/enum ComplaintState \{([^}]*)\}/)?.[1] ?? "";
    expect(block.split("\n").map((line) => line.trim()).filter(Boolean)).toEqual([...COMPLAINT_STATES]);
  });
});
