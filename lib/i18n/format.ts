import { INTL_LOCALE, type Locale } from "./locales";

// Dates and times are always shown in Aqtau time, whatever the viewer's device says.
const TIME_ZONE = "Asia/Aqtau";

// Building an Intl formatter costs far more than formatting with one (a queue page formats a
// hundred dates; a state change formats its deadline for every message), so each locale's
// formatter is built once per process.
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function formatterOf(cache: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions) {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: TIME_ZONE });
    cache.set(locale, formatter);
  }
  return formatter;
}

// Chromium ships incomplete Kazakh data ("2026 M11 24" where Node says "2026 ж. 24 қар."), so a
// date a client component formats would differ from the server's and break hydration. Kazakh is
// composed here from the numbers alone, in the pattern of Node's full ICU (a test holds the two equal).
const KK_MONTHS = ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."];
const numericParts = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "numeric",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TIME_ZONE,
});

function kazakh(iso: string | Date, withTime: boolean): string {
  const parts = Object.fromEntries(numericParts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  const date = `${parts.year} ж. ${parts.day} ${KK_MONTHS[Number(parts.month) - 1]}`;
  return withTime ? `${date}, ${parts.hour}:${parts.minute}` : date;
}

export function formatDateTime(iso: string | Date, locale: Locale): string {
  if (locale === "kk") return kazakh(iso, true);
  return formatterOf(dateTimeFormats, locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function formatDate(iso: string | Date, locale: Locale): string {
  if (locale === "kk") return kazakh(iso, false);
  return formatterOf(dateFormats, locale, { dateStyle: "medium" }).format(new Date(iso));
}

type DurationUnits = { day: string; workingDay: string; hour: string; minute: string };

// Short units, the way a clerk writes them on a slip: "2 сағ 41 мин", "2 ч 41 мин", "2 h 41 min".
const DURATION_UNITS: Record<Locale, DurationUnits> = {
  kk: { day: "күн", workingDay: "жұм. күн", hour: "сағ", minute: "мин" },
  ru: { day: "дн.", workingDay: "раб. дн.", hour: "ч", minute: "мин" },
  en: { day: "d", workingDay: "working d", hour: "h", minute: "min" },
};

/**
 * A span of minutes in at most two units: "41 мин", "2 сағ 41 мин", "3 күн 2 сағ".
 * `minutesPerDay` is 1440 for calendar time; deadlines count working time, where a day is the
 * provider's working day and is then named a working day ("1 жұм. күн 2 сағ").
 * The sign is ignored: the caller's words say whether the span is left or late.
 */
export function formatDuration(minutes: number, locale: Locale, options: { minutesPerDay?: number } = {}): string {
  const minutesPerDay = options.minutesPerDay ?? 24 * 60;
  const units = DURATION_UNITS[locale];
  const dayUnit = minutesPerDay === 24 * 60 ? units.day : units.workingDay;
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / minutesPerDay);
  const hours = Math.floor((total % minutesPerDay) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (days > 0) {
    parts.push(`${days} ${dayUnit}`);
    if (hours > 0) parts.push(`${hours} ${units.hour}`);
  } else if (hours > 0) {
    parts.push(`${hours} ${units.hour}`);
    if (rest > 0) parts.push(`${rest} ${units.minute}`);
  } else {
    parts.push(`${rest} ${units.minute}`);
  }
  return parts.join(" ");
}
