import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EcpSignIn } from "@/components/auth/ecp-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { currentSession, landingPath } from "@/lib/auth/session";
import { readSignInError, type ReadSignInError } from "@/lib/auth/sign-in-errors";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("signIn.title") };
}

/** The words for a refusal next-auth's endpoint sent back here (`?error=`); an unknown code says nothing. */
function messageOf(error: ReadSignInError | null, t: Translate): string | undefined {
  switch (error?.code) {
    case "CredentialsSignin":
      return t("signIn.invalidCredentials");
    case "RATE_LIMITED":
      return t("reliability.signIn.tooManyAttempts", { minutes: error.retryAfterMinutes ?? 15 });
    case "SECOND_FACTOR_REQUIRED":
      return t("accountSecurity.signIn.codeRequired");
    case "SIGN_IN_FAILED":
      return t("accountSecurity.signIn.failed");
    default:
      return undefined;
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; signedOut?: string | string[] }> }) {
  const session = await currentSession();
  if (session) redirect(landingPath(session));
  const { t } = await getTranslator();
  const { callbackUrl, error, signedOut } = await searchParams;
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("signIn.title")}</h1>
      {/* after "sign out everywhere" on the account page */}
      {signedOut === "everywhere" && <p role="status" className="mt-2 rounded border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900">{t("myAccount.everywhere.done")}</p>}
      <p className="mb-6 mt-1 text-sm text-slate-600">{t("signIn.lead")}</p>
      <SignInForm
        callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
        initialMessage={messageOf(readSignInError(error), t)}
        labels={{
          login: t("signIn.login"),
          password: t("signIn.password"),
          submit: t("signIn.submit"),
          submitting: t("signIn.submitting"),
          codeTitle: t("accountSecurity.signIn.codeTitle"),
          codeLabel: t("accountSecurity.signIn.codeLabel"),
          codeHint: t("accountSecurity.signIn.codeHint"),
          codeSubmit: t("accountSecurity.signIn.codeSubmit"),
          continue: t("accountSecurity.notice.continue"),
        }}
      />
      <EcpSignIn
        isConfigured={Boolean(env().SANAT_ECP_CA_FILE)}
        ncaLayerUrl={env().SANAT_NCALAYER_URL}
        callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
      />
      {/* teachers have no password: their account came with their first receipt */}
      <div className="mt-6 border-t border-slate-200 pt-4 text-center">
        <Link href="/sign-in/code" className="font-medium underline">
          {t("teacherSignIn.entry")}
        </Link>
        <p className="mt-1 text-sm text-slate-600">{t("teacherSignIn.entryHint")}</p>
      </div>
    </div>
  );
}
