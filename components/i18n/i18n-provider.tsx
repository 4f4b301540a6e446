"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientMessages } from "@/lib/i18n/client-messages";
import { interpolate, lookupMessage, type Translate } from "@/lib/i18n/translate";

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

/**
 * The server passes only the current language, and of it only the sections client components
 * read (lib/i18n/client-messages.ts): the dictionary is serialized into every page.
 */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  const value = useMemo(() => {
    const t: Translate = (key, params) => interpolate(lookupMessage(messages, key) ?? key, params);
    return { locale, t };
  }, [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n must be used inside <I18nProvider>");
  return context;
}
