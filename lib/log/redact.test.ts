import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { makeIin } from "../domain/identity";
import { createLogger, type LogLevel } from "./logger";
import { MASK, redactText, redactValue } from "./redact";

const iinArbitrary = fc
  .tuple(
    fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
    fc.constantFrom("MALE" as const, "FEMALE" as const),
    fc.nat({ max: 9999 }),
  )
  .map(([date, sex, serial]) => makeIin(date.toISOString().slice(0, 10), sex, serial));

/** An IIN as people write it: bare, or split into groups by spaces or dashes. */
const writtenIinArbitrary = fc.tuple(iinArbitrary, fc.constantFrom("", " ", "-")).map(([iin, separator]) => ({
  iin,
  written: separator ? `${iin.slice(0, 6)}${separator}${iin.slice(6)}` : iin,
}));

const mobileArbitrary = fc
  .tuple(fc.constantFrom("700", "701", "702", "705", "707", "747", "771", "775", "777", "778"), fc.nat({ max: 9_999_999 }))
  .map(([operator, number]) => `${operator}${String(number).padStart(7, "0")}`);
/** The ways a Kazakh mobile number is written on a form or in an error. */
const writtenPhoneArbitrary = fc.tuple(mobileArbitrary, fc.nat({ max: 4 })).map(([digits, style]) => {
  const [a, b, c, d] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 8), digits.slice(8)];
  return { digits, written: [`+7${digits}`, `+7 ${a} ${b} ${c} ${d}`, `8 (${a}) ${b}-${c}-${d}`, `8${digits}`, `${a} ${b} ${c} ${d}`][style]! };
});

/** Any text at all around the secret: letters of every script, digits, quotes, newlines. */
const surrounding = fc.string({ unit: "grapheme", maxLength: 40 });

/** Puts `secret` somewhere in a value: the message, a field, a key, deep in objects and arrays, an error. */
const placedArbitrary = (secret: string) =>
  fc.oneof(
    surrounding.chain((before) => surrounding.map((after) => ({ event: "test.event", fields: { message: `${before}${secret}${after}` } }))),
    fc.constant({ event: `lookup ${secret}`, fields: {} }),
    fc.constant({ event: "test.event", fields: { [secret]: true } }),
    fc.array(fc.constantFrom("a", "b", "list"), { minLength: 1, maxLength: 6 }).map((path) => {
      let nested: unknown = { where: { iin: secret } };
      for (const key of path) nested = key === "list" ? [1, nested] : { [key]: nested };
      return { event: "test.event", fields: { nested } };
    }),
    surrounding.map((before) => {
      const error = new Error(`Unique constraint failed: ${before}${secret}`);
      return { event: "test.event", fields: { error } };
    }),
    fc.constant({ event: "test.event", fields: { error: new Error("outer", { cause: Object.assign(new Error("inner"), { meta: { target: secret } }) }) } }),
    fc.constant({ event: "test.event", fields: { lookups: new Map([["by", secret]]), seen: new Set([secret]) } }),
  );

function capture(): { lines: { level: LogLevel; line: string }[]; logger: ReturnType<typeof createLogger> } {
  const lines: { level: LogLevel; line: string }[] = [];
  const logger = createLogger({ sink: { write: (level, line) => lines.push({ level, line }) }, minLevel: "debug", now: () => new Date("2026-11-25T05:00:00Z") });
  return { lines, logger };
}

describe("redaction", () => {
  it("no IIN, however it is written and wherever it sits, reaches the written line", () => {
    fc.assert(
      fc.property(writtenIinArbitrary.chain(({ iin, written }) => placedArbitrary(written).map((placed) => ({ iin, written, placed }))), ({ iin, written, placed }) => {
        const { lines, logger } = capture();
        logger.error(placed.event, placed.fields);
        expect(lines).toHaveLength(1);
        const { line } = lines[0]!;
        expect(line).not.toContain(iin);
        expect(line).not.toContain(written);
        expect(line).not.toContain("\n");
        expect(() => JSON.parse(line)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("no e-mail address reaches the written line", () => {
    fc.assert(
      fc.property(fc.emailAddress().chain((email) => placedArbitrary(email).map((placed) => ({ email, placed }))), ({ email, placed }) => {
        const { lines, logger } = capture();
        logger.info(placed.event, placed.fields);
        expect(lines[0]!.line).not.toContain(email);
        expect(lines[0]!.line).not.toContain(email.slice(email.indexOf("@")));
      }),
      { numRuns: 300 },
    );
  });

  it("no phone number, in any of the usual notations, reaches the written line", () => {
    fc.assert(
      fc.property(writtenPhoneArbitrary.chain(({ digits, written }) => placedArbitrary(written).map((placed) => ({ digits, written, placed }))), ({ digits, written, placed }) => {
        const { lines, logger } = capture();
        logger.warn(placed.event, placed.fields);
        const { time: _time, ...shown } = JSON.parse(lines[0]!.line) as Record<string, unknown>;
        expect(lines[0]!.line).not.toContain(written);
        // not even split by the notation: none of the number's digits is left in a row
        expect(JSON.stringify(shown).replace(/\D/g, "")).not.toContain(digits);
      }),
      { numRuns: 300 },
    );
  });

  it("masks what a Prisma error quotes, and leaves the rest readable", () => {
    const text =
      "Invalid `tx.applicant.upsert()` invocation: where: { iin: \"760907410001\" }, phone: \"+7 701 555 12 34\", email: \"teacher1@mail.kz\", registration 2026-000123 at 2026-11-25T05:00:00.000Z";
    expect(redactText(text)).toBe(
      `Invalid \`tx.applicant.upsert()\` invocation: where: { iin: "${MASK.iin}" }, phone: "${MASK.phone}", email: "${MASK.email}", registration 2026-000123 at 2026-11-25T05:00:00.000Z`,
    );
    expect(redactText("ИИН 760907 410001 принят; код 8 (701) 234-56-78")).toBe(`ИИН ${MASK.iin} принят; код ${MASK.phone}`);
  });

  it("copies any value into plain JSON: dates, bigints, bytes, cycles, depth", () => {
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    let deep: unknown = "bottom";
    for (let i = 0; i < 20; i++) deep = { deeper: deep };
    expect(redactValue({ at: new Date("2026-11-25T05:00:00Z"), id: 760907410001n, bytes: new Uint8Array(3), cyclic, fn: () => 1 })).toEqual({
      at: "2026-11-25T05:00:00.000Z",
      id: MASK.iin,
      bytes: "[3 bytes]",
      cyclic: { name: "loop", self: "[circular]" },
      fn: "[function]",
    });
    expect(JSON.stringify(redactValue(deep))).toContain("[nested too deep]");
  });
});

describe("the logger", () => {
  it("writes one JSON object per line: time, level, event first, then the fields", () => {
    const { lines, logger } = capture();
    logger.info("queue.loaded", { rows: 3, event: "a field named like the event" });
    expect(lines).toEqual([
      {
        level: "info",
        line: '{"time":"2026-11-25T05:00:00.000Z","level":"info","event":"queue.loaded","rows":3,"field.event":"a field named like the event"}',
      },
    ]);
  });

  it("leaves out levels below its threshold", () => {
    const lines: { level: LogLevel; line: string }[] = [];
    const logger = createLogger({ sink: { write: (level, line) => lines.push({ level, line }) }, minLevel: "warn" });
    logger.debug("a");
    logger.info("b");
    logger.warn("c");
    logger.error("d");
    expect(lines.map((l) => l.level)).toEqual(["warn", "error"]);
  });

  it("writes warnings and errors to stderr, the rest to stdout", () => {
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const logger = createLogger({ minLevel: "debug" });
      logger.info("to.stdout");
      logger.error("to.stderr");
      expect(stdout.mock.calls.map(([chunk]) => JSON.parse(String(chunk)).event)).toEqual(["to.stdout"]);
      expect(stderr.mock.calls.map(([chunk]) => JSON.parse(String(chunk)).event)).toEqual(["to.stderr"]);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });
});
