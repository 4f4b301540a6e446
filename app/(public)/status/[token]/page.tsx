import type { Metadata } from "next";
import Link from "next/link";
import { PackageProgress } from "@/components/applicant/package-progress";
import { PageHeading } from "@/components/layout/page-heading";
import { db } from "@/lib/db/prisma";
import { documentSecret, verifyToken } from "@/lib/documents/signed-token";
import { getTranslator } from "@/lib/i18n/server";
import { publicStatusOf, STATUS_VIEW_MINUTES } from "../../../../lib/applications/public-status";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("applicant.status.title"), robots: { index: false } };
}

export default async function StatusResultPage({ params }: { params: Promise<{ token: string }> }) {
  const { locale, t } = await getTranslator();
  const { token } = await params;
  const claims = verifyToken(decodeURIComponent(token), documentSecret(), ["status"]);
  const status = claims ? await publicStatusOf(db(), claims.applicationId, locale) : null;
  if (!status) {
    return (
      <div className="mx-auto max-w-xl">
        <PageHeading title={t("applicant.status.title")} />
        <p role="alert" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">
          {t("applicant.status.expired")}
        </p>
        <Link href="/status" className="mt-4 inline-block text-brand-700 underline">
          {t("applicant.status.again")}
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={status.registrationNumber} lead={t("applicant.status.title")} />
      <PackageProgress status={status} />
      <p className="mt-6 text-xs text-slate-500">{t("applicant.status.privacy", { minutes: STATUS_VIEW_MINUTES })}</p>
      <Link href="/status" className="mt-2 inline-block text-brand-700 underline">
        {t("applicant.status.again")}
      </Link>
    </div>
  );
}
