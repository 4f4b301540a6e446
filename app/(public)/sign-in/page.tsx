import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentSession, landingPath } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const session = await currentSession();
  if (session) redirect(landingPath(session));
  const { t } = await getTranslator();
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("signIn.title")}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">{t("signIn.lead")}</p>
      <SignInForm
        callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
        labels={{
          login: t("signIn.login"),
          password: t("signIn.password"),
          submit: t("signIn.submit"),
          submitting: t("signIn.submitting"),
          invalidCredentials: t("signIn.invalidCredentials"),
          missingFields: t("signIn.missingFields"),
          tooManyAttempts: t("reliability.signIn.tooManyAttempts"),
        }}
      />
    </div>
  );
}
