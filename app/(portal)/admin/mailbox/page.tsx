import { z } from "zod";
import { PageHeading } from "@/components/layout/page-heading";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

/** The development catch-all mailbox: what the portal "sent" while no SMTP server is configured. */
const searchSchema = z.object({ to: z.string().trim().max(200).optional().catch(undefined) });

export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("workspace.admin", "/admin/mailbox");
  const { locale, t } = await getTranslator();
  const { to } = searchSchema.parse(await searchParams);
  const messages = await db().mailboxMessage.findMany({
    where: to ? { recipient: { contains: to, mode: "insensitive" } } : {},
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, notificationId: true, recipient: true, subject: true, body: true, receivedAt: true },
  });
  // each message is in its recipient's language, not the reader's: marked so (screen readers, the page check)
  const notificationIds = messages.flatMap((message) => (message.notificationId ? [message.notificationId] : []));
  const localeOf = new Map(
    (await db().notification.findMany({ where: { id: { in: notificationIds } }, select: { id: true, locale: true } })).map((n) => [n.id, n.locale]),
  );
  // the demo's SMS (lib/notifications/transports.ts localOutboxSmsProvider): kept here, sent nowhere
  const smsMessages = await db().smsOutboxMessage.findMany({
    where: to ? { recipient: { contains: to, mode: "insensitive" } } : {},
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, recipient: true, body: true, locale: true, receivedAt: true },
  });
  return (
    <div>
      <PageHeading title={t("applicant.mailbox.title")} lead={t("applicant.mailbox.lead")}>
        <form method="get" className="flex gap-2">
          <label htmlFor="to" className="sr-only">
            {t("applicant.mailbox.recipient")}
          </label>
          <input id="to" name="to" type="search" defaultValue={to ?? ""} placeholder={t("applicant.mailbox.recipient")} className="rounded border border-slate-300 px-3 py-1.5" />
          <Button type="submit" size="sm">
            {t("applicant.mailbox.filter")}
          </Button>
        </form>
      </PageHeading>
      {messages.length === 0 ? (
        <p>{t("applicant.mailbox.empty")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("applicant.mailbox.title")}>
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="mailbox-message">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium" lang={message.notificationId ? localeOf.get(message.notificationId) : undefined}>
                    {message.subject}
                  </span>
                  <span className="block text-sm text-slate-600">
                    {t("applicant.mailbox.recipient")}: {message.recipient} · {t("applicant.mailbox.received")}:{" "}
                    {formatDateTime(message.receivedAt, locale)}
                  </span>
                </summary>
                <pre className="mt-3 whitespace-pre-wrap font-sans text-sm" lang={message.notificationId ? localeOf.get(message.notificationId) : undefined}>
                  {message.body}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="sms-outbox-title" className="mt-10">
        <h2 id="sms-outbox-title" className="text-xl font-semibold">
          {t("teacherSignIn.outbox.title")}
        </h2>
        <p className="mb-4 mt-1 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">{t("teacherSignIn.outbox.note")}</p>
        {smsMessages.length === 0 ? (
          <p>{t("teacherSignIn.outbox.empty")}</p>
        ) : (
          <ul className="space-y-3" aria-labelledby="sms-outbox-title">
            {smsMessages.map((message) => (
              <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="sms-outbox-message">
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="text-slate-600">{t("teacherSignIn.outbox.recipient")}</dt>
                  <dd className="font-mono">{message.recipient}</dd>
                  <dt className="text-slate-600">{t("teacherSignIn.outbox.at")}</dt>
                  <dd>{formatDateTime(message.receivedAt, locale)}</dd>
                  <dt className="text-slate-600">{t("teacherSignIn.outbox.body")}</dt>
                  <dd className="whitespace-pre-wrap" lang={message.locale ?? undefined}>
                    {message.body}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
