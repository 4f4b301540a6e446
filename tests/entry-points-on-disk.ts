// The portal's entry points as the source tree has them: every page, every route handler's
// methods, every server action (exported from a "use server" file, or inline in a component).
// The unit tests hold them to lib/domain/entry-points.ts; the e2e matrices read the same map.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface EntryOnDisk {
  /** the key in lib/domain/entry-points.ts: "/clerk/applications/[id]", "GET /api/health", "runTransition" */
  key: string;
  /** relative to the repository, with forward slashes */
  file: string;
}
export interface ServerActionOnDisk extends EntryOnDisk {
  /** an inline action ("use server" inside a function) has no stable name in the build */
  isInline: boolean;
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const SKIPPED_DIRECTORIES = new Set(["node_modules", "generated"]);

function filesUnder(root: string, directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, directory), { withFileTypes: true })) {
    const relative = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) found.push(...filesUnder(root, relative));
    } else if (/\.(tsx?|jsx?)$/.test(entry.name)) found.push(relative);
  }
  return found;
}

/** "app/(portal)/clerk/applications/[id]/page.tsx" → "/clerk/applications/[id]" (route groups vanish). */
function routePath(file: string): string {
  const segments = path.posix.dirname(file).split("/").slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** The methods a route.ts exports: `export async function GET`, `export const GET`, `export { handler as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of block[1]!.split(",")) found.add(name.trim().split(/\s+as\s+/).pop()!.trim());
  }
  return [...found].filter((name) => (HTTP_METHODS as readonly string[]).includes(name)).sort();
}

export function pagesOnDisk(root = process.cwd()): EntryOnDisk[] {
  return filesUnder(root, "app")
    .filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file))
    .map((file) => ({ key: routePath(file), file }));
}

export function routeHandlersOnDisk(root = process.cwd()): EntryOnDisk[] {
  return filesUnder(root, "app")
    .filter((file) => /\/route\.(ts|js)$/.test(file))
    .flatMap((file) => exportedMethods(readFileSync(path.join(root, file), "utf8")).map((method) => ({ key: `${method} ${routePath(file)}`, file })));
}

const DIRECTIVE = /["']use server["'];?/g;
const FILE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

/**
 * Every server action. A "use server" file may export only async functions (and types), so its
 * exported functions are its actions (written as functions or made by `defineAction` and
 * `defineFormAction`); an inline action is a function whose body starts with the
 * directive. A directive this cannot place, or an export it cannot name, is an error rather than
 * an action silently left out.
 */
export function serverActionsOnDisk(root = process.cwd()): ServerActionOnDisk[] {
  const found: ServerActionOnDisk[] = [];
  for (const file of ["app", "components", "lib"].flatMap((directory) => filesUnder(root, directory))) {
    const source = readFileSync(path.join(root, file), "utf8");
    const directives = [...source.matchAll(DIRECTIVE)].length;
    if (directives === 0) continue;
    if (FILE_DIRECTIVE.test(source)) {
      if (directives > 1) throw new Error(`${file}: a "use server" file with inline directives too`);
      const unnamed = source.match(/export\s+(?:default\b|\{|\*)/);
      if (unnamed) throw new Error(`${file}: "${unnamed[0]}" in a "use server" file; export each action as \`export async function name\``);
      const names = [
        ...[...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]!),
        ...[...source.matchAll(/export\s+const\s+(\w+)\s*=\s*async\b/g)].map((m) => m[1]!),
        // an action made by the wrappers of lib/actions/define-action.ts
        ...[...source.matchAll(/export\s+const\s+(\w+)\s*=\s*define(?:Form)?Action\s*\(/g)].map((m) => m[1]!),
      ];
      const exportedValues = [...source.matchAll(/export\s+(?!type\b|interface\b)(?:async\s+)?(\w+)/g)].length;
      if (exportedValues !== names.length) throw new Error(`${file}: an export that is not an async function in a "use server" file`);
      found.push(...names.map((key) => ({ key, file, isInline: false })));
      continue;
    }
    const inline = [
      ...source.matchAll(/function\s+(\w+)\s*\([^)]*\)[^{]*\{\s*["']use server["']/g),
      ...source.matchAll(/(\w+)\s*=\s*async\s*\([^)]*\)[^{]*=>\s*\{\s*["']use server["']/g),
    ].map((m) => m[1]!);
    if (inline.length !== directives) throw new Error(`${file}: a "use server" directive that is neither the file's nor a named function's`);
    found.push(...inline.map((key) => ({ key, file, isInline: true })));
  }
  return found;
}
