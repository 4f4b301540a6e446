import { describe, expect, it } from "vitest";
import { HOLIDAYS_2018_2027, kazakhstanHolidays, type HolidayEntry } from "./holidays";
import { calendarDataFromDays, createWorkingCalendar } from "./working-calendar";

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];

/** ISO weekday 1 = Monday … 7 = Sunday, computed independently of the module. */
function isoWeekday(date: string): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function datesOf(entries: HolidayEntry[]): string[] {
  return entries.map((entry) => entry.date);
}

function transfersOf(year: number): string[] {
  return datesOf(kazakhstanHolidays(year).filter((entry) => entry.isTransfer));
}

describe("kazakhstanHolidays", () => {
  it("lists 2026 with Nauryz Sat–Mon moved to Tuesday 24 and Wednesday 25 March", () => {
    expect([isoWeekday("2026-03-21"), isoWeekday("2026-03-22"), isoWeekday("2026-03-23")]).toEqual([6, 7, 1]);
    expect([isoWeekday("2026-03-24"), isoWeekday("2026-03-25")]).toEqual([2, 3]);

    expect(datesOf(kazakhstanHolidays(2026))).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-01-07",
      "2026-03-08", // Sunday
      "2026-03-09", // ← 8 March
      "2026-03-21", // Saturday
      "2026-03-22", // Sunday
      "2026-03-23",
      "2026-03-24", // ← 21 March
      "2026-03-25", // ← 22 March
      "2026-05-01",
      "2026-05-07",
      "2026-05-09", // Saturday
      "2026-05-11", // ← 9 May
      "2026-05-27", // Kurban Ait
      "2026-07-06",
      "2026-08-30", // Sunday
      "2026-08-31", // ← 30 August
      "2026-10-25", // Sunday
      "2026-10-26", // ← 25 October
      "2026-12-16",
    ]);
    expect(transfersOf(2026)).toEqual(["2026-03-09", "2026-03-24", "2026-03-25", "2026-05-11", "2026-08-31", "2026-10-26"]);
  });

  it("moves both New Year days of 2022 (Sat, Sun) to Monday 3 and Tuesday 4 January", () => {
    expect([isoWeekday("2022-01-01"), isoWeekday("2022-01-02")]).toEqual([6, 7]);
    expect(transfersOf(2022)).toEqual(["2022-01-03", "2022-01-04", "2022-05-02", "2022-05-10"]);
  });

  it("skips Monday 9 May 2022 (itself a holiday) when moving Saturday 7 May", () => {
    expect(isoWeekday("2022-05-07")).toBe(6);
    const may10 = kazakhstanHolidays(2022).find((entry) => entry.date === "2022-05-10");
    expect(may10).toMatchObject({ isTransfer: true, nameEn: "Defender of the Fatherland Day (transferred day off)" });
  });

  it("moves Sunday 1 January 2023 past Monday 2 January to Tuesday 3 January", () => {
    expect(isoWeekday("2023-01-01")).toBe(7);
    expect(transfersOf(2023)).toEqual(["2023-01-03", "2023-05-08", "2023-12-18"]);
  });

  it("does not transfer Orthodox Christmas or Kurban Ait from a weekend", () => {
    expect(isoWeekday("2023-01-07")).toBe(6);
    expect(isoWeekday("2024-01-07")).toBe(7);
    expect(isoWeekday("2019-08-11")).toBe(7);
    expect(transfersOf(2024)).toEqual(["2024-03-25", "2024-07-08"]);
    expect(transfersOf(2019)).toEqual(["2019-03-25", "2019-07-08", "2019-12-02"]);
    expect(datesOf(kazakhstanHolidays(2019))).toContain("2019-08-11");
  });

  it("has Republic Day only from 2022, First President Day and 17 December only until 2021", () => {
    for (const year of YEARS) {
      const dates = datesOf(kazakhstanHolidays(year));
      expect(dates.includes(`${year}-10-25`)).toBe(year >= 2022);
      expect(dates.includes(`${year}-12-01`)).toBe(year <= 2021);
      expect(dates.includes(`${year}-12-17`)).toBe(year <= 2021);
      expect(dates).toContain(`${year}-12-16`);
    }
  });

  it("handles the abolished December holidays of 2018 and 2019", () => {
    // 2018: 1 Dec Sat → Mon 3; 16 Dec Sun → Tue 18 (Mon 17 is a holiday itself)
    expect(transfersOf(2018)).toEqual(["2018-12-03", "2018-12-18"]);
  });

  it("contains the Kurban Ait first day of every year", () => {
    const kurbanAit = [
      "2018-08-21",
      "2019-08-11",
      "2020-07-31",
      "2021-07-20",
      "2022-07-09",
      "2023-06-28",
      "2024-06-17", // Monday; it was listed as Sunday 16 June
      "2025-06-06",
      "2026-05-27",
      "2027-05-16",
    ];
    for (const date of kurbanAit) {
      const entry = kazakhstanHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
      expect(entry).toMatchObject({ nameEn: "Kurban Ait", nameRu: "Курбан айт", isTransfer: false });
    }
  });

  it("has plausible counts per year", () => {
    const counts = Object.fromEntries(YEARS.map((year) => [year, kazakhstanHolidays(year).length]));
    expect(counts).toEqual({
      2018: 18,
      2019: 19,
      2020: 21,
      2021: 20,
      2022: 19,
      2023: 18,
      2024: 17,
      2025: 21,
      2026: 21,
      2027: 19,
    });
    // 13 statutory dates plus Kurban Ait in every year, plus Republic Day or the two December days.
    for (const year of YEARS) {
      const statutory = kazakhstanHolidays(year).filter((entry) => !entry.isTransfer);
      expect(statutory).toHaveLength(year <= 2021 ? 16 : 15);
    }
  });

  it("says where every day comes from", () => {
    for (const entry of HOLIDAYS_2018_2027) expect(entry.source.length, entry.date).toBeGreaterThan(10);
    expect(HOLIDAYS_2018_2027.find((entry) => entry.date === "2024-06-17")?.source).toContain("17 маусым");
  });

  it("holds the government's swaps as data: 5 January 2025 a working Sunday for 3 January, 25 August 2018 for 31 August", () => {
    const calendar = createWorkingCalendar(calendarDataFromDays(HOLIDAYS_2018_2027));
    expect([isoWeekday("2025-01-05"), isoWeekday("2025-01-03")]).toEqual([7, 5]);
    expect(calendar.isWorkingDay("2025-01-05")).toBe(true);
    expect(calendar.isWorkingDay("2025-01-03")).toBe(false);
    expect(calendar.isWorkingDay("2018-08-25")).toBe(true);
    expect(calendar.isWorkingDay("2018-08-31")).toBe(false);
    const sunday = HOLIDAYS_2018_2027.find((entry) => entry.date === "2025-01-05")!;
    expect(sunday).toMatchObject({ kind: "WORKING_DAY", nameKk: "Жұмыс күні (3 қаңтардың орнына)", nameRu: "Рабочий день (вместо 3 января)" });
    expect(HOLIDAYS_2018_2027.find((entry) => entry.date === "2025-01-03")).toMatchObject({ kind: "DAY_OFF", nameKk: "Демалыс күні (5 қаңтардан ауыстырылды)" });
    // one entry per date
    expect(new Set(datesOf(HOLIDAYS_2018_2027)).size).toBe(HOLIDAYS_2018_2027.length);
  });

  it("places every transfer on a weekday inside the same year", () => {
    for (const year of YEARS) {
      for (const date of transfersOf(year)) {
        expect(isoWeekday(date)).toBeLessThanOrEqual(5);
        expect(date.startsWith(`${year}-`)).toBe(true);
      }
    }
  });

  it("creates exactly one transfer per weekend holiday that is transferable", () => {
    for (const year of YEARS) {
      const entries = kazakhstanHolidays(year);
      const transferableOnWeekend = entries.filter(
        (entry) =>
          !entry.isTransfer &&
          isoWeekday(entry.date) >= 6 &&
          entry.nameEn !== "Orthodox Christmas" &&
          entry.nameEn !== "Kurban Ait",
      );
      expect(entries.filter((entry) => entry.isTransfer)).toHaveLength(transferableOnWeekend.length);
    }
  });

  it("names every entry in Kazakh, Russian and English", () => {
    for (const entry of HOLIDAYS_2018_2027) {
      for (const name of [entry.nameKk, entry.nameRu, entry.nameEn]) {
        expect(name.trim()).not.toBe("");
      }
      expect(entry.nameKk).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
      expect(entry.nameRu).toMatch(/[А-Яа-яЁё]/);
      expect(entry.nameEn).toMatch(/^[A-Za-z0-9' ()]+$/);
      expect(/transferred|moved from|in exchange for/.test(entry.nameEn)).toBe(entry.isTransfer);
    }
  });

  it("rejects years without data", () => {
    expect(() => kazakhstanHolidays(2017)).toThrow(RangeError);
    expect(() => kazakhstanHolidays(2028)).toThrow(RangeError);
    expect(() => kazakhstanHolidays(2020.5)).toThrow(RangeError);
  });

  it("returns fresh arrays so callers cannot corrupt each other's data", () => {
    const first = kazakhstanHolidays(2025);
    first.pop();
    expect(kazakhstanHolidays(2025)).toHaveLength(21);
  });
});

describe("HOLIDAYS_2018_2027", () => {
  it("concatenates all ten years in date order without duplicate dates", () => {
    const dates = datesOf(HOLIDAYS_2018_2027);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    // every year's holidays and transfers, and the two swaps the government ordered (two days each)
    const derived = YEARS.flatMap((year) => kazakhstanHolidays(year));
    expect(HOLIDAYS_2018_2027.filter((entry) => !entry.source.includes("Правительства") && !entry.source.includes("Министра"))).toEqual(derived);
    expect(HOLIDAYS_2018_2027).toHaveLength(derived.length + 4);
    expect(new Set(dates.map((date) => date.slice(0, 4)))).toEqual(new Set(YEARS.map(String)));
  });

  it("uses valid calendar dates", () => {
    for (const { date } of HOLIDAYS_2018_2027) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
  });
});
