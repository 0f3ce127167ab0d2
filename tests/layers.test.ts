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
