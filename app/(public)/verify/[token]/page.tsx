import type { Metadata } from "next";
import { StateLabel } from "@/components/applicant/package-progress";
import { PageHeading } from "@/components/layout/page-heading";
import { db } from "@/lib/db/prisma";
import { documentSecret } from "@/lib/documents/signed-token";
import { findVerifiedDocument } from "@/lib/documents/verification";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("applicant.verify.title"), robots: { index: false } };
}

/** Opened from the QR code on a printed receipt or refusal. */
export default async function VerifyDocumentPage({ params }: { params: Promise<{ token: string }> }) {
  const { locale, t } = await getTranslator();
  const { token } = await params;
  const document = await findVerifiedDocument(db(), decodeURIComponent(token), documentSecret());
  return (
    <div className="mx-auto max-w-xl">
      <PageHeading title={t("applicant.verify.title")} />
      {document ? (
        <div className="rounded-lg border border-emerald-200 bg-white p-5 shadow-sm" data-testid="verified-document">
          <p role="status" className="font-semibold text-emerald-800">
            ✓ {t("applicant.verify.genuine")}
          </p>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("applicant.verify.kind")}</dt>
            <dd className="font-medium">{t(`applicant.verify.${document.kind}`)}</dd>
            <dt className="text-slate-600">{t("applicant.verify.number")}</dt>
            <dd className="font-medium">{document.registrationNumber}</dd>
            <dt className="text-slate-600">{t("applicant.verify.date")}</dt>
            <dd className="font-medium">{formatDateTime(document.documentDate, locale)}</dd>
            <dt className="text-slate-600">{t("applicant.verify.state")}</dt>
            <dd>
              <StateLabel state={document.state} />
            </dd>
            <dt className="text-slate-600">{t("applicant.verify.name")}</dt>
            <dd className="font-medium">{document.maskedName}</dd>
          </dl>
          <p className="mt-4 text-xs text-slate-500">{t("applicant.verify.note")}</p>
        </div>
      ) : (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-900" data-testid="verification-failed">
          {t("applicant.verify.invalid")}
        </p>
      )}
    </div>
  );
}
