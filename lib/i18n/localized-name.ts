import type { Locale } from "./locales";

/** Reference rows (organizations) keep their name in each language; the viewer reads theirs. */
export function localizedName(org: { nameKk: string; nameRu: string; nameEn: string }, locale: Locale): string {
  return locale === "ru" ? org.nameRu : locale === "en" ? org.nameEn : org.nameKk;
}

/**
 * A text an organization may hold in some languages only (its address, its reception hours): the
 * viewer's, else Russian, else Kazakh (an address is a place's name; better in another language
 * than not at all), else null.
 */
export function localizedOptional(values: { kk: string | null; ru: string | null; en: string | null }, locale: Locale): string | null {
  const order = locale === "kk" ? [values.kk, values.ru] : locale === "ru" ? [values.ru, values.kk] : [values.en, values.ru, values.kk];
  return order.find((value): value is string => typeof value === "string" && value.trim() !== "") ?? null;
}
