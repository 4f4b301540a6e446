import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

/** The regional department's sections. */
export async function RegionNav({ current }: { current: "dashboard" | "processMap" }) {
  const { t } = await getTranslator();
  const link = (key: "dashboard" | "processMap", href: string) => (
    <Link
      href={href}
      aria-current={current === key ? "page" : undefined}
      className={current === key ? "border-b-2 border-brand-600 px-1 pb-1 font-semibold text-brand-900" : "px-1 pb-1 text-brand-700 hover:underline"}
    >
      {t(`dashboard.nav.${key}`)}
    </Link>
  );
  return (
    <nav aria-label={t("dashboard.title")} className="mb-6 flex gap-6 border-b border-slate-200 text-sm print:hidden">
      {link("dashboard", "/region")}
      {link("processMap", "/region/process")}
    </nav>
  );
}
