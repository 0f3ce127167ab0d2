/**
 * Compiles the service (src, without the explorer in src/web) into dist/ with esbuild:
 * one JavaScript file per TypeScript file, same layout (src/api/x.ts → dist/api/x.js),
 * so paths relative to a module (schema/, graph-data/, dist/web/) resolve the same from
 * both. `npm start` runs the result with plain node: no loader hook at run time, and
 * none of the name-keeping wrappers a development transform adds to every closure. Runs
 * by itself before `npm start` (prestart); takes well under a second.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where the compiled service goes; its entry point is `dist/main.js`. */
export const SERVER_DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const SOURCE = fileURLToPath(new URL("../src/", import.meta.url));

/** The compiled entry point, as `npm start` runs it. */
export const SERVER_MAIN = path.join(SERVER_DIST, "main.js");

/** Compiles every service module into {@link SERVER_DIST}. */
export async function buildServer(): Promise<void> {
  const entries = await readdir(SOURCE, { recursive: true, withFileTypes: true });
  const entryPoints = entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(path.join(SOURCE, "web")));
  await build({
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildServer();
  console.log(`service compiled into ${SERVER_DIST}`);
}
