import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";
import { CLIENT_MESSAGE_PATHS, pickMessages } from "./client-messages";
import { lookupMessage } from "./translate";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Files whose components translate in the browser, through the client dictionary. */
const translatingClientFiles = ["app", "components"]
  .flatMap((folder) => sourceFiles(path.join(ROOT, folder)))
  .filter((file) => /\buseI18n\(\)/.test(readFileSync(file, "utf8")));

/**
 * Every dotted string in those files that names a message, and every template literal that
 * starts with a section's path (`states.${state}`): the key may sit in a ternary or a
 * variable, so the whole file is read, not only the arguments of t().
 */
function keysUsedIn(file: string): { messages: string[]; sections: string[] } {
  const text = readFileSync(file, "utf8");
  const messages = [...text.matchAll(/["'`]([a-zA-Z]\w*(?:\.\w+)+)["'`]/g)].map((m) => m[1]!);
  const sections = [...text.matchAll(/`([a-zA-Z]\w*(?:\.\w+)*)\.\$\{/g)].map((m) => m[1]!);
  return {
    messages: messages.filter((key) => lookupMessage(MESSAGES.kk, key) !== undefined),
    sections: sections.filter((key) => typeof lookupSection(MESSAGES.kk, key) === "object"),
  };
}

function lookupSection(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe("the dictionary sent to the browser", () => {
  it("finds the client components that translate (the scan itself works)", () => {
    const names = translatingClientFiles.map((file) => path.basename(file));
    expect(names).toContain("state-badge.tsx");
    expect(names).toContain("queue-table.tsx");
    expect(keysUsedIn(translatingClientFiles.find((file) => file.endsWith("state-badge.tsx"))!).sections).toEqual(["states"]);
  });

  it.each(LOCALES)("%s: has every message a client component asks for", (locale) => {
    const picked = pickMessages(MESSAGES[locale]);
    for (const file of translatingClientFiles) {
      const { messages, sections } = keysUsedIn(file);
      const where = path.relative(ROOT, file);
      for (const key of messages) expect(lookupMessage(picked, key), `${where}: "${key}"`).toBe(lookupMessage(MESSAGES[locale], key));
      for (const key of sections) expect(lookupSection(picked, key), `${where}: \`${key}.\${…}\``).toEqual(lookupSection(MESSAGES[locale], key));
    }
  });

  it("leaves out what only the server renders", () => {
    const picked = pickMessages(MESSAGES.kk);
    expect(lookupMessage(picked, "home.title")).toBeUndefined();
    expect(picked.dashboard).toBeUndefined();
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(MESSAGES.kk).length / 2);
  });

  it("refuses a path that names nothing, instead of sending less than asked", () => {
    expect(() => pickMessages(MESSAGES.kk, [...CLIENT_MESSAGE_PATHS, "staff.nothingHere"])).toThrow(/staff\.nothingHere/);
  });
});
