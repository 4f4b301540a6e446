import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/client";
import { loggingSmsProvider, mailboxTransport, type Transports } from "../../lib/notifications/transports";
import { deliverPendingNotifications } from "../../lib/notifications/worker";
import { registerPackage } from "../../lib/workflow/register-package";
import { makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();
const silentSms = loggingSmsProvider(() => {});

/** Ends every connection of the "worker process" (identified by its application_name), as a SIGKILL would. */
async function killConnections(url: string, applicationName: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
      [applicationName],
    );
    return rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

async function deliverAll(transports: Transports) {
  const db = testDb.db;
  for (let pass = 0; pass < 10; pass++) {
    const report = await deliverPendingNotifications(db, transports);
    if (report.sent + report.failed + report.retrying === 0) return;
  }
  throw new Error("the outbox did not drain in 10 passes");
}

describe("delivery after a crash", () => {
  it("stores one mailbox message when the worker died between storing it and marking the row SENT", async () => {
    const db = testDb.db;
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const email = "redelivered-once@mail.kz";
    const { applicationId } = await registerPackage(contextAt(db), clerk, makeIntake({ email }));
    const emailRow = await db.notification.findFirstOrThrow({ where: { applicationId, channel: "EMAIL" }, select: { id: true } });

    // The dying worker claims the row on its own connections; its transport stores the message
    // (that write commits), then the worker's connections are cut before it can mark the row SENT.
    const applicationName = `dying-worker-${process.pid}`;
    const workerUrl = new URL(testDb.url);
    workerUrl.searchParams.set("application_name", applicationName);
    // one connection, as a worker's pool after a PostgreSQL restart: the dead one must not stay counted
    const dyingDb = createPrismaClient(workerUrl.toString(), 1);
    const mailbox = mailboxTransport(db);
    let killed = 0;
    const dying: Transports = {
      sms: silentSms,
      email: {
        name: "mailbox-then-crash",
        async send(message) {
          await mailbox.send(message);
          killed = await killConnections(testDb.url, applicationName);
        },
      },
    };
    try {
      await expect(deliverPendingNotifications(dyingDb, dying)).rejects.toThrow(/connection/i);
      // the pool dropped the dead connection (lib/db/client.ts): the same client works again
      await expect(dyingDb.$transaction((tx) => tx.notification.count({ where: { id: emailRow.id } }), { maxWait: 5000 })).resolves.toBe(1);
    } finally {
      await dyingDb.$disconnect();
    }
    expect(killed).toBeGreaterThan(0);
    // the crash window really was hit: the message is stored, the row is still due
    expect(await db.mailboxMessage.count({ where: { notificationId: emailRow.id } })).toBe(1);
    expect(await db.notification.findUniqueOrThrow({ where: { id: emailRow.id }, select: { status: true, attempts: true } })).toEqual({
      status: "PENDING",
      attempts: 0,
    });

    // the worker of the restarted process delivers it again: a no-op for the mailbox
    await deliverAll({ email: mailboxTransport(db), sms: silentSms });
    expect(await db.notification.findUniqueOrThrow({ where: { id: emailRow.id }, select: { status: true, attempts: true } })).toEqual({
      status: "SENT",
      attempts: 1,
    });
    expect(await db.mailboxMessage.count({ where: { recipient: email } })).toBe(1);
    expect(await db.notification.count({ where: { applicationId, status: { not: "SENT" } } })).toBe(0);
  });

  it("keeps one message per outbox row however often the transport is called, and still stores messages without a key", async () => {
    const db = testDb.db;
    const mailbox = mailboxTransport(db);
    const keyed = { id: `notification-${process.pid}-keyed`, to: "keyed@mail.kz", subject: "Заявка", text: "Мәтін" };
    await Promise.all([mailbox.send(keyed), mailbox.send(keyed), mailbox.send(keyed)]);
    expect(await db.mailboxMessage.count({ where: { notificationId: keyed.id } })).toBe(1);

    const unkeyed = { to: "unkeyed@mail.kz", subject: "Тест", text: "Мәтін" };
    await mailbox.send(unkeyed);
    await mailbox.send(unkeyed);
    expect(await db.mailboxMessage.count({ where: { recipient: "unkeyed@mail.kz" } })).toBe(2);
  });
});
