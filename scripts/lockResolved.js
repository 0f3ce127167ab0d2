// @ts-check
/**
 * Gives every registry package in package-lock.json its `resolved` tarball URL, the npm
 * registry's own (`https://registry.npmjs.org/<name>/-/<base>-<version>.tgz`), where a lock
 * written with `omit-lockfile-registry-resolved` left it out. Without it `npm ci` must ask the
 * registry for each package's metadata (about 500 requests, some of them megabytes of JSON)
 * to find the tarball, even with every tarball in npm's cache: with it, a fresh clone's
 * `npm ci` took 12-27 s instead of 27-62 s here, half the CPU. The project's .npmrc keeps npm
 * writing it; this mends a lock written without (a merge, another machine's npm). A
 * registry other than npm's still works: npm swaps the host (`replace-registry-host`).
 *
 * Usage: `node scripts/lockResolved.js` (mends the lock in place), `--check` (lists the
 * packages without it and exits 1 if any; changes nothing).
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const LOCK = fileURLToPath(new URL("../package-lock.json", import.meta.url));

/** @typedef {{ version?: string, resolved?: string, integrity?: string, link?: boolean, name?: string }} Entry */

/**
 * The lock's registry packages without a `resolved` URL, by their path in the lock
 * (`node_modules/a/node_modules/b`). A link or an entry without version and integrity (not
 * from the registry) is not one.
 * @param {{ packages: Record<string, Entry> }} lock
 * @returns {string[]}
 */
export function unresolved(lock) {
  return Object.entries(lock.packages)
    .filter(([at, e]) => at !== "" && !e.link && !e.resolved && e.version && e.integrity)
    .map(([at]) => at);
}

/**
 * The npm registry's tarball URL of the package at `at` in the lock (its `name`, for an
 * alias, else the last folder of its path).
 * @param {string} at
 * @param {Entry} entry
 */
export function registryTarball(at, entry) {
  const name = entry.name ?? at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length);
  const base = name.slice(name.lastIndexOf("/") + 1);
  return `https://registry.npmjs.org/${name}/-/${base}-${entry.version}.tgz`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  /** @type {{ packages: Record<string, Entry> }} */
  const lock = JSON.parse(await readFile(LOCK, "utf8"));
  const missing = unresolved(lock);
  if (process.argv.includes("--check")) {
    for (const at of missing) console.log(`${at}: no resolved URL`);
    process.exit(missing.length === 0 ? 0 : 1);
  }
  for (const at of missing) {
    const entry = lock.packages[at] ?? {};
    // `resolved` right after `version`, where npm writes it.
    lock.packages[at] = Object.fromEntries(
      Object.entries(entry).flatMap(([key, value]) =>
        key === "version"
          ? [
              [key, value],
              ["resolved", registryTarball(at, entry)],
            ]
          : [[key, value]],
      ),
    );
  }
  await writeFile(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: ${missing.length} resolved URLs added`);
}
