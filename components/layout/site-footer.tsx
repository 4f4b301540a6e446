import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export async function SiteFooter() {
  const { t } = await getTranslator();
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">
        <p>{t("app.service")}.</p>
        <p>{t("footer.basis")}</p>
        <p className="mt-2 print:hidden">
          <Link href="/accessibility" className="text-brand-700 underline">
            {t("reliability.accessibility.footerLink")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
