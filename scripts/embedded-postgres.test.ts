import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("loading the embedded server's package", () => {
  // a failed test sets the exit code and lets the process end; the package's exit hook used to
  // turn that into status 0, so CI carried on past a failed integration suite
  it("leaves a process's own exit status as it was", () => {
    const script = [
      'import { loadEmbeddedPostgres } from "./scripts/embedded-postgres.ts";',
      "await loadEmbeddedPostgres();",
      "process.exitCode = 3;",
    ].join("\n");
    const run = spawnSync("npx", ["tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  }, 60_000);
});
