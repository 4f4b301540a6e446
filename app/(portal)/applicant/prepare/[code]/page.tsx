import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/applicant/print-button";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { qrSvg } from "@/lib/documents/qr";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { getPreRegistrationForApplicant } from "@/lib/preregistration/pre-registration";

/** The code to bring with the paper package, as text and as a QR code the clerk can scan. */
export default async function PreparedCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requirePermission("workspace.applicant", `/applicant/prepare/${encodeURIComponent(code)}`);
  const { locale, t } = await getTranslator();
  const prepared = await getPreRegistrationForApplicant(db(), actor, decodeURIComponent(code), locale);
  if (!prepared) notFound();

  return (
    <div className="mx-auto max-w-xl">
      <PageHeading title={t("applicant.prepare.codeTitle")} lead={t("applicant.prepare.codeLead", { date: formatDate(prepared.expiresAt, locale) })} />
      <div className="rounded-lg border border-slate-200 bg-white p-5 text-center shadow-sm">
        <p className="font-mono text-4xl font-bold tracking-widest" data-testid="pre-registration-code">
          {prepared.code}
        </p>
        <div
          className="mx-auto mt-4 w-48"
          // the SVG is generated on the server from the code alone; no user-supplied markup
          dangerouslySetInnerHTML={{ __html: qrSvg(prepared.code, t("applicant.prepare.codeTitle")) }}
        />
        <p className="mt-3 text-sm text-slate-700">
          {prepared.fullName} · {t(`purposes.${prepared.purpose}`)}: {prepared.categorySoughtName}
        </p>
      </div>
      <section aria-labelledby="bring-title" className="mt-6">
        <h2 id="bring-title" className="font-semibold">
          {t("applicant.prepare.checklistTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("applicant.prepare.checklistLead", { version: prepared.versionCode })}</p>
        <ol className="ml-5 mt-2 list-decimal space-y-1 text-sm">
          {prepared.checklist.map((item) => (
            <li key={item.code}>{item.name}</li>
          ))}
        </ol>
      </section>
      <div className="mt-6 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("applicant.prepare.print")} />
        <Link href="/applicant" className="px-2 py-2 text-sm text-brand-700 underline">
          {t("applicant.prepare.backToAccount")}
        </Link>
      </div>
    </div>
  );
}
