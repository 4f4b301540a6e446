import type { Locale } from "./locales";

/** Reference rows (organizations) keep their name in each language; the viewer reads theirs. */
export function localizedName(org: { nameKk: string; nameRu: string; nameEn: string }, locale: Locale): string {
  return locale === "ru" ? org.nameRu : locale === "en" ? org.nameEn : org.nameKk;
}
