import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/client";
import { listNotificationsFor } from "../../lib/notifications/notification-log";
import { loggingSmsProvider, mailboxTransport, type EmailTransport, type Transports } from "../../lib/notifications/transports";
import { deliverPendingNotifications, startNotificationWorker } from "../../lib/notifications/worker";
import { recordChange } from "../../lib/workflow/record-change";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

/** A registered package: registration writes its outbox rows in the same transaction as the audit event. */
async function registeredWithNotifications(email: string) {
  const db = testDb.db;
  const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
  const { applicationId } = await registerPackage(contextAt(db), clerk, makeIntake({ email, phone: "+7 701 555 12 34", locale: "ru" }));
  const event = await db.auditEvent.findFirstOrThrow({ where: { applicationId }, select: { id: true } });
  const queued = await db.notification.count({ where: { applicationId, auditEventId: event.id } });
  return { applicationId, auditEventId: event.id, queued, clerk };
}

const silentSms = loggingSmsProvider(() => {});

describe("the notification outbox", () => {
  it("queues an email and an SMS per state change, in the applicant's language", async () => {
    const db = testDb.db;
    const { applicationId, queued } = await registeredWithNotifications("outbox-once@mail.kz");
    expect(queued).toBe(2);
    const rows = await db.notification.findMany({ where: { applicationId }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.status, r.locale, r.attempts])).toEqual([
      ["EMAIL", "PENDING", "ru", 0],
      ["SMS", "PENDING", "ru", 0],
    ]);
    expect(rows[0]!.subject).toMatch(/^Заявка 2026-\d{6}: /);
  });

  it("queues a transition's messages with its audit event, in one statement, keyed by the event", async () => {
    const db = testDb.db;
    const { applicationId } = await registeredWithNotifications("outbox-transition@mail.kz");
    const executor = await createStaff(db, "EXECUTOR", "AKTAU-SCH-12");
    const at = new Date("2026-11-26T05:07:09.123Z");
    await takeForReview({ ...contextAt(db), now: () => at }, executor, applicationId);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { applicationId, action: "TAKE_FOR_REVIEW" },
      select: { id: true, at: true, actorId: true, actorRole: true, fromState: true, toState: true, data: true, reason: true },
    });
    // the event as Prisma would have written it: same instant (UTC), same actor and states
    expect(event).toMatchObject({ at, actorId: executor.userId, actorRole: "EXECUTOR", fromState: "REGISTERED", toState: "UNDER_REVIEW", reason: null });
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { takenAt: true } })).takenAt).toEqual(at);
    const rows = await db.notification.findMany({ where: { auditEventId: event.id }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.status, r.locale, r.recipient])).toEqual([
      ["EMAIL", "PENDING", "ru", "outbox-transition@mail.kz"],
      ["SMS", "PENDING", "ru", "+77015551234"],
    ]);
    expect(rows[0]!.subject).toMatch(/^Заявка 2026-\d{6}: /);
    expect(rows.every((r) => r.id.length > 0 && r.createdAt instanceof Date)).toBe(true);
  });

  it("writes neither the audit event nor the outbox rows when the transaction rolls back", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage(contextAt(db), clerk, makeIntake({ email: "rolled-back@mail.kz" }));
    const before = { events: await db.auditEvent.count({ where: { applicationId } }), rows: await db.notification.count({ where: { applicationId } }) };
    const message = { channel: "EMAIL" as const, recipient: "rolled-back@mail.kz", locale: "ru" as const, subject: "Заявка", body: "Мәтін" };
    await expect(
      db.$transaction(async (tx) => {
        const change = { applicationId, actorId: clerk.userId, actorRole: clerk.role, organizationId: clerk.organizationId, action: "TAKE_FOR_REVIEW" };
        await recordChange(tx, { ...change, fromState: "REGISTERED", toState: "UNDER_REVIEW", reason: null, data: undefined, at: new Date() }, [message]);
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    expect({ events: await db.auditEvent.count({ where: { applicationId } }), rows: await db.notification.count({ where: { applicationId } }) }).toEqual(before);
  });

  it("is not written when history is replayed (the demo seed)", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const { applicationId } = await registerPackage({ ...contextAt(db), notifications: "skip" }, clerk, makeIntake({ email: "seed@mail.kz" }));
    expect(await db.notification.count({ where: { applicationId } })).toBe(0);
  });

  it("delivers after commit into the development mailbox and records the status", async () => {
    const db = testDb.db;
    const { applicationId, clerk } = await registeredWithNotifications("outbox-delivered@mail.kz");
    const transports: Transports = { email: mailboxTransport(db), sms: silentSms };
    let report = { sent: 0, failed: 0, retrying: 0 };
    // other test files' rows do not exist here: each file has its own database
    while (true) {
      const pass = await deliverPendingNotifications(db, transports);
      if (pass.sent + pass.failed + pass.retrying === 0) break;
      report = { sent: report.sent + pass.sent, failed: report.failed + pass.failed, retrying: report.retrying + pass.retrying };
    }
    expect(report.failed).toBe(0);
    const mail = await db.mailboxMessage.findFirstOrThrow({ where: { recipient: "outbox-delivered@mail.kz" } });
    expect(mail.subject).toMatch(/^Заявка 2026-\d{6}: /);
    expect(mail.body).toContain("/status");
    const rows = await db.notification.findMany({ where: { applicationId } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1 && r.sentAt !== null)).toBe(true);

    // the staff log shows each delivery, with the recipients masked
    const log = (await listNotificationsFor(db, clerk, applicationId))!;
    expect(log.map((e) => e.status)).toEqual(["SENT", "SENT"]);
    expect(log.map((e) => e.recipient).sort()).toEqual(["+7701*****34", "o**************d@mail.kz"]);
    const stranger = await createStaff(db, "CLERK", "AKTAU-SCH-07");
    expect(await listNotificationsFor(db, stranger, applicationId)).toBeNull();
  });

  it("delivers into the mailbox from a worker whose pool has one connection", async () => {
    // the mailbox writes through the worker's own transaction: a second connection for it would
    // wait for the one the transaction holds (this hung until the transaction's timeout)
    const db = testDb.db;
    await db.notification.updateMany({ where: { status: "PENDING" }, data: { status: "SENT" } }); // leave only this test's rows
    const { applicationId } = await registeredWithNotifications("outbox-one-connection@mail.kz");
    const workerDb = createPrismaClient(testDb.url, 1);
    try {
      const report = await deliverPendingNotifications(workerDb, { email: mailboxTransport(workerDb), sms: silentSms });
      expect(report).toEqual({ sent: 2, failed: 0, retrying: 0 });
    } finally {
      await workerDb.$disconnect();
    }
    expect(await db.mailboxMessage.count({ where: { recipient: "outbox-one-connection@mail.kz" } })).toBe(1);
    expect(await db.notification.count({ where: { applicationId, status: "SENT" } })).toBe(2);
  });

  it("retries a failing delivery with a growing delay, keeps the error, and gives up after the last attempt", async () => {
    const db = testDb.db;
    await db.notification.updateMany({ where: { status: "PENDING" }, data: { status: "SENT" } }); // leave only this test's rows
    const { applicationId } = await registeredWithNotifications("outbox-failing@mail.kz");
    const failing: EmailTransport = { name: "down", send: async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:25")) };
    const transports: Transports = { email: failing, sms: silentSms };
    const created = (await db.notification.findFirstOrThrow({ where: { applicationId, channel: "EMAIL" } })).createdAt;
    const at = (seconds: number) => () => new Date(created.getTime() + seconds * 1000);
    const options = { maxAttempts: 3, retryBaseSeconds: 30 };

    expect(await deliverPendingNotifications(db, transports, { ...options, now: at(1) })).toEqual({ sent: 1, failed: 0, retrying: 1 });
    // not due again before 30 s
    expect(await deliverPendingNotifications(db, transports, { ...options, now: at(20) })).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(await deliverPendingNotifications(db, transports, { ...options, now: at(31) })).toEqual({ sent: 0, failed: 0, retrying: 1 });
    expect(await deliverPendingNotifications(db, transports, { ...options, now: at(91) })).toEqual({ sent: 0, failed: 1, retrying: 0 });
    const email = await db.notification.findFirstOrThrow({ where: { applicationId, channel: "EMAIL" } });
    expect(email).toMatchObject({ status: "FAILED", attempts: 3, lastError: "Error: connect ECONNREFUSED 127.0.0.1:25", sentAt: null });
  });

  it("never sends a message twice when several workers run at once", async () => {
    const db = testDb.db;
    await db.notification.updateMany({ where: { status: "PENDING" }, data: { status: "SENT" } });
    for (let i = 0; i < 6; i++) await registeredWithNotifications(`outbox-race-${i}@mail.kz`);
    const sent: string[] = [];
    const counting: EmailTransport = {
      name: "counting",
      send: async ({ to }) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(to);
      },
    };
    const transports: Transports = { email: counting, sms: silentSms };
    const workers = Array.from({ length: 4 }, () => startNotificationWorker(db, transports, { intervalMs: 10 }));
    await expect.poll(async () => db.notification.count({ where: { status: "PENDING" } }), { timeout: 10_000 }).toBe(0);
    await Promise.all(workers.map((w) => w.stop()));
    expect(sent.sort()).toEqual(Array.from({ length: 6 }, (_, i) => `outbox-race-${i}@mail.kz`).sort());
  });
});
