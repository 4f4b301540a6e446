import Link from "next/link";
import type { PreparedApplication } from "@/lib/preregistration/pre-registration";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

/** The codes a teacher prepared online, with what became of each. */
export async function PreparedList({ items }: { items: PreparedApplication[] }) {
  const { locale, t } = await getTranslator();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="prepared-title">
      <h2 id="prepared-title" className="mb-3 text-lg font-semibold">
        {t("applicant.account.preparedTitle")}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li key={item.code} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <span className="font-mono font-semibold">{t("applicant.account.preparedCode", { code: item.code })}</span>
            <span className="text-slate-600">
              {item.registrationNumber
                ? t("applicant.account.preparedUsed", { number: item.registrationNumber })
                : item.isExpired
                  ? t("applicant.account.preparedExpired")
                  : t("applicant.account.preparedExpires", { date: formatDate(item.expiresAt, locale) })}
            </span>
            {!item.registrationNumber && !item.isExpired && (
              <Link href={`/applicant/prepare/${item.code}`} className="text-brand-700 underline">
                {t("applicant.account.show")}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
