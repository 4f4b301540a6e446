import { describe, expect, it } from "vitest";
import { loadQueue, PAGE_SIZE, type QueuePage } from "../../lib/applications/staff-queue";
import type { Actor } from "../../lib/domain/permissions";
import type { StaffRole } from "../../lib/applications/queue-views";
import { registerPackage } from "../../lib/workflow/register-package";
import { lettersOf, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

/** Every page of a view, following the cursors, and the rows in the order the pages gave them. */
async function allPages(load: (after?: string) => Promise<QueuePage>) {
  const rows: QueuePage["rows"] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await load(after);
    rows.push(...page.rows);
    after = page.nextCursor ?? undefined;
    pages += 1;
  } while (after && pages < 10);
  return { rows, pages };
}

describe("the queue's order", () => {
  it("is newest first in the clerk's 'all' view and oldest first in her working view, page after page", { timeout: 60_000 }, async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    const actor: Actor & { role: StaffRole } = { ...clerk, role: "CLERK" };
    const made: string[] = [];
    // more than a page; two registered in the same minute, so the id breaks the tie
    for (let i = 0; i < PAGE_SIZE + 3; i++) {
      const { applicationId } = await registerPackage(ctx, clerk, makeIntake({ firstName: `Рет-${lettersOf(i)}` }));
      made.push(applicationId);
      if (i !== 5) ctx.advance(3);
    }
    const at = ctx.now();
    const all = await allPages((after) => loadQueue(db, actor, { view: "all", after }, "kk", at));
    const waiting = await allPages((after) => loadQueue(db, actor, { view: "waiting", after }, "kk", at));

    for (const [view, { rows, pages }, direction] of [["all", all, -1], ["waiting", waiting, 1]] as const) {
      expect(pages, view).toBeGreaterThan(1);
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size, `${view}: no row twice across pages`).toBe(ids.length);
      expect(made.every((id) => ids.includes(id)), `${view}: no row skipped`).toBe(true);
      for (let i = 1; i < rows.length; i++) {
        const [before, next] = [rows[i - 1]!, rows[i]!];
        const order = Math.sign(Date.parse(next.receivedAt) - Date.parse(before.receivedAt)) || (next.id < before.id ? -1 : 1);
        expect(order, `${view} row ${i}`).toBe(direction);
      }
    }
    expect(all.rows[0]!.id).toBe(made[made.length - 1]);
  });
});
