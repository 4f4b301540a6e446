import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../errors";
import { createTranslator } from "../i18n/translate";

// the import guard of server modules; this test is the server
vi.mock("server-only", () => ({}));
const { actionFailure } = await import("./action-result");

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

describe("an unexpected error in a server action", () => {
  it("is logged as one JSON line with the IIN masked, and the form gets a plain message without it", () => {
    // what Prisma throws on a broken upsert: the query's arguments, IIN included, in message and stack
    const cause = Object.assign(new Error(`Invalid \`tx.applicant.upsert()\` invocation:\n  where: { iin: "${IIN}" }\nUnique constraint failed`), {
      code: "P2002",
      meta: { target: ["iin"], value: IIN },
    });
    let result: ReturnType<typeof actionFailure> | undefined;
    const lines = stderrDuring(() => {
      result = actionFailure(cause, createTranslator("ru"), "ru");
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(IIN);
    const entry = JSON.parse(lines[0]!) as { level: string; event: string; error: { name: string; message: string; code: string; stack: string; meta: unknown } };
    expect(entry).toMatchObject({ level: "error", event: "action.unexpected_error", error: { name: "Error", code: "P2002", meta: { target: ["iin"], value: "[iin]" } } });
    expect(entry.error.message).toContain('where: { iin: "[iin]" }');
    expect(entry.error.stack).toContain("Unique constraint failed");

    expect(result).toEqual({ ok: false, message: createTranslator("ru")("errors.unexpected"), fieldErrors: {} });
    expect(JSON.stringify(result)).not.toContain(IIN);
  });

  it("an expected AppError is the user's message, not a log line", () => {
    const lines = stderrDuring(() => {
      const result = actionFailure(new AppError("CONFLICT", "errors.alreadyDone", { name: "Айжан", at: "2026-11-25T05:00:00.000Z" }), createTranslator("en"), "en");
      expect(result.ok).toBe(false);
    });
    expect(lines).toEqual([]);
  });
});
