// A safety net under the logger: Next.js prints a page's unhandled error, and a library its
// warnings, with console.* — and a Prisma error quotes its query, IIN and all. Installed once per
// server process (instrumentation.ts), it masks what those lines carry; the text stays as it was.
import { format } from "node:util";
import { redactText } from "./redact";

const METHODS = ["log", "info", "warn", "error", "debug"] as const;
const INSTALLED = Symbol.for("sanat.consoleRedaction");

type ConsoleLike = Pick<Console, (typeof METHODS)[number]>;

export function redactConsole(target: ConsoleLike = console): void {
  const marked = target as ConsoleLike & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  for (const method of METHODS) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => original(redactText(format(...args)));
  }
}
