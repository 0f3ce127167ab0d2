import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.js";
import { realKb } from "../helpers/knowledge.js";
import { ROOT } from "../helpers/paths.js";
import { overHttp } from "../helpers/servers.js";

/** Screenshots for review, in a git-ignored folder. */
const SHOTS = path.join(ROOT, "tests/screenshots");

let browser: Browser;
let url = "";
let close: () => Promise<void>;
beforeAll(async () => {
  const server = await overHttp(await realKb());
  url = server.url;
  close = () => server.app.close();
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await close?.();
});

async function open(viewport = { width: 1100, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("pageerror", (e) => {
    throw e;
  });
  await page.goto(`${url}/`);
  await page.getByLabel("Complaint 1").waitFor();
  return page;
}

async function trace(page: Page, ...complaints: string[]) {
  for (const [i, text] of complaints.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Add another complaint" }).click();
    await page.getByLabel(`Complaint ${i + 1}`).fill(text);
  }
  await page.getByRole("button", { name: "Trace", exact: true }).click();
  await page.locator(".banner").waitFor();
}

describe("explorer in a real browser", () => {
  it("shows URGENT in a banner that cannot be missed, with its reasons", async () => {
    const page = await open();
    await trace(page, "stabbing pain under my heel", "my heel is numb");
    const banner = page.getByRole("alert");
    await expect.poll(() => banner.getAttribute("data-level")).toBe("URGENT");
    expect(await banner.textContent()).toContain("Numbness or tingling in the heel");
    await page.screenshot({ path: path.join(SHOTS, "trace-urgent.png"), fullPage: true });
    await page.close();
  });

  it("draws the hip-flexor chain on the leg for an inner-knee complaint", async () => {
    const page = await open();
    await trace(page, "pain on the inside of my knee");
    const first = page.locator("ol.roots > li").first();
    expect(await first.locator("h3 a").textContent()).toBe("Tight hip flexors");
    expect(await first.locator('svg.leg g.node.hot[data-structure="hip-flexors"]').count()).toBe(1);
    expect(await first.locator('svg.leg g.node.hot[data-structure="knee"]').count()).toBe(1);
    // Mechanisms name the structures they act on, so the hop through the thigh lights up too.
    expect(await first.locator('svg.leg g.node.hot[data-structure="thigh-bone"]').count()).toBe(1);
    expect(await first.locator("svg.leg line.hot").count()).toBeGreaterThan(0);
    const hop = first.locator("ol.hops details").last();
    await hop.locator("summary").click();
    expect(await hop.textContent()).toMatch(/Source: Why Do My Ankles and Feet Hurt When I Run\?/);
    expect(await page.locator(".disclaimer").textContent()).toMatch(/not a diagnosis/);
    await page.screenshot({ path: path.join(SHOTS, "trace-hip-chain.png"), fullPage: true });
    await page.close();
  });

  it("finds plantar fasciitis despite a typo, with marked snippets and facets, and opens it", async () => {
    const page = await open();
    await page.goto(`${url}/#/search?q=${encodeURIComponent("plantar fascitis")}`);
    const first = page.locator("ol.hits > li").first();
    await first.waitFor();
    expect(await first.locator("a").textContent()).toBe("Plantar fasciitis");
    expect(await page.locator("ol.hits mark").count()).toBeGreaterThan(0);
    expect(await page.locator("nav.facets a").count()).toBeGreaterThan(2);
    await first.locator("a").click();
    await page.locator("svg.neighbourhood").waitFor();
    expect(await page.locator("h1").textContent()).toContain("Plantar fasciitis");
    expect(await page.locator("ul.sources li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "entity.png"), fullPage: true });
    await page.close();
  });

  it("works with the keyboard alone", async () => {
    const page = await open();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate("document.activeElement?.getAttribute('name') === 'complaint'"))
        break;
    }
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe(
      "Complaint 1",
    );
    await page.keyboard.type("tight hips when running");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Trace");
    await page.keyboard.press("Enter");
    await page.locator(".banner").waitFor();
    expect(await page.locator("ol.conditions li").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("fits a phone-sized screen without sideways scrolling, and shows API errors plainly", async () => {
    const page = await open({ width: 375, height: 740 });
    await trace(page, "my ankle hurts when I run");
    expect(
      await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"),
    ).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "trace-phone.png"), fullPage: true });
    const box = page.getByLabel("Complaint 1");
    await box.fill("x".repeat(250));
    expect((await box.inputValue()).length).toBe(200);
    // Past the field's own limit (a pasted-in value, say), the API's bound is shown plainly.
    await box.evaluate((el) => el.removeAttribute("maxlength"));
    await box.fill("x".repeat(250));
    await page.getByRole("button", { name: "Trace", exact: true }).click();
    await page.locator(".results .error").waitFor();
    const error = await page.locator(".results .error").textContent();
    expect(error).toMatch(/^That did not work\. Complaint 1 .*1\.\.200/);
    expect(error).not.toMatch(/BAD_USER_INPUT|symptoms\[0\]/);
    expect((await box.inputValue()).length).toBe(250);
    await page.close();
  });
});
