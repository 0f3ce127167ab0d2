import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, seriousViolations } from "../helpers/explorer.js";
import { session } from "./interviewSession.js";

// What a runner tripped on in the session-26 trial of the interview: leaving for a
// condition's page and coming Back, or reloading, lost every answer; a slip could not be
// taken back; the focus fell to the page's top after the last answer; and every answer
// read the whole page out to a screen reader.

/** What the question on screen asks about, or null when none is. */
const onScreen = (page: Page) =>
  page.evaluate<string | null>(
    "document.querySelector('section.question')?.getAttribute('data-about') ?? null",
  );

/** "tag.class" of the focused element. */
const focused = (page: Page) =>
  page.evaluate<string>(
    "(() => { const a = document.activeElement; return a ? a.tagName.toLowerCase() + '.' + a.className : ''; })()",
  );

/** Opens the trace view at `viewport` and traces one complaint. */
async function start(complaint: string, viewport = PHONE) {
  const page = await session.open("", viewport);
  await page.getByLabel("Complaint 1").fill(complaint);
  await page.getByRole("button", { name: "Trace", exact: true }).click();
  await page.locator(".banner").waitFor();
  return page;
}

/** Answers the checklist on screen with "None of these" and waits for the next card. */
async function noneOfThese(page: Page) {
  const list = page.locator("section.question.checklist");
  await list.waitFor();
  const about = await onScreen(page);
  await list.getByRole("button", { name: "None of these" }).click();
  await expect.poll(() => onScreen(page)).not.toBe(about);
}

describe("an interview a runner can leave, reload and correct", () => {
  it("comes Back from a condition's page, through a reload and by the Trace tab, where it was", async () => {
    const page = await start("my ankle hurts");
    await noneOfThese(page);
    const about = await onScreen(page);
    expect(about).not.toBeNull();
    await page.locator("ol.conditions > li a").first().click();
    await page.locator("h1").filter({ hasNotText: "Trace your pain" }).waitFor();
    await page.goBack();
    await expect.poll(() => onScreen(page)).toBe(about);
    expect(await page.getByLabel("Complaint 1").inputValue()).toBe("my ankle hurts");
    expect(await page.locator(".question .answered").textContent()).toMatch(/^1 answered/);
    await page.reload();
    await expect.poll(() => onScreen(page)).toBe(about);
    expect(await page.locator(".question .answered").textContent()).toMatch(/^1 answered/);
    // The header's Trace tab leads back to it as well.
    await page.locator("ol.conditions > li a").first().click();
    await page.locator("h1").filter({ hasNotText: "Trace your pain" }).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Trace" }).click();
    await expect.poll(() => onScreen(page)).toBe(about);
  });

  it("takes the last answer back, by its button or by Back, and asks that question again", async () => {
    const page = await start("my ankle hurts");
    const checklist = await onScreen(page);
    await noneOfThese(page);
    const card = page.locator("section.question.yes-no");
    const about = await card.getAttribute("data-about");
    await card.getByRole("button", { name: "No", exact: true }).click();
    await expect.poll(() => onScreen(page)).not.toBe(about);
    expect(await page.locator(".question .answered").textContent()).toMatch(/^2 answered/);
    await page.getByRole("button", { name: "Change my last answer" }).click();
    await expect.poll(() => onScreen(page)).toBe(about);
    expect(await page.locator(".question .answered").textContent()).toMatch(/^1 answered/);
    // Answered the other way this time: the service hears the new answer, not both.
    await page
      .locator("section.question.yes-no")
      .getByRole("button", { name: "Yes", exact: true })
      .click();
    await expect.poll(() => onScreen(page)).not.toBe(about);
    expect(await page.locator(".results .error").count()).toBe(0);
    expect(await page.locator(".answered-yes").textContent()).toContain("You answered yes to");
    // The browser's Back is the same step: back to that question, then to the checklist.
    await page.goBack();
    await expect.poll(() => onScreen(page)).toBe(about);
    await page.goBack();
    await expect.poll(() => onScreen(page)).toBe(checklist);
    expect(await page.locator(".question .answered").count()).toBe(0);
    // Where the runner answers on: the question, not the top of the page.
    await expect.poll(() => focused(page)).toBe("h2.");
  });

  it("keeps the answers when the network drops one, and sends it again at a click", async () => {
    const page = await start("my ankle hurts");
    await page.locator("section.question.checklist").waitFor();
    // A slow answer shows on the card that it is on its way; this one is then dropped.
    let drop: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      drop = resolve;
    });
    await page.route("**/graphql", async (route) => {
      await held;
      await route.abort();
    });
    await page.getByRole("button", { name: "None of these" }).click();
    await page.locator("section.question .busy").waitFor();
    expect(await page.locator("#trace-status").textContent()).toMatch(/^Working/);
    drop();
    const retry = page.getByRole("alert").getByRole("button", { name: "Try again" });
    await retry.waitFor();
    await expect
      .poll(() => page.evaluate<string>("document.activeElement?.textContent ?? ''"))
      .toBe("Try again");
    await page.unroute("**/graphql");
    await retry.click();
    await page.locator("section.question.yes-no").waitFor();
    expect(await page.locator(".question .answered").textContent()).toMatch(/^1 answered/);
  });

  it("takes a warning sign back only with its answer: URGENT until then", async () => {
    const page = await start("my heel hurts");
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    await list.locator("input[type=checkbox]").first().check();
    await list.getByRole("button", { name: "Done" }).click();
    await page.locator('.banner[data-level="URGENT"]').waitFor();
    await page.reload();
    await page.locator('.banner[data-level="URGENT"]').waitFor();
    await page.getByRole("button", { name: "Change my last answer" }).click();
    await page.locator("section.question.checklist").waitFor();
    expect(await page.locator(".banner").getAttribute("data-level")).not.toBe("URGENT");
    expect(await page.locator(".banner").getAttribute("data-signs-pending")).toBe("true");
  });

  it("starts over when a complaint is added: a sign said now is not overruled by an earlier no", async () => {
    const page = await start("my heel hurts");
    await noneOfThese(page);
    // The service lets an answer overrule the complaint's words (a "no" to numbness hides
    // "my heel is numb"), so the explorer must never carry answers over to new complaints.
    await page.getByRole("button", { name: "Add another complaint" }).click();
    await page.getByLabel("Complaint 2").fill("my heel is numb");
    await page.getByRole("button", { name: "Trace", exact: true }).click();
    await page.locator('.banner[data-level="URGENT"]').waitFor();
    expect(await page.locator(".question .answered").count()).toBe(0);
  });

  it("can be answered with the keyboard alone, the focus following the questions to the answer", async () => {
    const page = await session.open("", DESKTOP);
    await page.getByLabel("Complaint 1").focus();
    await page.keyboard.type("sharp pain under my right heel");
    await page.keyboard.press("Enter");
    await page.locator("section.question.checklist").waitFor();
    // Tab on to the first warning sign, then to "None of these", within a bounded walk.
    const type = () => page.evaluate<string>("document.activeElement?.type ?? ''");
    let steps = 0;
    while ((await type()) !== "checkbox" && steps++ < 40) await page.keyboard.press("Tab");
    expect(await type()).toBe("checkbox");
    const name = () => page.evaluate<string>("document.activeElement.textContent ?? ''");
    while ((await name()) !== "None of these" && steps++ < 60) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    // Nothing left to ask: the focus is on the answer, not lost to the top of the page.
    await page.locator(".question.done").waitFor();
    await expect.poll(() => focused(page)).toBe("p.answer-line");
    // The service asks nothing more once the signs are answered and the answer is clear:
    // the card says why, as does the status line, so one checklist does not read as the
    // interview cut short.
    const why =
      /^No more questions \(1 question answered\): no question left in the articles would change this answer much\./;
    expect(await page.locator(".question.done .done-why").textContent()).toMatch(why);
    expect(await page.locator("#trace-status").textContent()).toMatch(
      /No more questions \(1 question answered\)/,
    );
  });

  it("tells a screen reader the news in a few words, not the whole page at each answer", async () => {
    const page = await start("my heel hurts", DESKTOP);
    const results = page.locator("#trace-results");
    expect(await results.getAttribute("aria-live")).toBeNull();
    const status = page.getByRole("status").and(page.locator("#trace-status"));
    await expect
      .poll(() => status.textContent())
      .toMatch(/^(Most likely|Could be): .+ Next question: /);
    await noneOfThese(page);
    const text = (await status.textContent()) ?? "";
    expect(text).toContain(
      (await page.locator("section.question h2").textContent()) ?? "no question",
    );
    expect(text.length).toBeLessThan(((await results.textContent()) ?? "").length / 3);
    // Each root cause's "Show on the leg" says which cause it shows.
    const causes = await page.locator("ol.roots > li h3 a").allTextContents();
    expect(causes.length).toBeGreaterThan(1);
    for (const c of causes) {
      const name = `Show on the leg: ${c}`;
      expect(await page.getByRole("button", { name, exact: true }).count()).toBe(1);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
