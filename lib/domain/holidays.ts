/**
 * Kazakhstan public holidays (Labour Code art. 84 and the Law "On holidays")
 * for 2018–2027, derived from the statutory rules rather than typed in by
 * hand, so every year follows the same logic.
 *
 * The one-off swaps the government orders (a weekend day made working in exchange for a bridge
 * day) cannot be derived: they are GOVERNMENT_TRANSFERS below, each with the act that ordered it.
 * Every entry says where it comes from, so an administrator can check it against the act.
 */

/** A day off (a holiday, its transfer) or a weekend day the government made a working day. */
export type CalendarDayKind = "DAY_OFF" | "WORKING_DAY";

export interface HolidayEntry {
  date: string; // YYYY-MM-DD
  kind: CalendarDayKind;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** A day off moved here from a holiday that fell on a weekend, or by a government order. */
  isTransfer: boolean;
  /** the act or announcement the day comes from */
  source: string;
}

const STATUTORY_SOURCE = "Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан»; Трудовой кодекс РК, ст. 84";
const WEEKEND_TRANSFER_SOURCE = "Трудовой кодекс РК, ст. 84: выходной день, совпавший с праздничным, переносится на следующий рабочий день";

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

/**
 * First day of Kurban Ait as the Ministry of Labour fixes it with the Spiritual Administration of
 * Muslims of Kazakhstan (ДУМК / ҚМДБ) each year. 2024 was Monday 17 June (it was listed as 16 June).
 */
const KURBAN_AIT_FIRST_DAYS: Readonly<Record<number, string>> = {
  2018: "2018-08-21",
  2019: "2019-08-11",
  2020: "2020-07-31",
  2021: "2021-07-20",
  2022: "2022-07-09",
  2023: "2023-06-28",
  2024: "2024-06-17",
  2025: "2025-06-06",
  2026: "2026-05-27",
  2027: "2027-05-16",
};

const KURBAN_AIT_SOURCE = "Дата первого дня Курбан айта, объявленная МТСЗН РК и ДУМК на год";
const KURBAN_AIT_SOURCES: Readonly<Record<number, string>> = {
  2024: "МТСЗН РК и ДУМК: Құрбан айт 2024 жылы 17 маусым, дүйсенбі (newsroom.kz, informburo.kz, маусым 2024)",
};

interface StatutoryHoliday {
  date: string;
  name: HolidayName;
  source: string;
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
    source: STATUTORY_SOURCE,
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
    { date: kurbanAit, name: NAMES.kurbanAit, transfersFromWeekend: false, source: KURBAN_AIT_SOURCES[year] ?? KURBAN_AIT_SOURCE },
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
    kind: "DAY_OFF",
    nameKk: holiday.name.kk,
    nameRu: holiday.name.ru,
    nameEn: holiday.name.en,
    isTransfer: false,
    source: holiday.source,
  }));

  // In date order, so consecutive weekend holidays (Nauryz) take consecutive weekdays.
  for (const holiday of holidays) {
    if (!holiday.transfersFromWeekend || !isWeekend(holiday.date)) continue;
    let target = addDays(holiday.date, 1);
    while (isWeekend(target) || daysOff.has(target)) target = addDays(target, 1);
    daysOff.add(target);
    entries.push({
      date: target,
      kind: "DAY_OFF",
      nameKk: holiday.name.kk + TRANSFER_SUFFIX.kk,
      nameRu: holiday.name.ru + TRANSFER_SUFFIX.ru,
      nameEn: holiday.name.en + TRANSFER_SUFFIX.en,
      isTransfer: true,
      source: WEEKEND_TRANSFER_SOURCE,
    });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

/** A swap the government ordered: a weekend day worked, a bridge day off in exchange. */
interface GovernmentTransfer {
  workingDay: string;
  dayOff: string;
  source: string;
}

// Only swaps whose order was found in more than one report; others an administrator adds with their act.
const GOVERNMENT_TRANSFERS: readonly GovernmentTransfer[] = [
  {
    workingDay: "2018-08-25",
    dayOff: "2018-08-31",
    source: "Постановление Правительства РК о переносе выходного дня с субботы 25 августа на пятницу 31 августа 2018 года (mgorod.kz, 27.07.2018)",
  },
  {
    workingDay: "2025-01-05",
    dayOff: "2025-01-03",
    source: "Приказ Министра труда и социальной защиты населения РК о переносе выходного дня с воскресенья 5 января на пятницу 3 января 2025 года (пресс-служба МТСЗН, ноябрь 2024)",
  },
];

// month names in the case each text needs: Kazakh "5 қаңтардан" (from), "3 қаңтардың орнына" (instead of)
const MONTHS = {
  kkFrom: ["қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан", "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"],
  kkOf: ["қаңтардың", "ақпанның", "наурыздың", "сәуірдің", "мамырдың", "маусымның", "шілденің", "тамыздың", "қыркүйектің", "қазанның", "қарашаның", "желтоқсанның"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

function dayAndMonth(date: string, form: keyof typeof MONTHS): string {
  const [, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[form][month - 1]}`;
}

function governmentTransferEntries(transfer: GovernmentTransfer): HolidayEntry[] {
  return [
    {
      date: transfer.dayOff,
      kind: "DAY_OFF",
      nameKk: `Демалыс күні (${dayAndMonth(transfer.workingDay, "kkFrom")} ауыстырылды)`,
      nameRu: `Выходной день (перенесён с ${dayAndMonth(transfer.workingDay, "ru")})`,
      nameEn: `Day off (moved from ${dayAndMonth(transfer.workingDay, "en")})`,
      isTransfer: true,
      source: transfer.source,
    },
    {
      date: transfer.workingDay,
      kind: "WORKING_DAY",
      nameKk: `Жұмыс күні (${dayAndMonth(transfer.dayOff, "kkOf")} орнына)`,
      nameRu: `Рабочий день (вместо ${dayAndMonth(transfer.dayOff, "ru")})`,
      nameEn: `Working day (in exchange for ${dayAndMonth(transfer.dayOff, "en")})`,
      isTransfer: true,
      source: transfer.source,
    },
  ];
}

/** Every day the calendar marks for 2018–2027: holidays, their transfers and the government's swaps. */
export const HOLIDAYS_2018_2027: HolidayEntry[] = [
  ...Array.from({ length: LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1 }, (_, offset) => kazakhstanHolidays(FIRST_SUPPORTED_YEAR + offset)).flat(),
  ...GOVERNMENT_TRANSFERS.flatMap(governmentTransferEntries),
].sort((a, b) => a.date.localeCompare(b.date));
