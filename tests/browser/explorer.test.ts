import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  explorerSession,
  PHONE,
  photograph,
  seriousViolations,
  snapshot,
} from "../helpers/explorer.js";

const session = explorerSession();

async function open(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await session.open("", viewport);
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
    const page = await open(PHONE);
    await trace(page, "stabbing pain under my heel", "my heel is numb", "my elbow");
    const banner = page.getByRole("alert");
    await expect.poll(() => banner.getAttribute("data-level")).toBe("URGENT");
    expect(await banner.textContent()).toContain("Numbness or tingling in the heel");
    // Which of their words made it URGENT: marked in their complaint, its box named.
    const ground = banner.locator('ul.grounds li[data-reason="heel-numbness-tingling"]');
    expect(await ground.locator("mark").textContent()).toBe("heel is numb");
    expect(await ground.textContent()).toMatch(/“my heel is numb”.*\(complaint 2\)/);
    expect(await page.locator("#trace-status").textContent()).toMatch(
      /^See a doctor right away\. Because of your words “heel is numb”\./,
    );
    // Red flags first: above the one-line answer, and on a phone with the not-medical-advice
    // line on the first screen, no scrolling needed (the answer is scrolled to the top).
    expect(
      await page.locator("#trace-results > :not(.visually-hidden)").first().getAttribute("class"),
    ).toMatch(/^banner urgent/);
    for (const part of [banner, page.locator("#trace-results > .disclaimer")]) {
      const box = await part.boundingBox();
      expect(box && box.y > -1 && box.y + box.height < PHONE.height + 1).toBe(true);
    }
    // The warning sign reported is marked as one where the words are quoted.
    expect(await page.locator(".understood").textContent()).toMatch(
      /Numbness or tingling in the heel \(a warning sign\)/,
    );
    // A complaint left out is said before the question, not below it.
    expect(await page.locator("#trace-results > .unmatched + section.question").count()).toBe(1);
    expect(await page.locator(".unmatched").textContent()).toContain("“my elbow”");
    expect(await page.locator(".unmatched").textContent()).toMatch(/no part the articles cover/);
    // The interview goes on, saying that no answer takes the doctor back.
    expect(await page.locator("section.question .urgent-note").textContent()).toMatch(/doctor/);
    await snapshot(page, "trace-urgent");
    // Many signs (the other boxes kept): three lines shown, the rest folded, on the first screen.
    await page.getByRole("button", { name: "Trace", exact: true }).scrollIntoViewIfNeeded();
    await trace(page, "my heel is numb, red and swollen, I limp and cannot bear weight");
    await expect.poll(() => page.locator(".banner details.more-grounds").count()).toBe(1);
    expect(await page.locator(".banner > ul.grounds > li").count()).toBe(3);
    for (const part of [banner, page.locator("#trace-results > .disclaimer")]) {
      const box = await part.boundingBox();
      expect(box && box.y > -1 && box.y + box.height < PHONE.height + 1).toBe(true);
    }
    await page.close();
  });

  it("draws one leg, the selected route's links as arrows from where it hurts to where it starts", async () => {
    const page = await open();
    await trace(page, "pain on the inside of my knee");
    expect(await page.locator("svg.leg").count()).toBe(1);
    expect(await page.locator(".answer-line").textContent()).toMatch(
      /^Most likely: .+ Where it starts: Tight hip flexors\. Next: /,
    );
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
    // The first arrow leaves the inner knee (where it hurts).
    const knee = await leg.locator("g.node.hurts circle").getAttribute("cy");
    expect(await arrows.first().getAttribute("y1")).toBe(knee);
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
    await page.close();
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
    await page.close();
  });

  it("quotes the words each reading rests on, not the whole complaint", async () => {
    const page = await open();
    const complaint = "stabbing pain under my heel, no numbness or tingling";
    await trace(page, complaint);
    const text = (await page.locator(".understood").textContent()) ?? "";
    const quoted = [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? "");
    expect(quoted.length).toBeGreaterThan(0);
    for (const words of quoted) expect(complaint).toContain(words);
    expect(quoted).not.toContain(complaint);
    // A question is not a complaint: what was asked about, never "most likely" or a fit.
    await trace(page, "what causes runner's ankle?");
    await expect
      .poll(() => page.locator(".answer-line").textContent())
      .toMatch(/^You asked about: /);
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("UNKNOWN");
    expect(await page.locator(".banner strong").textContent()).toMatch(/^No triage/);
    // A guess at a condition the articles send to a doctor says so, though no triage is given.
    await trace(page, "I think I have a stress fracture in my heel");
    await expect
      .poll(() => page.locator(".answer-line").textContent())
      .toMatch(
        /^You asked about: Heel stress fracture \(the articles send a runner who has it to a doctor\)/,
      );
    expect(await page.locator("ol.conditions [data-fit]").count()).toBe(0);
    expect(await page.locator("ul.conditions.asked li").count()).toBeGreaterThan(0);
    expect(await page.locator("h2", { hasText: "What to do" }).count()).toBe(0);
    expect(await page.locator("#trace-results").textContent()).not.toMatch(
      /Most likely|strong fit/,
    );
    await page.close();
  });

  it("marks another person's warning sign as theirs, and the triage it raised", async () => {
    const page = await open();
    await trace(page, "my heel aches after runs and my wife's heel has gone numb");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("URGENT");
    const text = (await page.locator(".understood").textContent()) ?? "";
    expect(text.match(/someone else's/g)?.length).toBe(1);
    await page.close();
  });

  it("puts the doctor in the one-line answer's next step when triage says to see one", async () => {
    const page = await open();
    await trace(page, "heel-stress-fracture");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("SEE_DOCTOR");
    expect(await page.locator(".banner ul.grounds").textContent()).toMatch(/you gave its id/);
    expect(await page.locator(".answer-line").textContent()).toMatch(
      /Next: [^.]*see a doctor about this/,
    );
    await page.close();
  });

  it("says so when nothing was understood: no plan, no empty leg, the urgent warning signs asked", async () => {
    const page = await open();
    await trace(page, "asdf");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("UNKNOWN");
    // A red flag the words did not reach is one tick away: the urgent signs as a checklist.
    const list = page.locator("section.question.checklist");
    expect(await list.locator("input[type=checkbox]").count()).toBeGreaterThan(1);
    const line = (await page.locator(".answer-line").textContent()) ?? "";
    expect(line).toMatch(/^Nothing clear yet\. Answer the questions below/);
    expect(await page.locator("svg.leg").count()).toBe(0);
    expect(await page.locator(".leg-key").count()).toBe(0);
    expect(await page.locator("section.phase").count()).toBe(0);
    expect(await page.locator(".no-plan").textContent()).toMatch(
      /nothing you reported was understood/,
    );
    expect(await page.locator(".no-plan").textContent()).not.toMatch(/[Ss]elf-care/);
    // What the articles cover, and complaints that are understood, traced at a click.
    expect(await page.locator(".stuck").textContent()).toMatch(/knows only four articles/);
    await list.getByLabel("Cannot bear weight").check();
    await list.getByRole("button", { name: "Done" }).click();
    await page.locator('.banner[data-level="URGENT"]').waitFor();
    await page.goBack();
    await page.locator('.banner[data-level="UNKNOWN"]').waitFor();
    // Nothing answered "no" is ever self-care: all denied, still not understood.
    await list.getByRole("button", { name: "None of these" }).click();
    await page.locator(".answered-no").waitFor();
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("UNKNOWN");
    expect(await page.locator("section.question.checklist").count()).toBe(0);
    await page.locator(".stuck a").first().click();
    await expect.poll(() => page.locator(".banner").getAttribute("data-level")).not.toBe("UNKNOWN");
    expect(await page.getByLabel("Complaint 1").inputValue()).toBe("my heel hurts");
    await page.close();
  });

  it("says when a pasted complaint was cut at the API's 200 characters", async () => {
    const page = await open();
    const box = page.getByLabel("Complaint 1");
    await box.focus();
    await page.keyboard.insertText("my heel hurts after long runs ".repeat(10));
    expect((await box.inputValue()).length).toBe(200);
    const note = page.locator("#complaint-1-cut");
    expect(await note.textContent()).toMatch(/^Complaint 1 keeps 200 characters at most/);
    expect(await box.getAttribute("aria-describedby")).toBe("complaint-1-cut");
    await box.fill("my heel hurts");
    expect(await note.textContent()).toBe("");
    await box.focus();
    await page.keyboard.insertText(" in the morning");
    expect(await note.textContent()).toBe("");
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
    const page = await open(PHONE);
    await trace(page, "my ankle hurts when I run");
    expect(
      await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"),
    ).toBe(true);
    await snapshot(page, "trace-phone");
    // Scrolled down to the root causes, the leg drawn above them never slides over them.
    await page.locator("ol.roots").evaluate((list) => list.scrollIntoView());
    const leg = await page.locator(".leg-frame").boundingBox();
    const roots = await page.locator("ol.roots").boundingBox();
    expect(leg && roots && leg.y + leg.height <= roots.y).toBe(true);
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
    // A page that could not start (the network down) offers to try again, and does.
    await page.route("**/graphql", (route) => route.abort());
    await page.reload();
    const retry = page.getByRole("alert").getByRole("button", { name: "Try again" });
    await retry.waitFor();
    expect(await page.locator("#main .error").textContent()).toMatch(/check your connection/);
    await page.unroute("**/graphql");
    await retry.click();
    await page.getByLabel("Complaint 1").waitFor();
    // The rate limit says how long to wait, and that nothing typed was wrong.
    await page.route("**/graphql", (route) =>
      route.fulfill({
        status: 429,
        headers: { "content-type": "application/json", "retry-after": "30" },
        body: '{"errors":[{"message":"rate limit: retry-after header","extensions":{"code":"RATE_LIMITED"}}]}',
      }),
    );
    await page.getByLabel("Complaint 1").fill("my heel hurts");
    await page.getByRole("button", { name: "Trace", exact: true }).click();
    await page.locator(".results .error").waitFor();
    const limited = (await page.locator(".results .error").textContent()) ?? "";
    expect(limited).toMatch(/wait about 30 seconds, then try again.*Nothing you typed was wrong/);
    expect(limited).not.toMatch(/header/);
    await page.close();
  });
});
