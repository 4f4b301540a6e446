import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";

async function chooseLocale(formData: FormData) {
  "use server";
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return; // a forged value changes nothing
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}

/** A plain form: it works before any JavaScript loads, and the choice is kept in a cookie. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={chooseLocale} className="flex items-center gap-1" aria-label={label}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={
            locale === current
              ? "rounded px-2 py-1 text-sm font-semibold text-brand-900 underline"
              : "rounded px-2 py-1 text-sm text-brand-700 hover:bg-brand-50"
          }
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
