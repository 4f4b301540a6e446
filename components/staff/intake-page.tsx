import { PageHeading } from "@/components/layout/page-heading";
import { getTranslator } from "@/lib/i18n/server";
import type { IntakeOptions } from "@/lib/staff-pages/intake-page";
import { IntakeForm } from "./intake-form";

/** The intake form of the clerk (walk-in) and of the State Corporation operator; null options: no version in force. */
export async function IntakePage({ options, isCorp }: { options: IntakeOptions | null; isCorp: boolean }) {
  const { t } = await getTranslator();
  if (!options) return <p role="alert">{t("errors.noRegulationInForce")}</p>;
  return (
    <div>
      <PageHeading title={t(isCorp ? "staff.intake.titleCorp" : "staff.intake.titleOffice")} lead={t("staff.intake.lead")} />
      <IntakeForm options={options} />
    </div>
  );
}
