import { INTL_LOCALE, type Locale } from "./locales";

// Dates and times are always shown in Aqtau time, whatever the viewer's device says.
const TIME_ZONE = "Asia/Aqtau";

export function formatDateTime(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: TIME_ZONE }).format(new Date(iso));
}
