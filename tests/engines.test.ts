import { readFile } from "node:fs/promises";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { unresolved } from "../scripts/lockResolved.js";
import { ROOT } from "./helpers/paths.js";

interface Lock {
  packages: Record<
    string,
    {
      version?: string;
      resolved?: string;
      integrity?: string;
      engines?: { node?: string } | string[];
    }
  >;
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

/** A tarball of npm's registry (npm ci swaps the host when another registry is configured). */
const NPM_TARBALL = /^https:\/\/registry\.npmjs\.org\/.+\.tgz$/;

describe("package-lock.json", () => {
  it("names every registry package's tarball, so npm ci asks the registry for no metadata", async () => {
    const lock = await json<Lock>("package-lock.json");
    // Missing ones: `node scripts/lockResolved.js` adds them (a lock written with
    // omit-lockfile-registry-resolved, which the project's .npmrc turns off).
    expect(unresolved(lock)).toEqual([]);
    const registry = Object.entries(lock.packages).filter(([at, e]) => at !== "" && e.integrity);
    expect(registry.length).toBeGreaterThan(400);
    const elsewhere = registry.filter(([, e]) => !NPM_TARBALL.test(e.resolved ?? ""));
    expect(elsewhere.map(([at]) => at)).toEqual([]);
  });
});
