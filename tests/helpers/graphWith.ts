import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FIXTURE_GRAPH } from "./paths.js";

/**
 * A copy of the fixture graph in a temporary folder with extra files written into it
 * (name → content). Returns the folder and a function that removes it.
 */
export async function graphWith(files: Record<string, string>, base = FIXTURE_GRAPH) {
  const dir = await mkdtemp(path.join(tmpdir(), "kg-graph-"));
  await cp(base, dir, { recursive: true });
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), content);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
