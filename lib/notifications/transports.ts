// Where messages go. Email: SMTP through nodemailer when SMTP_URL is set; otherwise the
// development catch-all, which builds the same message with nodemailer and stores it in
// MailboxMessage for administrators to read at /admin/mailbox. SMS: a provider interface with a
// logging provider by default (a real gateway is one more implementation).
import nodemailer from "nodemailer";
import type { Db } from "../db/client";
import { env } from "../env";
import type { Tx } from "../db/context";
import { log as logger } from "../log/logger";
import { maskRecipient } from "./compose";

export interface EmailMessage {
  /** the outbox row's id: the idempotency key of the delivery (a message sent twice is one message) */
  id?: string;
  to: string;
  subject: string;
  text: string;
}

export interface EmailTransport {
  readonly name: string;
  /**
   * `outboxTx` is the worker's transaction that holds the outbox row: a transport that writes to
   * the database writes through it (one connection per delivery, and the write commits with the
   * row's SENT mark); one that talks to the outside world ignores it.
   */
  send(message: EmailMessage, outboxTx?: Tx): Promise<void>;
}

export interface SmsProvider {
  readonly name: string;
  /** `locale`: the language the text is written in (the local outbox shows it so) */
  send(message: { to: string; text: string; locale?: string }): Promise<void>;
}

export interface Transports {
  email: EmailTransport;
  sms: SmsProvider;
}

const DEFAULT_FROM = "Sanat <no-reply@sanat.mangystau.kz>";

export function smtpTransport(smtpUrl: string, from = DEFAULT_FROM): EmailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    name: "smtp",
    async send({ id, to, subject, text }) {
      // SMTP cannot take a message back: a redelivery after a crash carries the same Message-ID,
      // so mail servers and clients that de-duplicate show it once
      await transporter.sendMail({ from, to, subject, text, messageId: id ? `<${id}@sanat.mangystau.kz>` : undefined });
    },
  };
}

/** The development catch-all: every message lands in MailboxMessage, whatever its address. */
export function mailboxTransport(db: Db, from = DEFAULT_FROM): EmailTransport {
  const builder = nodemailer.createTransport({ jsonTransport: true });
  return {
    name: "mailbox",
    async send({ id, to, subject, text }, outboxTx) {
      // built by nodemailer as for SMTP, so an address it would refuse fails here too
      await builder.sendMail({ from, to, subject, text });
      // Through the worker's transaction when there is one: the message and the SENT mark commit
      // together, and a worker with a pool of one connection does not wait for a second. Keyed
      // by the outbox row all the same, for callers without a transaction.
      await (outboxTx ?? db).mailboxMessage.createMany({
        data: [{ notificationId: id ?? null, recipient: to, subject, body: text }],
        skipDuplicates: true,
      });
    },
  };
}

export function loggingSmsProvider(log: (line: string) => void = (line) => logger.info("notifications.sms_logged", { message: line })): SmsProvider {
  return {
    name: "log",
    async send({ to, text }) {
      log(`[sms] to ${maskRecipient(to)}: ${text.length} characters`);
    },
  };
}

/**
 * No SMS gateway is configured anywhere yet: what would be sent is kept in SmsOutboxMessage (the
 * demo's local outbox, shown on the administrator's mailbox page as not sent) and logged, masked.
 */
export function localOutboxSmsProvider(db: Db, log: SmsProvider = loggingSmsProvider()): SmsProvider {
  return {
    name: "local-outbox",
    async send(message) {
      await db.smsOutboxMessage.create({ data: { recipient: message.to, body: message.text, locale: message.locale ?? null } });
      await log.send(message);
    },
  };
}

/** The transports configured by the environment. */
export function transportsFromEnv(db: Db): Transports {
  const { SMTP_URL, SMTP_FROM } = env();
  return {
    email: SMTP_URL ? smtpTransport(SMTP_URL, SMTP_FROM) : mailboxTransport(db),
    sms: localOutboxSmsProvider(db),
  };
}
