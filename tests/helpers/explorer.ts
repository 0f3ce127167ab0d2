import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.js";
import { realKb } from "./knowledge.js";
import { ROOT } from "./paths.js";
import { overHttp } from "./servers.js";

/** Screenshots for review, in a git-ignored folder. */
export const SHOTS = path.join(ROOT, "tests/screenshots");

/**
 * Whether the browser tests photograph what they check (SCREENSHOTS=1, as
 * `npm run screenshots` sets). Off by default: nothing asserts on the pictures, and
 * encoding 17 full-page PNGs was 4-5 s of CPU in every `npm test`.
 */
export const TAKE_SCREENSHOTS = process.env.SCREENSHOTS === "1";

/** The two widths every view is checked and photographed at. */
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };

/** Options of {@link explorerSession}. */
export interface SessionOptions {
  /**
   * Open every page in one tab (default false: each page in a browser context of its
   * own): `open` navigates the file's tab to a fresh document at its hash, with the
   * routes of the test before it removed, instead of opening another page. The URL
   * carries a query of its own each time (`/?visit=3#/search`), which the explorer never
   * reads: a URL that differs from the last in its hash alone would be a hash change in
   * the same document, and the way around that before (about:blank between the two)
   * cost a document more, about 0.17 s of CPU a test (stop 33, 20 page loads measured
   * with a child subreaper: 21.4 -> 18.1 s). Each test still meets a new document (its
   * own DOM, script state and focus); the tab's renderer process and HTTP cache are
   * shared, which saves each page's renderer start (about 0.4 s of Chromium's CPU) and
   * the explorer's fetch. A test that closes the tab gets a new one; one that changes
   * the context for good (a fake clock) takes `openAlone` instead.
   */
  readonly onePage?: boolean;
}

/**
 * One server over the real graph and one browser for a whole test file (started in
 * beforeAll, closed in afterAll); `open` gives a fresh page at `hash` that fails the test on
 * any page error.
 */
export function explorerSession(options: SessionOptions = {}) {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let tab: Page | undefined;
  let url = "";
  let visits = 0;
  let close: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const server = await overHttp(await realKb());
    url = server.url;
    close = () => server.app.close();
    browser = await launchBrowser();
    if (options.onePage) context = await browser.newContext();
    if (TAKE_SCREENSHOTS) await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await close();
  });
  return {
    url: () => url,
    async open(hash = "", viewport = DESKTOP): Promise<Page> {
      let page: Page;
      if (tab && !tab.isClosed()) {
        page = tab;
        await page.unrouteAll({ behavior: "ignoreErrors" });
        const size = page.viewportSize();
        if (size?.width !== viewport.width || size.height !== viewport.height)
          await page.setViewportSize(viewport);
      } else {
        page = context ? await context.newPage() : await browser.newPage({ viewport });
        if (context) await page.setViewportSize(viewport);
        page.on("pageerror", (e) => {
          throw e;
        });
        if (options.onePage) tab = page;
      }
      visits++;
      await page.goto(options.onePage ? `${url}/?visit=${visits}${hash}` : `${url}/${hash}`);
      return page;
    },
    /**
     * A page of its own, in a browser context of its own, at `hash`, that fails the test on
     * any page error: for a test that changes its context for good, as `page.clock.install`
     * does (Playwright's clock belongs to the context and stays installed in every later
     * document, where the explorer's timers would stand still). The test closes it.
     */
    async openAlone(hash = "", viewport = DESKTOP): Promise<Page> {
      const page = await browser.newPage({ viewport });
      page.on("pageerror", (e) => {
        throw e;
      });
      await page.goto(`${url}/${hash}`);
      return page;
    },
  };
}

let axeSource: Promise<string> | null = null;

/** A violation axe-core reports: rule id, impact and the elements at fault. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * Runs axe-core (injected from its npm package) on the page; resolves the serious and
 * critical violations. axe's source is evaluated once per document (about 0.4 s of
 * Chromium's CPU each time): a second check of the same document, after a hash
 * navigation, runs the axe already there.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated over the DevTools protocol: the page's CSP rightly refuses inline scripts.
  if (!(await page.evaluate<boolean>("typeof axe === 'object'")))
    await page.evaluate(await axeSource);
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
  )) as AxeViolation[];
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * A screenshot of the page as it is, full length, into {@link SHOTS} as `name`.png, when
 * {@link TAKE_SCREENSHOTS}; else nothing.
 */
export async function snapshot(page: Page, name: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Screenshots of the page at both widths, full length, into {@link SHOTS}, when
 * {@link TAKE_SCREENSHOTS}; else nothing (the page keeps its desktop width either way).
 */
export async function photograph(page: Page, name: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  for (const [suffix, viewport] of [
    ["1280", DESKTOP],
    ["375", PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${suffix}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}
