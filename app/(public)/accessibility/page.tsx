import type { Metadata } from "next";
import { PageHeading } from "@/components/layout/page-heading";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("reliability.accessibility.title") };
}

const FEATURES = ["keyboard", "language", "labels", "contrast", "notColourOnly"] as const;

/** The accessibility statement (WCAG 2.2 AA), linked from every page's footer. */
export default async function AccessibilityStatementPage() {
  const { t } = await getTranslator();
  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {body}
    </section>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading title={t("reliability.accessibility.title")} lead={t("reliability.accessibility.lead")} />
      {section("conformance", t("reliability.accessibility.standardTitle"), <p>{t("reliability.accessibility.standard")}</p>)}
      {section(
        "features",
        t("reliability.accessibility.featuresTitle"),
        <ul className="ml-5 list-disc space-y-1">
          {FEATURES.map((key) => (
            <li key={key}>{t(`reliability.accessibility.features.${key}`)}</li>
          ))}
        </ul>,
      )}
      {section("limits", t("reliability.accessibility.limitsTitle"), <p>{t("reliability.accessibility.limits")}</p>)}
      {section("feedback", t("reliability.accessibility.contactTitle"), <p>{t("reliability.accessibility.contact")}</p>)}
      <p className="text-sm text-slate-600">{t("reliability.accessibility.reviewed")}</p>
    </div>
  );
}
