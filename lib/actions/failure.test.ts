import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, HTTP_STATUS } from "../errors";
import { createTranslator } from "../i18n/translate";
import { MESSAGES } from "../i18n/messages";

// the import guard of server modules; this test is the server
vi.mock("server-only", () => ({}));
const { describeFailure } = await import("./failure");

const IIN = "760907410001";
afterEach(() => vi.restoreAllMocks());

/** What went to stderr while `run` ran, line by line. */
function stderrDuring(run: () => void): string[] {
  const chunks: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  run();
  return chunks.join("").split("\n").filter(Boolean);
}

describe("an unexpected error", () => {
  it("is logged as one JSON line with the IIN masked, and the user gets a plain message without it", () => {
    // what Prisma throws on a broken upsert: the query's arguments, IIN included, in message and stack
    const cause = Object.assign(new Error(`Invalid \`tx.applicant.upsert()\` invocation:\n  where: { iin: "${IIN}" }\nUnique constraint failed`), {
      code: "P2002",
      meta: { target: ["iin"], value: IIN },
    });
    let failure: ReturnType<typeof describeFailure> | undefined;
    const lines = stderrDuring(() => {
      failure = describeFailure(cause, createTranslator("ru"), "ru", "action");
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(IIN);
    const entry = JSON.parse(lines[0]!) as { level: string; event: string; error: { name: string; message: string; code: string; stack: string; meta: unknown } };
    expect(entry).toMatchObject({ level: "error", event: "action.unexpected_error", error: { name: "Error", code: "P2002", meta: { target: ["iin"], value: "[iin]" } } });
    expect(entry.error.message).toContain('where: { iin: "[iin]" }');
    expect(entry.error.stack).toContain("Unique constraint failed");

    expect(failure).toEqual({ code: "UNEXPECTED", status: 500, message: MESSAGES.ru.errors.unexpected, fieldErrors: {} });
    expect(JSON.stringify(failure)).not.toContain(IIN);
  });

  it("of a route is logged as a route's", () => {
    const lines = stderrDuring(() => describeFailure(new TypeError("x is undefined"), createTranslator("kk"), "kk", "route"));
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: "route.unexpected_error" });
  });

  it("an AppError whose key the dictionary lacks (a cast gone wrong) is logged and answered as unexpected, not thrown", () => {
    let failure: ReturnType<typeof describeFailure> | undefined;
    const lines = stderrDuring(() => {
      failure = describeFailure(new AppError("INVALID_INPUT", "Invalid input: expected date" as never), createTranslator("en"), "en", "action");
    });
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: "action.untranslatable_error" });
    expect(failure).toMatchObject({ code: "UNEXPECTED", status: 500, message: MESSAGES.en.errors.unexpected });
  });
});

describe("an expected failure", () => {
  it("an AppError is the user's message with its status, its instants in Aqtau time and its state by name, not a log line", () => {
    const lines = stderrDuring(() => {
      const failure = describeFailure(new AppError("CONFLICT", "errors.alreadyDone", { name: "Айжан", at: "2026-11-25T05:00:00.000Z" }), createTranslator("en"), "en", "action");
      expect(failure).toMatchObject({ code: "CONFLICT", status: 409, fieldErrors: {} });
      expect(failure.message).toMatch(/^This was already done by Айжан at .*10:00/);
      const wrongState = describeFailure(new AppError("CONFLICT", "errors.wrongState", { state: "REGISTERED" }), createTranslator("ru"), "ru", "route");
      expect(wrongState.message).toContain(MESSAGES.ru.states.REGISTERED);
    });
    expect(lines).toEqual([]);
  });

  it("field errors are translated; a ZodError thrown by a use-case's own parse is invalid input, zod's text never shown", () => {
    const failure = describeFailure(
      new AppError("INVALID_INPUT", "errors.invalidInput", {}, { iin: "errors.invalidIin" }),
      createTranslator("kk"),
      "kk",
      "action",
    );
    expect(failure.fieldErrors).toEqual({ iin: MESSAGES.kk.errors.invalidIin });
    const parsed = z.object({ name: z.string().min(1, "errors.fieldRequired"), kind: z.enum(["SCHOOL"]) }).safeParse({ name: "", kind: "x" });
    const fromZod = describeFailure(parsed.error, createTranslator("ru"), "ru", "action");
    expect(fromZod).toEqual({
      code: "INVALID_INPUT",
      status: 400,
      message: MESSAGES.ru.errors.invalidInput,
      fieldErrors: { name: MESSAGES.ru.errors.fieldRequired, kind: MESSAGES.ru.errors.invalidInput },
    });
  });

  it("takes its status from the one table, and carries Retry-After's seconds", () => {
    for (const code of Object.keys(HTTP_STATUS) as (keyof typeof HTTP_STATUS)[]) {
      expect(describeFailure(new AppError(code, "errors.invalidInput"), createTranslator("kk"), "kk", "route").status).toBe(HTTP_STATUS[code]);
    }
    const limited = describeFailure(new AppError("RATE_LIMITED", "applicant.status.rateLimited", { minutes: 2 }, {}, { retryAfterSeconds: 90 }), createTranslator("en"), "en", "route");
    expect(limited).toMatchObject({ status: 429, retryAfterSeconds: 90 });
  });
});
