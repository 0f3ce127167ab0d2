/**
 * Runs once before every test file (vitest globalSetup), so no test builds or unpacks
 * anything itself and no two test processes race to do it:
 * - builds dist/ when it is stale (the tests that need a real process run the compiled
 *   service, as `npm start` does, and the explorer is served from dist/web);
 * - picks the browser and, when it is the one shipped in npm, unpacks it.
 */
import { buildIfStale } from "../../scripts/build.js";
import { findChromium } from "../helpers/browser.js";

export default async function setup(): Promise<void> {
  await buildIfStale();
  await findChromium();
}
