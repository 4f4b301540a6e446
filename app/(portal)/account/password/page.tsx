import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/change-password";
import { PENDING_STEP_PAGES } from "@/lib/auth/pending-step";
import { currentSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { changePasswordAction } from "@/lib/server-actions/account";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("passwordChange.title") };
}

/** Any signed-in user changes their password here; an account with a one-time password must, before anything else. */
export default async function ChangePasswordPage() {
  const session = await currentSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/account/password")}`);
  // another step pending (the password is done): that step's page
  if (session.pendingStep && session.pendingStep !== "change-password") redirect(PENDING_STEP_PAGES[session.pendingStep]);
  const { t } = await getTranslator();
  const isRequired = session.pendingStep === "change-password";
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("passwordChange.title")}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">{t(isRequired ? "passwordChange.leadRequired" : "passwordChange.lead")}</p>
      <ChangePasswordForm
        action={changePasswordAction}
        minLength={MIN_PASSWORD_LENGTH}
        labels={{
          currentPassword: t("passwordChange.currentPassword"),
          newPassword: t("passwordChange.newPassword"),
          newPasswordHint: t("passwordChange.newPasswordHint"),
          confirmPassword: t("passwordChange.confirmPassword"),
          submit: t("passwordChange.submit"),
          submitting: t("passwordChange.submitting"),
          continue: t("passwordChange.continue"),
        }}
      />
    </div>
  );
}
