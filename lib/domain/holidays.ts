/**
 * Kazakhstan public holidays (Labour Code art. 84 and the Law "On holidays")
 * for 2018–2027, derived from the statutory rules rather than typed in by
 * hand, so every year follows the same logic.
 *
 * Not included: one-off working-day swaps the government orders by decree
 * (a Saturday made working in exchange for a bridge day). Those belong in
 * CalendarData.workingDays / holidays of the working calendar.
 */

export interface HolidayEntry {
  date: string; // YYYY-MM-DD
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** A day off moved here from a holiday that fell on a weekend. */
  isTransfer: boolean;
}

export const FIRST_SUPPORTED_YEAR = 2018;
export const LAST_SUPPORTED_YEAR = 2027;

interface HolidayName {
  kk: string;
  ru: string;
  en: string;
}

const NAMES = {
  newYear: { kk: "Жаңа жыл", ru: "Новый год", en: "New Year" },
  orthodoxChristmas: { kk: "Православиелік Рождество", ru: "Православное Рождество", en: "Orthodox Christmas" },
  womensDay: { kk: "Халықаралық әйелдер күні", ru: "Международный женский день", en: "International Women's Day" },
  nauryz: { kk: "Наурыз мейрамы", ru: "Наурыз мейрамы", en: "Nauryz" },
  unityDay: {
    kk: "Қазақстан халқының бірлігі мерекесі",
    ru: "Праздник единства народа Казахстана",
    en: "Unity Day of the People of Kazakhstan",
  },
  defenderDay: { kk: "Отан қорғаушы күні", ru: "День защитника Отечества", en: "Defender of the Fatherland Day" },
  victoryDay: { kk: "Жеңіс күні", ru: "День Победы", en: "Victory Day" },
  capitalDay: { kk: "Астана күні", ru: "День Столицы", en: "Capital Day" },
  constitutionDay: {
    kk: "Қазақстан Республикасының Конституциясы күні",
    ru: "День Конституции Республики Казахстан",
    en: "Constitution Day",
  },
  republicDay: { kk: "Республика күні", ru: "День Республики", en: "Republic Day" },
  firstPresidentDay: {
    kk: "Қазақстан Республикасының Тұңғыш Президенті күні",
    ru: "День Первого Президента Республики Казахстан",
    en: "First President Day",
  },
  independenceDay: { kk: "Тәуелсіздік күні", ru: "День Независимости", en: "Independence Day" },
  kurbanAit: { kk: "Құрбан айт", ru: "Курбан айт", en: "Kurban Ait" },
} as const satisfies Record<string, HolidayName>;

const TRANSFER_SUFFIX: HolidayName = {
  kk: " (ауыстырылған демалыс күні)",
  ru: " (перенесённый выходной день)",
  en: " (transferred day off)",
};

/** First day of Kurban Ait as announced by the Spiritual Administration of Muslims of Kazakhstan. */
const KURBAN_AIT_FIRST_DAYS: Readonly<Record<number, string>> = {
  2018: "2018-08-21",
  2019: "2019-08-11",
  2020: "2020-07-31",
  2021: "2021-07-20",
  2022: "2022-07-09",
  2023: "2023-06-28",
  2024: "2024-06-16",
  2025: "2025-06-06",
  2026: "2026-05-27",
  2027: "2027-05-16",
};

interface StatutoryHoliday {
  date: string;
  name: HolidayName;
  /** Orthodox Christmas and Kurban Ait are days off only on their own date. */
  transfersFromWeekend: boolean;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function statutoryHolidays(year: number): StatutoryHoliday[] {
  const fixed = (month: number, day: number, name: HolidayName, transfersFromWeekend = true): StatutoryHoliday => ({
    date: isoDate(year, month, day),
    name,
    transfersFromWeekend,
  });
  const kurbanAit = KURBAN_AIT_FIRST_DAYS[year];
  if (kurbanAit === undefined) throw new RangeError(`No Kurban Ait date known for ${year}`);

  const holidays: StatutoryHoliday[] = [
    fixed(1, 1, NAMES.newYear),
    fixed(1, 2, NAMES.newYear),
    fixed(1, 7, NAMES.orthodoxChristmas, false),
    fixed(3, 8, NAMES.womensDay),
    fixed(3, 21, NAMES.nauryz),
    fixed(3, 22, NAMES.nauryz),
    fixed(3, 23, NAMES.nauryz),
    fixed(5, 1, NAMES.unityDay),
    fixed(5, 7, NAMES.defenderDay),
    fixed(5, 9, NAMES.victoryDay),
    fixed(7, 6, NAMES.capitalDay),
    fixed(8, 30, NAMES.constitutionDay),
    { date: kurbanAit, name: NAMES.kurbanAit, transfersFromWeekend: false },
    fixed(12, 16, NAMES.independenceDay),
  ];
  // Republic Day became a public holiday again in 2022; the First President
  // Day and the second Independence Day were abolished after 2021.
  if (year >= 2022) holidays.push(fixed(10, 25, NAMES.republicDay));
  if (year <= 2021) {
    holidays.push(fixed(12, 1, NAMES.firstPresidentDay), fixed(12, 17, NAMES.independenceDay));
  }
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * All days off for one year: the holidays themselves (also when they fall on a
 * weekend) plus the weekdays they were transferred to. Sorted by date.
 */
export function kazakhstanHolidays(year: number): HolidayEntry[] {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Holidays are known for ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, got ${year}`);
  }
  const holidays = statutoryHolidays(year);
  const daysOff = new Set(holidays.map((holiday) => holiday.date));
  const entries: HolidayEntry[] = holidays.map((holiday) => ({
    date: holiday.date,
    nameKk: holiday.name.kk,
    nameRu: holiday.name.ru,
    nameEn: holiday.name.en,
    isTransfer: false,
  }));

  // In date order, so consecutive weekend holidays (Nauryz) take consecutive weekdays.
  for (const holiday of holidays) {
    if (!holiday.transfersFromWeekend || !isWeekend(holiday.date)) continue;
    let target = addDays(holiday.date, 1);
    while (isWeekend(target) || daysOff.has(target)) target = addDays(target, 1);
    daysOff.add(target);
    entries.push({
      date: target,
      nameKk: holiday.name.kk + TRANSFER_SUFFIX.kk,
      nameRu: holiday.name.ru + TRANSFER_SUFFIX.ru,
      nameEn: holiday.name.en + TRANSFER_SUFFIX.en,
      isTransfer: true,
    });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

export const HOLIDAYS_2018_2027: HolidayEntry[] = Array.from(
  { length: LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1 },
  (_, offset) => kazakhstanHolidays(FIRST_SUPPORTED_YEAR + offset),
).flat();
