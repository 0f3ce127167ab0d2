import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, photograph, seriousViolations } from "../helpers/explorer.js";
import { session } from "./interviewSession.js";
// The interview's other browser cases, on the same server and browser (one start for all):
// a link made elsewhere, and what a runner tripped on in the session-26 trial.
import "./interviewLinkCases.js";
import "./interviewTrialCases.js";

/** The question on screen: what it asks about, or null when none is. */
const onScreen = (page: Page) =>
  page.evaluate<string | null>(
    "document.querySelector('section.question')?.getAttribute('data-about') ?? null",
  );

/** Opens the trace view (at `viewport`) and traces one complaint. */
async function start(complaint: string, viewport = DESKTOP) {
  const page = await session.open("", viewport);
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
    // First the heel's warning signs, as one checklist: none of them.
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    expect(await list.locator(".why").textContent()).toMatch(/warning signs/);
    expect(await list.locator("input[type=checkbox]").count()).toBeGreaterThan(1);
    // Until the signs are answered, they are the next thing to do.
    expect(await page.locator(".answer-line").textContent()).toMatch(
      /Next: check the warning signs below\.$/,
    );
    // The banner says so too: a sign not yet asked about is not a sign denied, and it is
    // not green (all clear) until the signs are answered.
    expect(await page.locator(".banner").getAttribute("data-signs-pending")).toBe("true");
    const colour = () =>
      page.evaluate<string>("getComputedStyle(document.querySelector('.banner')).backgroundColor");
    const pending = await colour();
    await photograph(page, "interview-checklist");
    const first = await onScreen(page);
    await list.getByRole("button", { name: "None of these" }).click();
    await expect.poll(() => onScreen(page)).not.toBe(first);
    expect(await page.locator(".banner").getAttribute("data-signs-pending")).toBeNull();
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("SELF_CARE");
    expect(await colour()).not.toBe(pending);
    const asked: string[] = [];
    for (let round = 0; round < 6; round++) {
      const card = page.locator("section.question.yes-no");
      if ((await card.count()) === 0) break;
      const about = (await card.getAttribute("data-about")) ?? "";
      expect(asked).not.toContain(about);
      asked.push(about);
      if (round === 0) await photograph(page, "interview-question");
      await card.getByRole("button", { name: has.has(about) ? "Yes" : "No", exact: true }).click();
      await expect.poll(() => onScreen(page)).not.toBe(about);
      if (asked.filter((id) => has.has(id)).length > 0) break;
    }
    expect(asked.some((id) => has.has(id))).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(2);
    expect(await page.locator("ol.conditions > li a").first().textContent()).toBe(
      "Plantar fasciitis",
    );
    const line = await page.locator(".answer-line").textContent();
    expect(line).toMatch(/^Most likely: Plantar fasciitis/);
    expect(line).not.toMatch(/warning signs/);
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, "interview");
  });

  it("finds a warning sign through the checklist: a tick makes it URGENT", async () => {
    const page = await start("my heel hurts", PHONE);
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    // On the phone's first screen after tracing: the checklist's heading, not below a
    // long self-care paragraph (folded behind "more" until the signs are answered).
    const heading = await list.locator("h2").boundingBox();
    expect(heading && heading.y > -1 && heading.y + heading.height < PHONE.height + 1).toBe(true);
    expect(await page.locator(".banner details.advice-more").count()).toBe(1);
    // Done with nothing ticked would answer no to every sign: it waits for a tick.
    const done = list.getByRole("button", { name: "Done" });
    expect(await done.isDisabled()).toBe(true);
    await list.locator("input[type=checkbox]").first().check();
    expect(await done.isDisabled()).toBe(false);
    expect(await list.getByRole("button", { name: "None of these" }).isDisabled()).toBe(true);
    await list.getByRole("button", { name: "Done" }).click();
    const banner = page.locator('.banner[data-level="URGENT"]');
    await banner.waitFor();
    expect(await banner.getAttribute("role")).toBe("alert");
    // Every sign answered: the checklist is not asked again.
    await expect.poll(() => page.locator("section.question.checklist").count()).toBe(0);
    // The news is the banner: focused and whole on the phone's screen, not scrolled away
    // by the next question; a screen reader hears it first.
    await expect
      .poll(() => page.evaluate<boolean>("document.activeElement?.dataset.level === 'URGENT'"))
      .toBe(true);
    const box = await banner.boundingBox();
    expect(box && box.y > -1 && box.y + box.height < PHONE.height + 1).toBe(true);
    expect(await page.locator("#trace-status").textContent()).toMatch(
      /^See a doctor right away\. /,
    );
    // Still URGENT after the next answer: heard in the status line, not read whole again.
    const card = page.locator("section.question.yes-no");
    const about = await card.getAttribute("data-about");
    await card.getByRole("button", { name: "No", exact: true }).click();
    await expect.poll(() => onScreen(page)).not.toBe(about);
    expect(await banner.getAttribute("role")).toBeNull();
    expect(await page.locator("#trace-status").textContent()).toMatch(
      /^See a doctor right away\. /,
    );
    // An answer lost to the network never takes the doctor's banner off the screen.
    await page.route("**/graphql", (route) => route.abort());
    await page
      .locator("section.question.yes-no")
      .getByRole("button", { name: "No", exact: true })
      .click();
    await page.locator(".results .error").waitFor();
    expect(await banner.count()).toBe(1);
    // New complaints are a new interview: the old one's banner does not stand over them.
    await page.getByLabel("Complaint 1").fill("my ankle hurts");
    await page.getByRole("button", { name: "Trace", exact: true }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await page.locator(".results .error").count()).toBe(1);
  });

  it("takes a double click on an answer as one answer", async () => {
    const page = await start("my heel hurts");
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    const first = await onScreen(page);
    await list.getByRole("button", { name: "None of these" }).dblclick();
    await expect.poll(() => onScreen(page)).not.toBe(first);
    const card = page.locator("section.question.yes-no");
    const about = await card.getAttribute("data-about");
    await card.getByRole("button", { name: "No", exact: true }).dblclick();
    await expect.poll(() => onScreen(page)).not.toBe(about);
    // Both answers went through once each: no refusal, and the interview goes on.
    expect(await page.locator(".results .error").count()).toBe(0);
    expect(await page.locator(".question .answered").textContent()).toMatch(/^2 answered/);
  });

  it("keeps self-care conditional while the signs answered 'not sure' are still unanswered", async () => {
    const page = await start("my heel hurts");
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    await list.getByRole("button", { name: "Not sure" }).click();
    await page.locator(".question .unsure").waitFor();
    const banner = page.locator(".banner");
    const unanswered = async () => {
      expect(await banner.getAttribute("data-signs-pending")).toBe("true");
      expect(await banner.locator("strong").textContent()).not.toBe("Self-care first");
      expect(await page.locator(".answer-line").textContent()).toMatch(
        /Next: check the warning signs below\.$/,
      );
    };
    await unanswered();
    // Answering the next question does not make the signs answered either.
    const card = page.locator("section.question.yes-no");
    const about = await card.getAttribute("data-about");
    await card.getByRole("button", { name: "No", exact: true }).click();
    await expect.poll(() => onScreen(page)).not.toBe(about);
    await unanswered();
  });

  it("shows self-care whole once no question is left, though its signs were left 'not sure'", async () => {
    const page = await start("my achilles is sore after runs");
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    expect(await page.locator(".banner details.advice-more").count()).toBe(1);
    await list.getByRole("button", { name: "Not sure" }).click();
    await page.locator(".question .unsure").waitFor();
    // Nothing left to ask: folded, the advice's last line (its doctor) would stay unseen.
    await expect.poll(() => page.locator("section.question").count()).toBe(0);
    expect(await page.locator(".banner details.advice-more").count()).toBe(0);
    expect(await page.locator(".banner > p").count()).toBe(1);
  });

  it("'not sure' keeps the ticked signs and leaves the others unanswered, listed", async () => {
    const page = await start("my heel hurts");
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    const boxes = list.locator("input[type=checkbox]");
    const second = (await list.locator("label").nth(1).textContent())?.trim() ?? "";
    await boxes.first().check();
    await list.getByRole("button", { name: "Not sure" }).click();
    await page.locator('.banner[data-level="URGENT"]').waitFor();
    const note = page.locator(".question .unsure");
    await note.waitFor();
    // The unticked signs were sent as nothing: the service still lists them, and the note
    // names them; the checklist is not shown again.
    expect(await note.textContent()).toContain(second);
    await expect.poll(() => page.locator("section.question.checklist").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
