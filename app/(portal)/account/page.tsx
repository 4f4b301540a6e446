import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ContactChangeForm } from "@/components/account/contact-change-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { PageHeading } from "@/components/layout/page-heading";
import { myContacts } from "@/lib/account/change-contact";
import { SECOND_FACTOR_PATH } from "@/lib/auth/second-factor-policy";
import { currentSession, landingPath } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { can } from "@/lib/domain/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { confirmContactChangeAction, requestContactCodeAction, signOutEverywhereAction } from "@/lib/server-actions/account";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("myAccount.title") };
}

/**
 * One's own account, for every role: a teacher's contacts (changed by a code sent to the new one),
 * staff's password and second factor, and "sign out everywhere". Only the signed-in account's own
 * data: nothing here takes another account's id.
 */
export default async function MyAccountPage() {
  const session = await currentSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/account")}`);
  if (session.pendingStep) redirect(landingPath(session));
  const { actor } = session;
  const { t } = await getTranslator();
  const contacts = can(actor, "account.contacts") ? await myContacts(db(), actor) : null;

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeading title={t("myAccount.title")} lead={t("myAccount.lead")} />

      {contacts && (
        <section aria-labelledby="contacts-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="contacts-title" className="text-lg font-semibold">{t("myAccount.contacts.title")}</h2>
          <p className="text-sm text-slate-600">{t("myAccount.contacts.lead")}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="my-contacts">
            <dt className="font-medium">{t("myAccount.contacts.phone")}</dt>
            <dd data-testid="my-phone">{contacts.phone ?? t("myAccount.contacts.none")}</dd>
            <dt className="font-medium">{t("myAccount.contacts.email")}</dt>
            <dd data-testid="my-email">{contacts.email ?? t("myAccount.contacts.none")}</dd>
          </dl>
          {(["phone", "email"] as const).map((kind) => (
            <ContactChangeForm
              key={kind}
              kind={kind}
              requestAction={requestContactCodeAction}
              confirmAction={confirmContactChangeAction}
              labels={{
                summary: t(kind === "phone" ? "myAccount.contacts.changePhone" : "myAccount.contacts.changeEmail"),
                newContact: t(kind === "phone" ? "myAccount.contacts.newPhone" : "myAccount.contacts.newEmail"),
                newContactHint: t(kind === "phone" ? "myAccount.contacts.newPhoneHint" : "myAccount.contacts.newEmailHint"),
                sendCode: t("myAccount.contacts.sendCode"),
                code: t("myAccount.contacts.code"),
                confirm: t("myAccount.contacts.confirm"),
              }}
            />
          ))}
        </section>
      )}

      {actor.role !== "APPLICANT" && (
        <section aria-labelledby="security-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="security-title" className="text-lg font-semibold">{t("myAccount.security")}</h2>
          <ul className="list-inside list-disc text-brand-700">
            <li><Link href="/account/password" className="underline">{t("myAccount.changePassword")}</Link></li>
            {can(actor, "account.secondFactor") && <li><Link href={SECOND_FACTOR_PATH} className="underline">{t("myAccount.secondFactor")}</Link></li>}
          </ul>
        </section>
      )}

      <section aria-labelledby="everywhere-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="everywhere-title" className="text-lg font-semibold">{t("myAccount.everywhere.title")}</h2>
        <p className="text-sm text-slate-600">{t("myAccount.everywhere.lead")}</p>
        {/* a plain form: it works without JavaScript, and its action ends with a redirect to sign-in */}
        <SignOutEverywhereForm action={signOutEverywhereAction} label={t("myAccount.everywhere.submit")} />
      </section>
    </div>
  );
}
