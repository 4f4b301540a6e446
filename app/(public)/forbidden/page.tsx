import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function ForbiddenPage() {
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-xl text-center">
      <h1 className="text-2xl font-semibold">{t("errors.forbidden")}</h1>
      <Link href="/workspace" className="mt-4 inline-block text-brand-700 underline">
        {t("nav.workspace")}
      </Link>
    </div>
  );
}
