import { describe, expect, it } from "vitest";
import { redactConsole } from "./console-redaction";

function fakeConsole() {
  const written: [string, unknown[]][] = [];
  const record = (method: string) => (...args: unknown[]) => written.push([method, args]);
  return { target: { log: record("log"), info: record("info"), warn: record("warn"), error: record("error"), debug: record("debug") }, written };
}

describe("the console safety net", () => {
  it("masks what Next.js or a library prints, formatted as the console would have", () => {
    const { target, written } = fakeConsole();
    redactConsole(target);
    redactConsole(target); // installing twice wraps once
    target.error("⨯ %s failed:", "upsert", new Error('where: { iin: "760907410001" }, email: "a.b@mail.kz"'));
    target.log("ready on http://127.0.0.1:%d", 3000);

    expect(written).toHaveLength(2);
    const [method, args] = written[0]!;
    expect(method).toBe("error");
    expect(args).toHaveLength(1);
    expect(args[0]).toMatch(/^⨯ upsert failed: Error: where: \{ iin: "\[iin\]" \}, email: "\[email\]"\n\s+at /);
    expect(written[1]).toEqual(["log", ["ready on http://127.0.0.1:3000"]]);
  });
});
