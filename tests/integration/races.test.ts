// Fifty staff clients at once over hundreds of packages, through the same use-cases the
// portal runs: every step has exactly one winner, every loser is told who won, the audit trail
// holds one event per transition, and registration numbers stay gap-free.
import { describe, expect, it } from "vitest";
import type { Action } from "../../lib/domain/lifecycle";
import type { Actor } from "../../lib/domain/permissions";
import { AppError } from "../../lib/errors";
import { forwardToProvider } from "../../lib/workflow/forward-to-provider";
import { registerArrival } from "../../lib/workflow/register-arrival";
import { registerPackage } from "../../lib/workflow/register-package";
import { takeForReview } from "../../lib/workflow/take-for-review";
import { lettersOf, makeIntake } from "../../prisma/factories";
import { contextAt, createStaff, organizationId } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

const SCHOOL = "AKTAU-SCH-07";
const CENTRE = "GOVCORP-AKTAU-1";
// 200 in the suite, so the integration run stays short (7–17 s here); `npm run test:races` runs the
// issue's 1,000 (43–200 s on a 2-core machine shared with other builds); RACE_PACKAGES sets any size
const PACKAGES = Number(process.env.RACE_PACKAGES ?? 200);
if (!Number.isInteger(PACKAGES) || PACKAGES < 10) throw new Error(`RACE_PACKAGES must be a whole number of at least 10, got "${process.env.RACE_PACKAGES}"`);
// two in five come through the State Corporation, half of those already forwarded
const CORP_PACKAGES = 2 * Math.round(PACKAGES / 5);
const OFFICE_PACKAGES = PACKAGES - CORP_PACKAGES;
const CONTENDERS_PER_PACKAGE = 5;

/** A deterministic shuffle (the same run every time), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Every client works through its own list of packages one at a time, all clients at once; each
 * package is on the lists of CONTENDERS_PER_PACKAGE clients. Returns every attempt's outcome.
 */
async function race(clients: Actor[], packageIds: string[], attempt: (actor: Actor, applicationId: string) => Promise<unknown>, seed: number) {
  const lists = new Map<Actor, string[]>(clients.map((c) => [c, []]));
  packageIds.forEach((id, index) => {
    for (const client of shuffled(clients, seed + index).slice(0, CONTENDERS_PER_PACKAGE)) lists.get(client)!.push(id);
  });
  const outcomes: { actor: Actor; applicationId: string; error: unknown | null }[] = [];
  await Promise.all(
    [...lists].map(async ([actor, ids]) => {
      for (const applicationId of shuffled(ids, seed)) {
        try {
          await attempt(actor, applicationId);
          outcomes.push({ actor, applicationId, error: null });
        } catch (error) {
          outcomes.push({ actor, applicationId, error });
        }
      }
    }),
  );
  return outcomes;
}

/** One winner per package, recorded once in the audit trail; every loser told that winner's name. */
async function expectOneWinnerEach(outcomes: Awaited<ReturnType<typeof race>>, packageIds: string[], action: Action) {
  const db = testDb.db;
  expect(outcomes).toHaveLength(packageIds.length * CONTENDERS_PER_PACKAGE);
  const events = await db.auditEvent.findMany({ where: { applicationId: { in: packageIds }, action }, select: { applicationId: true, actorId: true } });
  expect(events).toHaveLength(packageIds.length);
  const winnerOf = new Map(events.map((e) => [e.applicationId, e.actorId]));
  expect(winnerOf.size).toBe(packageIds.length);

  for (const id of packageIds) {
    const attempts = outcomes.filter((o) => o.applicationId === id);
    const winners = attempts.filter((o) => o.error === null);
    expect(winners, `winners of ${action} on ${id}`).toHaveLength(1);
    expect(winners[0]!.actor.userId).toBe(winnerOf.get(id));
    for (const loser of attempts.filter((o) => o.error !== null)) {
      const error = loser.error as AppError;
      expect(error, String(error)).toBeInstanceOf(AppError);
      expect(error.code).toBe("CONFLICT");
      expect(error.messageKey).toBe("errors.alreadyDone");
      expect(error.params.name).toBe(winners[0]!.actor.name);
    }
  }
}

describe(`fifty staff clients racing over ${PACKAGES} packages`, () => {
  it("one winner per step, losers told who won, one audit event per transition, gap-free numbers", { timeout: 300_000 }, async () => {
    const db = testDb.db;
    const ctx = contextAt(db);
    const staff = (role: "CLERK" | "CORP_OPERATOR" | "EXECUTOR", code: string, count: number, label: string) =>
      Promise.all(Array.from({ length: count }, (_, i) => createStaff(db, role, code, `${label} ${i + 1}`)));
    const clerks = await staff("CLERK", SCHOOL, 20, "Тіркеуші");
    const operators = await staff("CORP_OPERATOR", CENTRE, 10, "Оператор");
    const executors = await staff("EXECUTOR", SCHOOL, 20, "Орындаушы");
    expect(clerks.length + operators.length + executors.length).toBe(50);
    const school = await organizationId(db, SCHOOL);

    // 1. thirty intake desks register at once (each desk one visitor after another), with some
    //    invalid intakes in the same burst: they must not burn numbers
    const desks = new Map<Actor, (() => ReturnType<typeof registerPackage>)[]>([...clerks, ...operators].map((d) => [d, []]));
    for (let i = 0; i < OFFICE_PACKAGES; i++) desks.get(clerks[i % clerks.length]!)!.push(() => registerPackage(ctx, clerks[i % clerks.length]!, makeIntake({ firstName: `Кеңсе-${lettersOf(i)}` })));
    for (let i = 0; i < CORP_PACKAGES; i++) {
      const operator = operators[i % operators.length]!;
      desks.get(operator)!.push(() => registerPackage(ctx, operator, makeIntake({ firstName: `Корп-${lettersOf(i)}`, providerId: school })));
    }
    for (let i = 0; i < 10; i++) desks.get(clerks[i]!)!.unshift(() => registerPackage(ctx, clerks[i]!, makeIntake({ categorySought: "NO_SUCH_CATEGORY" })));
    const refused: string[] = [];
    await Promise.all(
      [...desks.values()].map(async (visitors) => {
        for (const register of visitors) await register().catch((error: unknown) => refused.push(String(error)));
      }),
    );
    expect(refused.filter((m) => !m.includes("errors.unknownCategory")), "only the invalid intakes fail").toEqual([]);
    expect(refused).toHaveLength(10);
    const packages = await db.application.findMany({ select: { id: true, channel: true, registrationNumber: true } });
    expect(packages).toHaveLength(OFFICE_PACKAGES + CORP_PACKAGES);
    const sequence = packages.map((p) => Number(p.registrationNumber.slice(5))).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: sequence.length }, (_, i) => sequence[0]! + i));
    const office = packages.filter((p) => p.channel === "OFFICE").map((p) => p.id);
    const corp = packages.filter((p) => p.channel === "STATE_CORP").map((p) => p.id);

    // half of the State Corporation's packages are already on their way to the school
    const alreadyForwarded = corp.slice(0, CORP_PACKAGES / 2);
    const stillAtCorp = corp.slice(CORP_PACKAGES / 2);
    // (set-up, not a race: each operator forwards a share of its own, one after another)
    await Promise.all(
      operators.map(async (operator, o) => {
        for (const id of alreadyForwarded.filter((_, i) => i % operators.length === o)) await forwardToProvider(ctx, operator, id);
      }),
    );

    // 2. all fifty at once: operators race to forward the rest, clerks race to register the
    //    arrivals, executors race to take the office's packages
    const [forwarded, arrived, taken] = await Promise.all([
      race(operators, stillAtCorp, (actor, id) => forwardToProvider(ctx, actor, id), 11),
      race(clerks, alreadyForwarded, (actor, id) => registerArrival(ctx, actor, id), 13),
      race(executors, office, (actor, id) => takeForReview(ctx, actor, id), 17),
    ]);
    await expectOneWinnerEach(forwarded, stillAtCorp, "FORWARD_TO_PROVIDER");
    await expectOneWinnerEach(arrived, alreadyForwarded, "REGISTER_ARRIVAL");
    await expectOneWinnerEach(taken, office, "TAKE_FOR_REVIEW");

    // 3. the stored packages and the audit trail agree: one event per transition, versions counted
    const stored = await db.application.findMany({ select: { id: true, state: true, version: true } });
    const expected = new Map<string, { state: string; version: number }>([
      ...office.map((id) => [id, { state: "UNDER_REVIEW", version: 1 }] as const),
      ...alreadyForwarded.map((id) => [id, { state: "REGISTERED", version: 2 }] as const),
      ...stillAtCorp.map((id) => [id, { state: "IN_TRANSIT_TO_PROVIDER", version: 1 }] as const),
    ]);
    const eventsPer = await db.auditEvent.groupBy({ by: ["applicationId"], _count: { _all: true } });
    const eventCount = new Map(eventsPer.map((e) => [e.applicationId, e._count._all]));
    for (const application of stored) {
      expect({ state: application.state, version: application.version }, application.id).toEqual(expected.get(application.id));
      // the registration's event, then one per transition since
      expect(eventCount.get(application.id), application.id).toBe(application.version + 1);
    }
  });
});
