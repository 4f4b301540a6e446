import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-xl text-center">
      <h1 className="text-2xl font-semibold">{t("errors.notFound")}</h1>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t("errors.backHome")}
      </Link>
    </div>
  );
}
