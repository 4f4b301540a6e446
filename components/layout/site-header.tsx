import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { currentSession } from "@/lib/auth/session";
import { SECOND_FACTOR_PATH } from "@/lib/auth/second-factor-policy";
import { can, WORKSPACE_PATHS } from "@/lib/domain/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [{ locale, t }, session] = await Promise.all([getTranslator(), currentSession()]);
  const actor = session?.actor;
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-brand-900">
          <span className="text-xl font-bold">{t("app.name")}</span>
          <span className="hidden text-sm text-slate-600 sm:inline">{t("app.region")}</span>
        </Link>
        <nav aria-label={t("nav.mainNavigation")} className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher current={locale} label={t("nav.language")} />
          <Link href="/process" className="text-sm font-medium text-brand-700 hover:underline">{t("dashboard.nav.process")}</Link>
          <Link href="/status" className="text-sm font-medium text-brand-700 hover:underline">
            {t("applicant.nav.status")}
          </Link>
          {actor ? (
            <>
              <Link href={WORKSPACE_PATHS[actor.role]} className="text-sm font-medium text-brand-700 hover:underline">
                {t("nav.workspace")}
              </Link>
              <Link href="/account" className="text-sm font-medium text-brand-700 hover:underline">
                {t("myAccount.nav")}
              </Link>
              {can(actor, "account.secondFactor") && (
                <Link href={SECOND_FACTOR_PATH} className="text-sm font-medium text-brand-700 hover:underline">
                  {t("accountSecurity.secondFactor.nav")}
                </Link>
              )}
              <span className="text-sm text-slate-700" data-testid="signed-in-user">
                {actor.name} · {t(`roles.${actor.role}`)}
              </span>
              <SignOutButton label={t("nav.signOut")} />
            </>
          ) : (
            <ButtonLink href="/sign-in" size="sm">
              {t("nav.signIn")}
            </ButtonLink>
          )}
        </nav>
      </div>
    </header>
  );
}
