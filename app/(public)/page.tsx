import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { getTranslator } from "@/lib/i18n/server";

export default async function HomePage() {
  const { t } = await getTranslator();
  const applicantLinks = [
    { href: "/status", label: t("applicant.homeLinks.status") },
    { href: "/service", label: t("applicant.homeLinks.service") },
    { href: "/applicant/prepare", label: t("applicant.homeLinks.prepare") },
  ];
  const steps = [t("home.stepOffice"), t("home.stepClerk"), t("home.stepExecutor"), t("home.stepResult")];
  return (
    <div className="space-y-8">
      <section className="rounded-lg bg-brand-900 p-8 text-white">
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="mt-3 max-w-3xl text-brand-100">{t("home.lead")}</p>
        <ButtonLink href="/sign-in" variant="inverse" size="lg" className="mt-6">
          {t("home.signInCta")}
        </ButtonLink>
      </section>
      <section>
        <h2 className="text-xl font-semibold">{t("home.howTitle")}</h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-4">
          {steps.map((step, index) => (
            <li key={step} className="rounded-lg border border-slate-200 bg-white p-4">
              <span className="text-2xl font-bold text-brand-600" aria-hidden="true">
                {index + 1}
              </span>
              <p className="mt-2 text-sm">{step}</p>
            </li>
          ))}
        </ol>
        <p className="mt-4 text-sm text-slate-600">{t("home.free")}</p>
      </section>
      <section aria-labelledby="applicant-links">
        <h2 id="applicant-links" className="text-xl font-semibold">{t("applicant.homeLinks.title")}</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-3">
          {applicantLinks.map(({ href, label }) => (
            <li key={href}>
              <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-brand-700 hover:border-brand-600">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
