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

export function formatDateTime(iso: string | Date, locale: Locale): string {
  return formatterOf(dateTimeFormats, locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function formatDate(iso: string | Date, locale: Locale): string {
  return formatterOf(dateFormats, locale, { dateStyle: "medium" }).format(new Date(iso));
}
