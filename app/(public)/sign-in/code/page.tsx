import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CodeSignInForm } from "@/components/auth/code-sign-in-form";
import { currentSession, landingPath } from "@/lib/auth/session";
import { readSignInError, type ReadSignInError } from "@/lib/auth/sign-in-errors";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("teacherSignIn.title") };
}

/** The words for a refusal next-auth's `otp` endpoint sent back here (`?error=`); an unknown code says nothing. */
function messageOf(error: ReadSignInError | null, t: Translate): string | undefined {
  switch (error?.code) {
    case "CredentialsSignin":
      return t("teacherSignIn.wrongCode");
    case "RATE_LIMITED":
      return t("reliability.signIn.tooManyAttempts", { minutes: error.retryAfterMinutes ?? 15 });
    case "SIGN_IN_FAILED":
      return t("teacherSignIn.failed");
    default:
      return undefined;
  }
}

/** A teacher's way in without a password (lib/auth/sign-in-codes.ts): her IIN, then a code. */
export default async function CodeSignInPage({ searchParams }: { searchParams: Promise<{ with?: string | string[]; error?: string | string[]; signedOut?: string | string[] }> }) {
  const session = await currentSession();
  if (session) redirect(landingPath(session));
  const { t } = await getTranslator();
  const { with: withWhat, error, signedOut } = await searchParams;
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 text-base shadow-sm">
      <h1 className="text-2xl font-semibold">{t("teacherSignIn.title")}</h1>
      {/* after "sign out everywhere" on the account page */}
      {signedOut === "everywhere" && <p role="status" className="mt-2 rounded border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900">{t("myAccount.everywhere.done")}</p>}
      <p className="mb-6 mt-1 text-slate-600">{t("teacherSignIn.lead")}</p>
      {/* keyed: the link to the receipt-code step is a client navigation to the same page, which must start afresh */}
      <CodeSignInForm
        key={withWhat === "receipt" ? "receipt" : "iin"}
        withReceiptCode={withWhat === "receipt"}
        initialMessage={messageOf(readSignInError(error), t)}
        labels={{
          iin: t("teacherSignIn.iin"),
          request: t("teacherSignIn.request"),
          requesting: t("teacherSignIn.requesting"),
          haveCode: t("teacherSignIn.haveCode"),
          sentTitle: t("teacherSignIn.sentTitle"),
          activationLead: t("teacherSignIn.activationLead"),
          code: t("teacherSignIn.code"),
          codeHint: t("teacherSignIn.codeHint"),
          submit: t("teacherSignIn.submit"),
          submitting: t("teacherSignIn.submitting"),
          again: t("teacherSignIn.again"),
        }}
      />
      <p className="mt-6 border-t border-slate-200 pt-4 text-center text-sm">
        <Link href="/sign-in" className="underline">
          {t("teacherSignIn.back")}
        </Link>
      </p>
    </div>
  );
}
