-- The demo's local SMS outbox keeps the language each message is written in (the recipient's), so
-- the page that shows it marks it so (lang): screen readers read it in its own language.
ALTER TABLE "SmsOutboxMessage" ADD COLUMN "locale" TEXT;
