import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SecondFactorForm } from "@/components/account/second-factor-form";
import { PageHeading } from "@/components/layout/page-heading";
import { pendingSecretFor, secondFactorOf } from "@/lib/auth/second-factor";
import { mustEnrolSecondFactor, SECOND_FACTOR_PATH, secondFactorSettingsFrom } from "@/lib/auth/second-factor-policy";
import { currentSession, landingPath } from "@/lib/auth/session";
import { groupedSecret, otpauthUri } from "@/lib/auth/totp";
import { db } from "@/lib/db/prisma";
import { qrSvg } from "@/lib/documents/qr";
import { can } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { confirmSecondFactor } from "@/lib/server-actions/second-factor";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("accountSecurity.secondFactor.title") };
}

/**
 * A staff member's second factor: the secret to scan (QR) or type, until the first right code
 * confirms it; afterwards only that it is on. Not `requirePermission`: an administrator who must
 * enrol first is sent here by it (the "enrol-second-factor" step), and this page must open for them.
 */
export default async function SecondFactorPage() {
  const session = await currentSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(SECOND_FACTOR_PATH)}`);
  // a step before this one (a one-time password to change) comes first
  if (session.pendingStep && session.pendingStep !== "enrol-second-factor") redirect(landingPath(session));
  const { actor } = session;
  if (!can(actor, "account.secondFactor")) redirect("/forbidden");
  const { t, locale } = await getTranslator();
  const state = await secondFactorOf(db(), actor.userId);
  const isRequired = mustEnrolSecondFactor({ role: actor.role, hasSecondFactor: state.isConfirmed }, secondFactorSettingsFrom(process.env));
  const secret = state.isConfirmed ? null : await pendingSecretFor(db(), actor.userId);
  const login = (await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { login: true } })).login;

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeading title={t("accountSecurity.secondFactor.title")} />
      <p>{t("accountSecurity.secondFactor.lead")}</p>
      {isRequired && <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("accountSecurity.secondFactor.requiredLead")}</p>}
      {state.confirmedAt && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
          {t("accountSecurity.secondFactor.enabled", { date: formatDate(state.confirmedAt, locale) })}
        </p>
      )}
      {secret && (
        <section className="space-y-4">
          <p>{t("accountSecurity.secondFactor.scan")}</p>
          {/* drawn on the server: the page needs no script; img-src allows data: */}
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(otpauthUri({ secret, account: login, issuer: "Sanat" }), t("accountSecurity.secondFactor.qrAlt")))}`}
            alt={t("accountSecurity.secondFactor.qrAlt")}
            width={200}
            height={200}
          />
          <p>
            {t("accountSecurity.secondFactor.secretLabel")}{" "}
            <code className="rounded bg-slate-100 px-2 py-1 font-mono" data-testid="second-factor-secret">
              {groupedSecret(secret)}
            </code>
          </p>
          <p>{t("accountSecurity.secondFactor.confirmLead")}</p>
        </section>
      )}
      {/* always drawn: the answer of a confirmation posted without JavaScript (the recovery codes) lands here */}
      <SecondFactorForm
        action={confirmSecondFactor}
        isEnabled={state.isConfirmed}
        labels={{
          code: t("accountSecurity.signIn.codeLabel"),
          submit: t("accountSecurity.secondFactor.confirm"),
          confirmed: t("accountSecurity.secondFactor.confirmed"),
          recoveryTitle: t("accountSecurity.secondFactor.recoveryTitle"),
          recoveryLead: t("accountSecurity.secondFactor.recoveryLead"),
        }}
      />
    </div>
  );
}
