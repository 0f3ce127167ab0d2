import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { explorerSession, photograph, seriousViolations } from "../helpers/explorer.js";

const session = explorerSession();

/** The question on screen: what it asks about, or null when none is. */
const onScreen = (page: Page) =>
  page.evaluate<string | null>(
    "document.querySelector('section.question')?.getAttribute('data-about') ?? null",
  );

/** Opens the trace view and traces one complaint. */
async function start(complaint: string) {
  const page = await session.open();
  await page.getByLabel("Complaint 1").fill(complaint);
  await page.getByRole("button", { name: "Trace", exact: true }).click();
  await page.locator(".banner").waitFor();
  return page;
}

describe("an interview in a real browser", () => {
  it("reaches plantar fasciitis from 'my heel hurts' by clicking answers", async () => {
    const page = await start("my heel hurts");
    // The runner's hidden truth, answered honestly: the articles' plantar fasciitis.
    const has = new Set(["stabbing-pain-under-heel", "heel-pain-worst-in-morning"]);
    const asked: string[] = [];
    for (let round = 0; round < 12; round++) {
      const card = page.locator("section.question");
      if ((await card.count()) === 0) break;
      const about = (await card.getAttribute("data-about")) ?? "";
      expect(asked).not.toContain(about);
      asked.push(about);
      if (round === 0) expect(await card.locator(".why").textContent()).toMatch(/warning sign/);
      if (round === 1) await photograph(page, "interview-question");
      await card.getByRole("button", { name: has.has(about) ? "Yes" : "No", exact: true }).click();
      await expect.poll(() => onScreen(page)).not.toBe(about);
      if (asked.filter((id) => has.has(id)).length === has.size) break;
    }
    expect(asked.some((id) => has.has(id))).toBe(true);
    expect(await page.locator("ol.conditions > li a").first().textContent()).toBe(
      "Plantar fasciitis",
    );
    expect(await page.locator(".answer-line").textContent()).toMatch(
      /^Most likely: Plantar fasciitis/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, "interview");
    await page.close();
  });

  it("finds a warning sign through a question: yes makes it URGENT", async () => {
    const page = await start("my heel hurts");
    const card = page.locator("section.question.warning_sign");
    await card.waitFor();
    const sign = await card.locator("h2").textContent();
    await card.getByRole("button", { name: "Yes", exact: true }).click();
    const banner = page.locator('.banner[data-level="URGENT"]');
    await banner.waitFor();
    expect(await banner.getAttribute("role")).toBe("alert");
    expect(sign).toMatch(/^Do you have .+\?$/);
    // "Not sure" moves on without an answer.
    const next = await page.locator("section.question").getAttribute("data-about");
    await page.getByRole("button", { name: "Not sure" }).click();
    await expect.poll(() => onScreen(page)).not.toBe(next);
    await page.close();
  });
});
