import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { LOCALE_COOKIE, toLocale, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

export const currentLocale = cache(async (): Promise<Locale> => toLocale((await cookies()).get(LOCALE_COOKIE)?.value));

export async function getTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await currentLocale();
  return { locale, t: createTranslator(locale) };
}
