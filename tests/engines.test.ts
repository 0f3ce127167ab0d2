import { readFile } from "node:fs/promises";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

interface Lock {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

const json = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(path.join(ROOT, file), "utf8")) as T;

describe("the Node version package.json names", () => {
  it("is the one these tests (and so the service) run on", async () => {
    const { engines } = await json<{ engines: { node: string } }>("package.json");
    expect(semver.satisfies(process.versions.node, engines.node)).toBe(true);
  });

  it("satisfies every installed package's engines, so npm ci warns of none", async () => {
    const { engines } = await json<{ engines: { node: string } }>("package.json");
    const lowest = semver.minVersion(engines.node)?.version ?? "";
    const lock = await json<Lock>("package-lock.json");
    const wanting = Object.entries(lock.packages)
      .filter(([name]) => name !== "")
      .flatMap(([name, entry]) => {
        const wants = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return wants && !semver.satisfies(lowest, wants) ? [`${name}: node ${wants}`] : [];
      });
    expect(wanting).toEqual([]);
  });
});
