// @ts-check
/**
 * Builds the service and the explorer into dist/, once: npm runs this as the root
 * package's `prepare` script on `npm ci` and `npm install`, and `npm start` runs it again
 * only when dist/ is missing or older than the sources (see scripts/start.js).
 *
 * Plain JavaScript on purpose: it must run with bare node before anything is compiled.
 *
 * - The service (src, without src/web) is compiled by esbuild one file per module, same
 *   layout (src/http/x.ts → dist/http/x.js), so paths relative to a module (schema/,
 *   graph-data/, dist/web/) resolve the same from both. No loader hook at run time.
 * - The explorer (src/web) is bundled into dist/web/app.js, with index.html, app.css and
 *   favicon.svg copied beside it.
 * - dist/.built is written last: its time is when dist/ was last complete.
 *
 * Usage: `node scripts/build.js` (always builds), `node scripts/build.js --if-stale`
 * (builds only when stale), `node scripts/build.js --prepare` (as --if-stale, and skips
 * with a notice when esbuild is not installed, as in a production-only install).
 */
import { copyFile, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Where the compiled service goes; its entry point is {@link SERVER_MAIN}. */
export const SERVER_DIST = fileURLToPath(new URL("../dist/", import.meta.url));

/** The compiled entry point, as `npm start` runs it. */
export const SERVER_MAIN = path.join(SERVER_DIST, "main.js");

/** Where the built explorer page goes. */
export const WEB_DIST = path.join(SERVER_DIST, "web");

/** Where the built GraphiQL page goes (served at GET /graphql to browsers; see src/http/graphiqlRoutes.ts). */
export const GRAPHIQL_DIST = path.join(SERVER_DIST, "graphiql");

/** Written when a build completes; dist/ is stale when any source is newer. */
const STAMP = path.join(SERVER_DIST, ".built");

const SOURCE = fileURLToPath(new URL("../src/", import.meta.url));
const WEB_SOURCE = path.join(SOURCE, "web");
const GRAPHIQL_SOURCE = path.join(SOURCE, "graphiql");

/** Every file of src, recursively, with its path. */
async function sourceFiles() {
  const entries = await readdir(SOURCE, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Whether dist/ must be built: it has never completed a build, or a file of src (or this
 * script) changed after the last one. Costs one stat per source file (about 100: ~2 ms).
 * @returns {Promise<boolean>}
 */
export async function isBuildStale() {
  const built = await stat(STAMP).then(
    (s) => s.mtimeMs,
    () => -1,
  );
  if (built < 0) return true;
  const files = [...(await sourceFiles()), fileURLToPath(import.meta.url)];
  for (const file of files) {
    if ((await stat(file)).mtimeMs > built) return true;
  }
  return false;
}

/** The esbuild module, or null when it is not installed (a production-only install). */
async function loadEsbuild() {
  try {
    return await import("esbuild");
  } catch {
    return null;
  }
}

/**
 * Compiles every service module into {@link SERVER_DIST}.
 * @param {typeof import("esbuild")} esbuild
 */
async function buildServer(esbuild) {
  const entryPoints = (await sourceFiles()).filter(
    (file) =>
      // TypeScript, and the JavaScript that npm run codegen generates (src/graph/generated).
      ((file.endsWith(".ts") && !file.endsWith(".d.ts")) || file.endsWith(".js")) &&
      !file.startsWith(WEB_SOURCE + path.sep) &&
      !file.startsWith(GRAPHIQL_SOURCE + path.sep),
  );
  await esbuild.build({
    entryPoints,
    outbase: SOURCE,
    outdir: SERVER_DIST,
    bundle: false,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
  });
}

/**
 * Bundles the explorer into {@link WEB_DIST} and copies its page and style sheet.
 * @param {typeof import("esbuild")} esbuild
 */
async function buildWeb(esbuild) {
  await mkdir(WEB_DIST, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(WEB_SOURCE, "main.ts")],
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    sourcemap: true,
    outfile: path.join(WEB_DIST, "app.js"),
    logLevel: "warning",
  });
  for (const file of ["index.html", "app.css", "favicon.svg"]) {
    await copyFile(path.join(WEB_SOURCE, file), path.join(WEB_DIST, file));
  }
}

/**
 * Bundles GraphiQL (React, its editors and styles, and the contract's operations as its
 * example tabs) into {@link GRAPHIQL_DIST}: app.js and app.css, no CDN, and copies its page.
 * @param {typeof import("esbuild")} esbuild
 */
async function buildGraphiql(esbuild) {
  await mkdir(GRAPHIQL_DIST, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(GRAPHIQL_SOURCE, "main.ts")],
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    outfile: path.join(GRAPHIQL_DIST, "app.js"),
    loader: { ".graphql": "text", ".woff": "dataurl", ".woff2": "dataurl", ".svg": "dataurl" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  await copyFile(path.join(GRAPHIQL_SOURCE, "index.html"), path.join(GRAPHIQL_DIST, "index.html"));
}

/**
 * Builds the service, the explorer and GraphiQL into dist/ and stamps it complete.
 * @throws Error when esbuild is not installed: install the dev dependencies (`npm ci`).
 */
export async function build() {
  const esbuild = await loadEsbuild();
  if (!esbuild) {
    throw new Error(
      "dist/ must be built but esbuild is not installed: run `npm ci` (with dev dependencies) and try again",
    );
  }
  await mkdir(SERVER_DIST, { recursive: true });
  await Promise.all([buildServer(esbuild), buildWeb(esbuild), buildGraphiql(esbuild)]);
  await writeFile(STAMP, `${new Date().toISOString()}\n`);
}

/**
 * Builds when dist/ is stale; resolves whether it built.
 * @returns {Promise<boolean>}
 */
export async function buildIfStale() {
  if (!(await isBuildStale())) return false;
  await build();
  return true;
}

/**
 * What `npm start` and `npx kinetic-graph` do before running compiled code: production
 * unless NODE_ENV says otherwise (set before graphql-js loads, which reads it once), and
 * dist/ rebuilt when stale. Resolves the URL of `module` (a path inside dist/) to import;
 * exits 1 with the reason when dist/ must be built and cannot be.
 * @param {string} module
 * @returns {Promise<string>}
 */
export async function readyToRun(module) {
  process.env.NODE_ENV ??= "production";
  try {
    // On stderr: the command line's stdout may be JSON for a script.
    if (await buildIfStale()) console.error("kinetic-graph: dist/ was stale: rebuilt it");
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
  return pathToFileURL(path.join(SERVER_DIST, module)).href;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const started = performance.now();
  if (args.includes("--prepare") && !(await loadEsbuild())) {
    console.log("kinetic-graph: esbuild is not installed (production install): build skipped");
  } else if (args.includes("--if-stale") || args.includes("--prepare")) {
    if (await buildIfStale()) {
      console.log(`kinetic-graph: built dist/ in ${Math.round(performance.now() - started)} ms`);
    }
  } else {
    await build();
    console.log(`kinetic-graph: built dist/ in ${Math.round(performance.now() - started)} ms`);
  }
}
