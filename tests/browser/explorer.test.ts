import { describe, expect, it } from "vitest";
import { photograph, seriousViolations, snapshot } from "../helpers/explorer.js";
import { open, session, trace } from "./explorerSession.js";
// The explorer's other browser cases, on the same server and browser (one start for all):
// the triage as a runner reads it, and what they type (bounds, errors, a phone).
import "./explorerTriageCases.js";
import "./explorerInputCases.js";

describe("explorer in a real browser", () => {
  it("draws one leg, the selected route's links as arrows from where it starts to where it hurts", async () => {
    const page = await open();
    await trace(page, "pain on the inside of my knee");
    expect(await page.locator("svg.leg").count()).toBe(1);
    // "Most likely" only for a strong fit, else "Could be"; no cause is called likeliest.
    const fit = await page.locator("ol.conditions > li").first().getAttribute("data-fit");
    const lead = fit === "strong fit" ? "Most likely" : "Could be";
    expect(await page.locator(".answer-line").textContent()).toMatch(
      new RegExp(`^${lead}: .+ \\(${fit}\\)\\. Where it starts: Tight hip flexors\\. Next: `),
    );
    expect(await page.locator("#trace-results").textContent()).not.toMatch(/likeliest/);
    const first = page.locator("ol.roots > li").first();
    expect(await first.locator("h3 a").textContent()).toBe("Tight hip flexors");
    const leg = page.locator("svg.leg");
    expect(await leg.getAttribute("data-selected")).toBe("tight-hip-flexors");
    expect(await leg.locator('g.node.hurts[data-structure="mcl"]').count()).toBe(1);
    expect(await leg.locator('g.node.starts[data-structure="hip-flexors"]').count()).toBe(1);
    // Mechanisms name the structures they act on, so the hop through the thigh lights up too.
    expect(await leg.locator('g.node.hot[data-structure="thigh-bone"]').count()).toBe(1);
    const arrows = leg.locator('line.hot[marker-end][data-route="tight-hip-flexors"]');
    expect(await arrows.count()).toBeGreaterThan(1);
    // The arrows run from where it starts (the hip flexors) to where it hurts (the inner
    // knee), as a runner reads a chain, and the key under the leg says so in one line.
    const knee = await leg.locator("g.node.hurts circle").getAttribute("cy");
    const hip = await leg.locator("g.node.starts circle").getAttribute("cy");
    expect(hip).not.toBe(knee);
    expect(await arrows.first().getAttribute("y1")).toBe(hip);
    expect(await arrows.last().getAttribute("y2")).toBe(knee);
    expect(await page.locator(".leg-key").textContent()).toMatch(
      /^Arrows run from where it starts \(solid red dot\) to where it hurts \(red ring\)\./,
    );
    // Every other route is overlaid, faintly.
    const others = (await page.locator("ol.roots > li").count()) - 1;
    expect(await leg.locator("polyline.route").count()).toBeLessThanOrEqual(others);
    expect(await leg.locator("polyline.route").count()).toBeGreaterThan(0);
    // Selecting another root cause puts its route in front.
    const second = page.locator("ol.roots > li").nth(1);
    const secondId = await second.locator("button.show-route").getAttribute("data-route");
    await second.locator("button.show-route").click();
    expect(await leg.getAttribute("data-selected")).toBe(secondId);
    expect(await second.locator("button.show-route").getAttribute("aria-pressed")).toBe("true");
    expect(await first.locator("button.show-route").getAttribute("aria-pressed")).toBe("false");
    expect(
      await page.locator(`svg.leg polyline.route[data-route="tight-hip-flexors"]`).count(),
    ).toBe(1);
    await first.locator("details.why > summary").click();
    const hop = first.locator("ol.hops details").last();
    await hop.locator("summary").click();
    expect(await hop.textContent()).toMatch(/Source: Why Do My Ankles and Feet Hurt When I Run\?/);
    expect(await page.locator(".disclaimer").textContent()).toMatch(/not a diagnosis/);
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, "trace-hip-chain");
  });

  it("finds plantar fasciitis despite a typo, with marked snippets and facets, and opens it", async () => {
    const page = await session.open(`#/search?q=${encodeURIComponent("plantar fascitis")}`);
    const first = page.locator("ol.hits > li").first();
    await first.waitFor();
    expect(await first.locator("a").textContent()).toBe("Plantar fasciitis");
    expect(await page.locator("ol.hits mark").count()).toBeGreaterThan(0);
    expect(await page.locator("nav.facets a").count()).toBeGreaterThan(2);
    // A screen reader hears the count, not twenty snippets.
    expect(await page.locator("#search-results").getAttribute("aria-live")).toBeNull();
    expect(await page.locator("#search-status").textContent()).toMatch(
      /^\d+ found for “plantar fascitis”, \d+ shown\.$/,
    );
    // Pain described here gets no triage: the trace is offered with the words typed.
    expect(await page.locator(".to-trace a").getAttribute("href")).toBe(
      "#/trace?c=plantar+fascitis",
    );
    await first.locator("a").click();
    await page.locator("svg.neighbourhood").waitFor();
    expect(await page.locator("h1").textContent()).toContain("Plantar fasciitis");
    // The page opened takes the focus at its heading (the link followed is gone).
    expect(await page.evaluate("document.activeElement?.tagName")).toBe("H1");
    expect(await page.locator("ul.sources li").count()).toBeGreaterThan(0);
    await snapshot(page, "entity");
  });

  it("says what it understood and the next step in words a new runner reads at once", async () => {
    const page = await open();
    await trace(page, "my heel hurts in the morning");
    // The words typed, then what they were read as: in words, not an arrow to decode.
    expect(await page.locator(".understood").textContent()).toBe(
      "Understood: “heel hurts in the morning” read as Heel pain worst first thing in the morning",
    );
    // Its likeliest cause is no part of the leg: the key promises no arrow to look for.
    expect(await page.locator("ol.roots > li h3 a").first().textContent()).toBe("Overpronation");
    expect(await page.locator("svg.leg line.hot[marker-end]").count()).toBe(0);
    expect(await page.locator(".leg-key").textContent()).toMatch(
      /^Red ring: where it hurts\. Overpronation is not a part of the leg, so no arrow leads from it\./,
    );
    expect(await page.locator("svg.leg").getAttribute("aria-label")).toBe(
      "The leg: where it hurts, Plantar fascia; Overpronation has no route of its own on it",
    );
    await page.getByRole("button", { name: "None of these" }).click();
    await page.locator(".question.done").waitFor();
    // The next step is a sentence: the plan, by its first phase as its heading says it, never
    // one treatment (a phase's are in id order: the first is no advice to start with it).
    const heading = (await page.locator("section.phase h3").first().textContent()) ?? "";
    expect(await page.locator(".answer-line").textContent()).toMatch(
      new RegExp(`Next: the plan below \\(first: ${heading.toLowerCase()}\\)\\.$`),
    );
    expect(await page.locator(".answer-line").textContent()).not.toMatch(/starting with/);
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
  });
});
