import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { pickMessages } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.service") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("app.skipToContent")}
        </a>
        {/* react-query sits in the staff workspaces' layouts; no client code here needs a session */}
        <I18nProvider locale={locale} messages={pickMessages(MESSAGES[locale])}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </I18nProvider>
      </body>
    </html>
  );
}
