import { describe, expect, it } from "vitest";
import { explorerSession, PHONE, photograph, seriousViolations } from "../helpers/explorer.js";

// One tab for the file: each test navigates it to a fresh document (see SessionOptions.onePage).
const session = explorerSession({ onePage: true });

describe("entity pages and search in a real browser", () => {
  it("shows a treatment's phase, dosage and steps, its links in words, and a legend", async () => {
    const page = await session.open("#/entity/calf-raises");
    await page.locator("ol.steps li").first().waitFor();
    expect(await page.locator("h1").textContent()).toBe("Calf raises treatment");
    expect(await page.locator("ol.steps li").count()).toBeGreaterThan(1);
    expect(await page.locator("[data-phase]").textContent()).not.toBe("");
    expect(await page.locator("dl.relations dt").allTextContents()).toContain("Helps with");
    expect(await page.locator("ul.legend li").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, "entity-treatment");
  });

  it("draws the neighbourhood with no two labels overlapping, each a link", async () => {
    const page = await session.open("#/entity/plantar-fasciitis");
    await page.locator("svg.neighbourhood").waitFor();
    const boxes = await page.locator("svg.neighbourhood rect[data-box]").evaluateAll((rects) =>
      rects.map((r) => {
        const b = r.getBoundingClientRect();
        return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
      }),
    );
    expect(boxes.length).toBeGreaterThan(5);
    const touching = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
        ),
    );
    expect(touching).toEqual([]);
    expect(await page.locator("svg.neighbourhood").getAttribute("role")).not.toBe("img");
    expect(await page.locator("svg.neighbourhood a").count()).toBe(boxes.length - 1);
    expect(await page.locator("ul.symptoms li").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, "entity-condition");
    // On a phone the drawing is wider than the screen: its frame scrolls to the entity at
    // the centre, not its left edge with the centre off-screen.
    await page.setViewportSize(PHONE);
    const frame = page.locator(".graph-frame");
    const centre = page.locator("svg.neighbourhood rect.label.centre");
    const inside = async () => {
      const [f, c] = [await frame.boundingBox(), await centre.boundingBox()];
      return f !== null && c !== null && c.x >= f.x && c.x + c.width <= f.x + f.width;
    };
    await expect.poll(() => frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect.poll(inside).toBe(true);
    expect(await frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it("shows an advice's question and answer, and a symptom's warning sign", async () => {
    const page = await session.open("#/search?q=numb%20heel&kind=SYMPTOM");
    await page.locator("ol.hits a").first().click();
    await page.locator(".warning-sign").waitFor();
    expect(await page.locator(".warning-sign").textContent()).toMatch(/heel/);
    await page.locator(".warning-sign a").click();
    await page.locator(".qa .answer").waitFor();
    expect(await page.locator(".qa .question").textContent()).not.toBe("");
  });

  it("offers examples for an empty search, more results on demand, and a favicon", async () => {
    const page = await session.open("#/search");
    await page.locator("ul.examples a").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // A search sent from the box keeps the focus in the (redrawn) box; a slow one says it
    // is on its way.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/graphql", async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel("Search the knowledge").fill("achilles");
    await page.keyboard.press("Enter");
    await page.locator(".results .busy").waitFor();
    release();
    await page.locator("ol.hits li").first().waitFor();
    await page.unroute("**/graphql");
    expect(await page.evaluate("document.activeElement?.getAttribute('name')")).toBe("q");
    // A hash change in the same document, as a runner's link to another search is.
    await page.goto(new URL("#/search?q=pain", page.url()).href);
    await page.locator("ol.hits li").first().waitFor();
    const before = await page.locator("ol.hits li").count();
    expect(before).toBe(20);
    await page.getByRole("button", { name: "More results" }).click();
    await expect.poll(() => page.locator("ol.hits li").count()).toBeGreaterThan(before);
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, "search");
    const icon = await page.request.get(`${session.url()}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toBe("image/svg+xml");
  });

  it("says plainly that an unknown id names nothing, and offers a search", async () => {
    const page = await session.open("#/entity/no-such-thing");
    const error = page.locator(".results .error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/no-such-thing/);
    expect(await error.locator("a").getAttribute("href")).toBe("#/search?q=no%20such%20thing");
    // A search that finds nothing says what the articles cover and offers searches that do.
    await page.goto(new URL("#/search?q=my%20elbow", page.url()).href);
    await page.locator(".results ul.examples a").first().waitFor();
    expect(await page.locator(".results .empty").textContent()).toMatch(
      /^Nothing found for “my elbow”\. This explorer knows only four articles/,
    );
  });

  it("says a refused search once, though two fields refuse it", async () => {
    const page = await session.open(`#/search?q=${encodeURIComponent("heel ".repeat(120))}`);
    const error = page.locator(".results .error");
    await error.waitFor();
    expect((await error.textContent())?.match(/1\.\.500/g)?.length).toBe(1);
  });
});
