/**
 * Builds the explorer page (src/web) into dist/web: app.js bundled by esbuild, with
 * index.html and app.css copied. Runs by itself before `npm start` (prestart) and before
 * the browser tests; takes well under a second. The output is not committed.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where the built page goes. */
export const WEB_DIST = fileURLToPath(new URL("../dist/web/", import.meta.url));
const SOURCE = fileURLToPath(new URL("../src/web/", import.meta.url));

/** Bundles and copies the explorer into {@link WEB_DIST}. */
export async function buildWeb(): Promise<void> {
  await mkdir(WEB_DIST, { recursive: true });
  await build({
    entryPoints: [`${SOURCE}main.ts`],
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    sourcemap: true,
    outfile: `${WEB_DIST}app.js`,
    logLevel: "warning",
  });
  await copyFile(`${SOURCE}index.html`, `${WEB_DIST}index.html`);
  await copyFile(`${SOURCE}app.css`, `${WEB_DIST}app.css`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWeb();
  console.log(`explorer built in ${WEB_DIST}`);
}
