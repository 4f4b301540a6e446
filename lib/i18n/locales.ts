export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
/** Kazakh first: the state language; Russian and English follow. */
export const DEFAULT_LOCALE: Locale = "kk";
export const LOCALE_COOKIE = "sanat-locale";

export const LOCALE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** BCP 47 tags for Intl formatting; Kazakh dates read best with the kk-KZ conventions. */
export const INTL_LOCALE: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };
