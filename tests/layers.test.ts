import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const SRC = path.join(ROOT, "src");

/**
 * The service's floors, lowest first: a module may import its own floor's and lower
 * floors' modules, never a higher one. The explorer and GraphiQL pages are clients: they
 * read the API's argument bounds (src/graphql/limits.ts) and nothing else of the service.
 */
const FLOORS: Record<string, number> = {
  cache: 0,
  graph: 0,
  search: 1,
  understand: 2,
  trace: 3,
  knowledge: 4,
  graphql: 5,
  http: 6,
  web: 6,
  graphiql: 6,
  process: 7,
  cli: 8,
  "main.ts": 9,
};

/** Every .ts file under src (relative paths) with the src-relative files it imports. */
async function imports(): Promise<{ file: string; targets: string[] }[]> {
  const files = (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith(".ts"));
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(SRC, file), "utf8");
      const targets = [...text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)]
        .map((m) => path.relative(SRC, path.resolve(SRC, path.dirname(file), m[1] ?? "")))
        .filter((t) => !t.startsWith(".."));
      return { file, targets };
    }),
  );
}

const floorOf = (file: string) => FLOORS[file.split(path.sep)[0] ?? ""];

/**
 * Files that import another folder's modules one by one on purpose, to load little: a
 * folder's index loads every module it re-exports. The browser pages bundle
 * src/graphql/limits.ts (and so what it imports), and the command line reads
 * src/process/config.ts and its variables.ts without starting the service.
 */
const SMALL_LOADS = new Set(["graphql/limits.ts", "process/config.ts", "process/variables.ts"]);

/** The .ts file that `spec` (an import path such as "./x.js") names, seen from `file`. */
const sourceOf = (file: string, spec: string) =>
  path.resolve(path.dirname(file), spec).replace(/\.js$/, ".ts");

/** Each `a`, `type a` or `a as b` of an `export { … }` or `import { … }` list: [a, b]. */
const listed = (list: string): [string, string][] =>
  list
    .split(",")
    .map((entry) => entry.trim().replace(/^type\s+/, ""))
    .filter((entry) => entry !== "")
    .map((entry) => {
      const [name = "", as = name] = entry.split(/\s+as\s+/);
      return [name, as];
    });

/**
 * The names module `file` exports, types included: its exported declarations, its
 * `export { … }` lists (with or without `from`), `export * as name`, and what each
 * `export *` or `export type *` passes on, read from that module in turn (`seen` stops a
 * cycle).
 */
async function exportedNames(file: string, seen = new Set<string>()): Promise<Set<string>> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const text = await readFile(file, "utf8");
  const declared =
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|class|const|let|var|type|interface|enum|namespace)\s+(\w+)/gm;
  for (const m of text.matchAll(declared)) names.add(m[1] ?? "");
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const [, as] of listed(m[1] ?? "")) names.add(as);
  for (const m of text.matchAll(/export\s+(?:type\s+)?\*\s+as\s+(\w+)/g)) names.add(m[1] ?? "");
  for (const m of text.matchAll(/export\s+(?:type\s+)?\*\s+from\s+"([^"]+)"/g))
    for (const name of await exportedNames(sourceOf(file, m[1] ?? ""), seen)) names.add(name);
  names.delete("");
  return names;
}

/**
 * What each import or re-export in `text` (the source of `file`) takes from a relative
 * path: the names of an `import { … }` or `export { … } from` list (as the target module
 * calls them), or every name the target exports for `import * as x`, `export *` and
 * `export * as x`.
 */
async function taken(file: string, text: string): Promise<{ spec: string; names: string[] }[]> {
  const statements = text.matchAll(
    /(?:import|export)\s+(?:type\s+)?(\{[^}]*\}|\*(?:\s+as\s+\w+)?)\s+from\s+"(\.{1,2}\/[^"]+)"/g,
  );
  return Promise.all(
    [...statements].map(async ([, what = "", spec = ""]) => ({
      spec,
      names: what.startsWith("{")
        ? listed(what.slice(1, -1)).map(([name]) => name)
        : [...(await exportedNames(sourceOf(file, spec)))],
    })),
  );
}

describe("layers", () => {
  it("every folder of src has a floor", async () => {
    const tops = new Set((await imports()).map(({ file }) => file.split(path.sep)[0] ?? ""));
    expect([...tops].filter((t) => floorOf(t) === undefined)).toEqual([]);
  });

  it("no import runs back up a floor", async () => {
    const upward: string[] = [];
    for (const { file, targets } of await imports()) {
      for (const target of targets) {
        if ((floorOf(target) ?? 0) > (floorOf(file) ?? 0)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("the index rule reads every value an index exports, `export *` included", async () => {
    const unseen: string[] = [];
    for (const folder of Object.keys(FLOORS)) {
      const index = path.join(SRC, folder, "index.ts");
      const read = await exportedNames(index).catch(() => null);
      if (read === null) continue;
      const loaded: Record<string, unknown> = await import(index);
      for (const name of Object.keys(loaded))
        if (!read.has(name)) unseen.push(`${folder}/index.ts: ${name}`);
    }
    expect(unseen).toEqual([]);
  });

  it("an import from another folder takes what that folder's index exports through the index", async () => {
    const indexes = new Map<string, Set<string>>();
    for (const folder of Object.keys(FLOORS)) {
      const index = path.join(SRC, folder, "index.ts");
      const names = await exportedNames(index).catch(() => null);
      if (names !== null) indexes.set(folder, names);
    }
    expect(indexes.size).toBeGreaterThanOrEqual(7);
    const bypassing: string[] = [];
    const files = (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith(".ts"));
    for (const file of files) {
      const folder = file.split(path.sep)[0] ?? "";
      if (SMALL_LOADS.has(file.split(path.sep).join("/")) || ["web", "graphiql"].includes(folder))
        continue;
      const source = path.join(SRC, file);
      for (const { spec, names } of await taken(source, await readFile(source, "utf8"))) {
        const target = path.relative(SRC, path.resolve(SRC, path.dirname(file), spec));
        const [to, ...rest] = target.split(path.sep);
        const index = indexes.get(to ?? "");
        if (to === folder || index === undefined || rest.join("/") === "index.js") continue;
        const through = names.filter((name) => index.has(name));
        if (through.length > 0) bypassing.push(`${file} → ${target}: ${through.join(", ")}`);
      }
    }
    expect(bypassing).toEqual([]);
  });

  it("resolvers reach the layers below only through src/knowledge", async () => {
    const resolverFiles = (await imports()).filter(({ file }) =>
      /^graphql[/\\]\w*[rR]esolvers\.ts$/.test(file),
    );
    expect(resolverFiles.length).toBeGreaterThanOrEqual(4);
    for (const { file, targets } of resolverFiles) {
      const below = targets.filter((t) => (floorOf(t) ?? 0) < (FLOORS.graphql ?? 0));
      expect(below, file).toEqual(below.map(() => path.join("knowledge", "index.js")));
    }
  });

  it("the GraphQL and HTTP layers ask the knowledge base, never its parts", async () => {
    const reaching: string[] = [];
    for (const { file } of await imports()) {
      if (!["graphql", "http"].includes(file.split(path.sep)[0] ?? "")) continue;
      const text = await readFile(path.join(SRC, file), "utf8");
      for (const m of text.matchAll(/\b(?:kb|current)\.(data|graph|searchIndex|tracer|reader)\b/g))
        reaching.push(`${file}: ${m[0]}`);
    }
    expect(reaching).toEqual([]);
  });
});
