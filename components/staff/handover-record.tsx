// Who received the result and that the identity document was checked, as the hand-over recorded it.
import type { ResultHandoverRecord } from "@/lib/applications/application-detail";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function HandoverRecord({ handover }: { handover: ResultHandoverRecord }) {
  const { locale, t } = await getTranslator();
  return (
    <section aria-labelledby="handover-record" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="handover-record">
      <h2 id="handover-record" className="mb-2 text-lg font-semibold">{t("resultHandover.record.title")}</h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-xs uppercase tracking-wide text-slate-500">{t("resultHandover.record.issuedAt")}</dt>
          <dd className="mt-0.5">{formatDateTime(handover.issuedAt, locale)}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-slate-500">{t("resultHandover.record.recipient")}</dt>
          <dd className="mt-0.5">
            {handover.recipient === "REPRESENTATIVE"
              ? t("resultHandover.record.representative", { name: handover.representativeName ?? "—", number: handover.powerOfAttorneyNumber ?? "—" })
              : t("resultHandover.record.applicantSelf")}
          </dd>
        </div>
        {handover.isIdentityChecked && (
          <div>
            <dt className="sr-only">{t("resultHandover.record.identityChecked")}</dt>
            <dd className="mt-0.5 font-medium text-emerald-800">✓ {t("resultHandover.record.identityChecked")}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
