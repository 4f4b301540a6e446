// The messages one state change sends, in the applicant's language: an email when an address is
// known, an SMS when a mobile number is. Pure, so the wording is unit-tested.
import { formatAccessCode } from "../applications/access-code";
import { isMobilePhone } from "../domain/identity";
import type { ApplicationState } from "../domain/lifecycle";
import { localDateTime } from "../domain/working-calendar";
import { formatDate, formatDateTime } from "../i18n/format";
import { localizedName, localizedOptional } from "../i18n/localized-name";
import type { CollectionNotice } from "./collection-notice";
import { toLocale, type Locale } from "../i18n/locales";
import { createTranslator } from "../i18n/translate";

export type NotificationChannel = "EMAIL" | "SMS";

export interface OutgoingMessage {
  channel: NotificationChannel;
  recipient: string;
  locale: Locale;
  subject: string;
  body: string;
}

export interface StateChange {
  registrationNumber: string;
  /** the package's access code, told once, in the notice of its registration (null otherwise) */
  accessCode?: string | null;
  /** the registration that opened the teacher's account: her activation code and where to use it */
  activation?: { code: string; expiresAt: Date; url: string } | null;
  toState: ApplicationState;
  serviceDeadline: Date | null;
  applicant: { fullName: string; email: string | null; phone: string | null; locale: string };
  /** the public status page, where the applicant follows the package */
  statusUrl: string;
  /** where the result now waits for the applicant, if it does: where, hours, what to bring, until when */
  collection?: CollectionNotice | null;
}

/** The place, its address and hours and the last day, in the applicant's language. */
function collectionWords(collection: CollectionNotice, locale: Locale, t: ReturnType<typeof createTranslator>) {
  const place = localizedName(collection.name, locale);
  const address = localizedOptional(collection.address, locale) ?? t("resultHandover.collect.unknown");
  const hours = localizedOptional(collection.hours, locale);
  const until = collection.keptUntil ? formatDate(localDateTime(collection.keptUntil, "12:00"), locale) : null;
  return { place, address, hours, until };
}

export function composeStateChangeMessages(change: StateChange): OutgoingMessage[] {
  const locale = toLocale(change.applicant.locale);
  const t = createTranslator(locale);
  const state = t(`states.${change.toState}`);
  const number = change.registrationNumber;
  const code = change.accessCode ? formatAccessCode(change.accessCode) : null;
  const messages: OutgoingMessage[] = [];
  const collect = change.collection ? collectionWords(change.collection, locale, t) : null;
  const activation = change.activation
    ? t("teacherSignIn.notify.activation", { url: change.activation.url, code: change.activation.code, date: formatDate(change.activation.expiresAt, locale) })
    : null;
  if (change.applicant.email) {
    const lines = [
      t("applicant.notify.greeting", { name: change.applicant.fullName }),
      "",
      t("applicant.notify.changed", { number, state }),
      ...(change.serviceDeadline ? [t("applicant.notify.deadline", { deadline: formatDateTime(change.serviceDeadline, locale) })] : []),
      ...(collect
        ? [
            "",
            t("resultHandover.notify.collectAt", { place: collect.place, address: collect.address }),
            ...(collect.hours ? [t("resultHandover.notify.hours", { hours: collect.hours })] : []),
            t("resultHandover.notify.bring"),
            ...(collect.until ? [t("resultHandover.notify.keptUntil", { date: collect.until })] : []),
            "",
          ]
        : []),
      t("applicant.notify.track", { url: change.statusUrl }),
      ...(code ? [t("applicant.notify.accessCode", { code })] : []),
      ...(activation ? ["", activation] : []),
      "",
      t("applicant.notify.footer"),
    ];
    messages.push({ channel: "EMAIL", recipient: change.applicant.email, locale, subject: t("applicant.notify.subject", { number, state }), body: lines.join("\n") });
  }
  if (change.applicant.phone && isMobilePhone(change.applicant.phone)) {
    const base = code
      ? t("applicant.notify.smsWithCode", { number, state, code, url: change.statusUrl })
      : t("applicant.notify.sms", { number, state, url: change.statusUrl });
    const withCollection = collect
      ? [base, t("resultHandover.notify.smsCollect", { place: collect.place, address: collect.address }), ...(collect.until ? [t("resultHandover.notify.smsUntil", { date: collect.until })] : [])].join(" ")
      : base;
    const text = activation ? `${withCollection} ${activation}` : withCollection;
    messages.push({ channel: "SMS", recipient: change.applicant.phone, locale, subject: t("applicant.notify.subject", { number, state }), body: text });
  }
  return messages;
}

/** For logs and staff screens: "teacher1@mail.kz" → "t*******1@mail.kz", "+77015551234" → "+7701*****34". */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf("@");
  if (at > 0) {
    const local = recipient.slice(0, at);
    return local.length <= 2 ? `${local[0]}*${recipient.slice(at)}` : `${local[0]}${"*".repeat(local.length - 2)}${local.at(-1)}${recipient.slice(at)}`;
  }
  return recipient.length > 7 ? `${recipient.slice(0, 5)}${"*".repeat(recipient.length - 7)}${recipient.slice(-2)}` : "*".repeat(recipient.length);
}

export interface ComplaintAnswered {
  registrationNumber: string;
  filedAt: Date;
  answeredAt: Date;
  applicant: { fullName: string; email: string | null; phone: string | null; locale: string };
  /** the teacher's account, where the answer and its paper are */
  accountUrl: string;
}

/** The teacher's notice that her complaint was answered: where to read it, never the answer itself (a message is no place for it). */
export function composeComplaintAnsweredMessages(notice: ComplaintAnswered): OutgoingMessage[] {
  const locale = toLocale(notice.applicant.locale);
  const t = createTranslator(locale);
  const number = notice.registrationNumber;
  const subject = t("complaints.notify.subject", { number });
  const messages: OutgoingMessage[] = [];
  if (notice.applicant.email) {
    const body = [
      t("applicant.notify.greeting", { name: notice.applicant.fullName }),
      "",
      t("complaints.notify.body", { number, filed: formatDateTime(notice.filedAt, locale), date: formatDateTime(notice.answeredAt, locale), url: notice.accountUrl }),
      "",
      t("applicant.notify.footer"),
    ].join("\n");
    messages.push({ channel: "EMAIL", recipient: notice.applicant.email, locale, subject, body });
  }
  if (notice.applicant.phone && isMobilePhone(notice.applicant.phone)) {
    messages.push({ channel: "SMS", recipient: notice.applicant.phone, locale, subject, body: t("complaints.notify.sms", { number, url: notice.accountUrl }) });
  }
  return messages;
}
