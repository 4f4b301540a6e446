import { getTranslator } from "@/lib/i18n/server";

export async function SiteFooter() {
  const { t } = await getTranslator();
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">
        <p>{t("app.service")}.</p>
        <p>{t("footer.basis")}</p>
      </div>
    </footer>
  );
}
