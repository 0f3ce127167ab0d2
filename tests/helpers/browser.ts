import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";

/** Where a Chromium came from: named by CHROMIUM_PATH, installed on the system, or shipped in npm. */
export type ChromiumSource = "CHROMIUM_PATH" | "system" | "shipped";

/** A Chromium to drive, and how to start it. */
export interface ChromiumChoice {
  readonly executablePath: string;
  readonly source: ChromiumSource;
  /** Command-line switches for this build (the shipped one is a headless shell with its own). */
  readonly args: readonly string[];
  /** Environment the browser needs (the shipped one finds its fonts through FONTCONFIG_PATH). */
  readonly env: Readonly<Record<string, string>>;
}

/** Where Debian, Ubuntu and Chrome's own packages install a Chromium. */
export const SYSTEM_CHROMIUMS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** Switches for any Chromium here: no sandbox (root), no GPU, no network of its own (none is reachable). */
const COMMON_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The Chromium build inside the `@sparticuz/chromium` npm package, unpacked on first use
 * (about 2 s, 200 MB) into a folder of the temporary directory named after the package's
 * version, so a stale unpacked copy of another version is never used. The package
 * unpacks into `os.tmpdir()`, so TMPDIR points at that folder while it does.
 */
async function shippedChromium(): Promise<ChromiumChoice> {
  // The package exports no package.json; its entry point is build/cjs/index.cjs.
  const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  const manifest = path.join(path.dirname(entry), "..", "..", "package.json");
  const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version: string };
  const { default: Shipped } = await import("@sparticuz/chromium");
  const folder = path.join(tmpdir(), `kinetic-graph-chromium-${version}`);
  await mkdir(folder, { recursive: true });
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  let executablePath: string;
  try {
    executablePath = await Shipped.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  // Its fonts.conf names /tmp/fonts, where the package unpacks them only when TMPDIR is
  // /tmp: here they are in the folder, and a Chromium that finds no font aborts at the
  // first text field ("SkFontMgr_FontConfigInterface: Not implemented"). So our own.
  const fontconfig = path.join(folder, "fontconfig");
  await mkdir(fontconfig, { recursive: true });
  // Written aside and renamed: a browser starting meanwhile never reads half a file.
  const conf = path.join(fontconfig, "fonts.conf");
  await writeFile(
    `${conf}.${process.pid}`,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(folder, "fonts")}</dir>\n  <cachedir>${path.join(folder, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
  );
  await rename(`${conf}.${process.pid}`, conf);
  return {
    executablePath,
    source: "shipped",
    // Its Lambda switches, less --single-process: there, closing a page ends the browser.
    args: [...Shipped.args.filter((a) => a !== "--single-process"), ...COMMON_ARGS],
    env: { FONTCONFIG_PATH: fontconfig },
  };
}

/**
 * Picks the Chromium the browser tests drive: the one CHROMIUM_PATH names (an error if it
 * does not exist), else the first of `systemPaths` installed, else the one shipped in
 * `@sparticuz/chromium`, which `npm ci` installs. So a bare machine needs nothing more.
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  systemPaths: readonly string[] = SYSTEM_CHROMIUMS,
): Promise<ChromiumChoice> {
  const named = env.CHROMIUM_PATH;
  if (named !== undefined && named !== "") {
    if (!existsSync(named)) {
      throw new Error(
        `CHROMIUM_PATH=${named}: no such file: point it at a Chromium, or unset it to use the one npm installs`,
      );
    }
    return { executablePath: named, source: "CHROMIUM_PATH", args: COMMON_ARGS, env: {} };
  }
  const installed = systemPaths.find((p) => existsSync(p));
  if (installed !== undefined) {
    return { executablePath: installed, source: "system", args: COMMON_ARGS, env: {} };
  }
  return shippedChromium();
}

/**
 * Starts `choice` (default: {@link findChromium}'s pick) headless. Playwright is loaded
 * here, not when this module is: the global setup (tests/setup/global.ts) imports the
 * module for {@link findChromium} alone, and loading Playwright cost vitest's main
 * process 1.4 s of CPU on every run.
 */
export async function launchBrowser(choice?: ChromiumChoice): Promise<Browser> {
  const picked = choice ?? (await findChromium());
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: picked.executablePath,
    headless: true,
    args: [...picked.args],
    env: { ...process.env, ...picked.env },
  });
}
