// The shape of the house, held by a test: the web edge (app/) depends on components/ and lib/,
// components/ on lib/, and the folders of lib/ on each other without circles.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const IMPORT = /\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((name) => {
    const relative = path.join(folder, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative] : [];
  });
}

/** The project files a file imports, as paths from the root (packages are left out). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(IMPORT)].flatMap((match) => {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(file), specifier) : null;
    if (base === null) return [];
    const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((candidate) => existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile());
    return found ? [path.normalize(found)] : [];
  });
}

const FILES = ["app", "components", "lib"].flatMap(sourceFiles);
const GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]));

/** lib/<folder> for files under lib/ (lib/errors.ts and the like stand for themselves), else the top folder. */
const unitOf = (file: string) => (file.startsWith("lib/") ? file.split("/").slice(0, 2).join("/") : file.split("/")[0]!);

/** Every cycle of a directed graph, each as one path that returns to its start (strongly connected components of 2+). */
function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do component.push((member = stack.pop()!));
      while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
}

describe("the import rules", () => {
  it("finds the files it checks", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(GRAPH.get("lib/workflow/transition.ts")).toContain("lib/db/context.ts");
  });

  it("has no circular import between files", () => {
    const graph = new Map([...GRAPH].map(([file, imports]) => [file, new Set(imports)]));
    expect(cyclesOf(graph)).toEqual([]);
  });

  it("has no circular import between the folders of lib/, nor between app/, components/ and lib/", () => {
    const graph = new Map<string, Set<string>>();
    for (const [file, imports] of GRAPH) {
      for (const imported of imports) {
        if (unitOf(file) === unitOf(imported)) continue;
        graph.set(unitOf(file), (graph.get(unitOf(file)) ?? new Set()).add(unitOf(imported)));
      }
    }
    expect(cyclesOf(graph)).toEqual([]);
  });

  it("keeps lib/ free of app/ and components/", () => {
    const upwards = [...GRAPH].flatMap(([file, imports]) => (file.startsWith("lib/") ? imports.filter((i) => !i.startsWith("lib/")).map((i) => `${file} → ${i}`) : []));
    expect(upwards).toEqual([]);
  });
});
