-- Delivery is idempotent: the mailbox keeps at most one message per outbox row, so a notification
-- redelivered after the worker died between storing the message and marking the row SENT is a no-op.
ALTER TABLE "MailboxMessage" ADD COLUMN "notificationId" TEXT;

CREATE UNIQUE INDEX "MailboxMessage_notificationId_key" ON "MailboxMessage"("notificationId");
