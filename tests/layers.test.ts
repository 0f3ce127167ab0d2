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

/** The names `text` (an index.ts) re-exports in `export { … }` lists, types included. */
function reExported(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const name of (m[1] ?? "").split(","))
      names.add(
        name
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)
          .pop() ?? "",
      );
  names.delete("");
  return names;
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

  it("an import from another folder takes what that folder's index exports through the index", async () => {
    const indexes = new Map<string, Set<string>>();
    for (const folder of Object.keys(FLOORS)) {
      const text = await readFile(path.join(SRC, folder, "index.ts"), "utf8").catch(() => null);
      if (text !== null) indexes.set(folder, reExported(text));
    }
    expect(indexes.size).toBeGreaterThanOrEqual(7);
    const bypassing: string[] = [];
    const files = (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith(".ts"));
    for (const file of files) {
      const folder = file.split(path.sep)[0] ?? "";
      if (SMALL_LOADS.has(file.split(path.sep).join("/")) || ["web", "graphiql"].includes(folder))
        continue;
      const text = await readFile(path.join(SRC, file), "utf8");
      for (const m of text.matchAll(
        /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"(\.{1,2}\/[^"]+)"/g,
      )) {
        const target = path.relative(SRC, path.resolve(SRC, path.dirname(file), m[2] ?? ""));
        const [to, ...rest] = target.split(path.sep);
        const names = indexes.get(to ?? "");
        if (to === folder || names === undefined || rest.join("/") === "index.js") continue;
        const taken = (m[1] ?? "").split(",").map((n) => n.trim().replace(/^type\s+/, ""));
        const through = taken.filter((name) => names.has(name.split(/\s+as\s+/)[0] ?? ""));
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
