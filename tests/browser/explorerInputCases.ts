import { describe, expect, it } from "vitest";
import { complaintSuggestions, SUGGESTIONS_ASKED } from "../../src/web/complaintSuggestions.js";
import { PHONE, snapshot } from "../helpers/explorer.js";
import { realKb } from "../helpers/knowledge.js";
import { open, trace } from "./explorerSession.js";

describe("what a runner types in the explorer: bounds, errors, a phone", () => {
  it("says the API's bounds before the runner meets them: 200 characters a box, 20 boxes", async () => {
    const page = await open();
    const box = page.getByLabel("Complaint 1");
    await box.focus();
    await page.keyboard.insertText("my heel hurts after long runs ".repeat(10));
    expect((await box.inputValue()).length).toBe(200);
    const note = page.locator("#complaint-1-cut");
    expect(await note.textContent()).toMatch(/^Complaint 1 keeps 200 characters at most/);
    expect(await box.getAttribute("aria-describedby")).toBe("complaint-1-cut");
    // What the box suggests is what a runner feels, never a diagnosis or a treatment.
    await box.fill("");
    await box.focus();
    await page.keyboard.type("ank");
    const options = page.locator("#complaint-suggestions option");
    const offeredNow = () => options.evaluateAll((os) => os.map((o) => o.getAttribute("value")));
    // The service's own completions for "ank", less all but its symptoms, in its order; polled,
    // as the answers for "a" and "an" may be shown first while "ank"'s is on its way.
    const kb = await realKb();
    const wanted = complaintSuggestions(kb.suggest("ank", SUGGESTIONS_ASKED));
    await expect.poll(offeredNow).toEqual(wanted);
    const offered = await offeredNow();
    expect(offered).not.toContain("Ankle sprain");
    expect(offered).not.toContain("Ankle brace");
    await box.fill("my heel hurts");
    expect(await note.textContent()).toBe("");
    await box.focus();
    await page.keyboard.insertText(" in the morning");
    expect(await note.textContent()).toBe("");
    // The bound on complaints is said up front and as the last boxes come; no 21st box.
    expect(await page.locator(".trace-form").textContent()).toMatch(/up to 20/);
    const add = page.getByRole("button", { name: "Add another complaint" });
    // Clicked in the page (one round trip, not nineteen), as a runner's clicks would be.
    await add.evaluate((button) => {
      for (let boxes = 1; boxes < 25; boxes++) (button as unknown as { click(): void }).click();
    });
    expect(await page.locator("ol.complaints input").count()).toBe(20);
    expect(await add.isDisabled()).toBe(true);
    expect(await page.locator("#complaint-room").textContent()).toMatch(/^That is 20 complaints/);
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe(
      "Complaint 20",
    );
  });

  it("fits a phone-sized screen without sideways scrolling, and shows API errors plainly", async () => {
    const page = await open(PHONE);
    await trace(page, "my ankle hurts when I run");
    expect(
      await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"),
    ).toBe(true);
    // The ankle's general pain ranks first: the complaint said back, never "most likely".
    expect(await page.locator(".answer-line").textContent()).not.toMatch(/^(Most likely|Could be)/);
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
    // The interview restored from the URL is traced at once: let that settle first, so the
    // box filled below is the one the Trace button sends (a re-render under load raced it).
    await page.locator("#trace-results[aria-busy='false']").waitFor();
    await page.getByLabel("Complaint 1").fill("my heel hurts");
    expect(await page.getByLabel("Complaint 1").inputValue()).toBe("my heel hurts");
    await page.getByRole("button", { name: "Trace", exact: true }).click();
    const limitedError = page.locator(".results .error", { hasText: "wait about" });
    await limitedError.waitFor();
    const limited = (await limitedError.textContent()) ?? "";
    expect(limited).toMatch(/wait about 30 seconds, then try again.*Nothing you typed was wrong/);
    expect(limited).not.toMatch(/header/);
  });

  it("shows the answer at once, and fills in what the lookup adds when it comes", async () => {
    // A page of its own: the fake clock stays with its browser context.
    const page = await open(undefined, true);
    // The page's timers stand still: its lookup's 2 s bound waits for the test, however slow.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    const lookup = /query (SitesNamed)\b/;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const asked: string[] = [];
    await page.route("**/graphql", async (route) => {
      const op = lookup.exec(route.request().postData() ?? "")?.[1];
      if (op !== undefined) {
        asked.push(op);
        await held;
      }
      await route.continue();
    });
    await page.getByLabel("Complaint 1").fill("headache");
    await page.getByRole("button", { name: "Trace", exact: true }).click();
    const banner = page.locator(".banner");
    await banner.waitFor();
    // The answer is there while the lookup is held: the banner, the one line, the parts to
    // start from, the hint saying it looks.
    await expect.poll(() => [...new Set(asked)]).toEqual(["SitesNamed"]);
    expect(await banner.getAttribute("data-level")).toBe("UNKNOWN");
    expect(await page.locator(".answer-line").textContent()).toBe(
      "Nothing clear yet. Next: pick where it hurts from the list below, or say it your way.",
    );
    expect(await page.locator(".site-hint").textContent()).toBe("Looking up which part you named…");
    expect(await page.locator("#trace-results").getAttribute("data-lookups")).toBe("pending");
    expect(await page.locator(".stuck").count()).toBe(1);
    // Marked, to see that what arrives fills in its words and leaves the banner in place.
    await banner.evaluate((b) => b.setAttribute("data-seen", "before"));
    const top = (await page.locator(".stuck ul.sites").boundingBox())?.y ?? 0;
    release();
    await page.locator("#trace-results:not([data-lookups])").waitFor();
    expect(await page.locator('.banner[data-seen="before"]').count()).toBe(1);
    expect(await page.locator(".site-hint").textContent()).toMatch(/no part the articles cover/);
    // No question is asked of words nothing of which was placed (no heel interview).
    expect(await page.locator("section.question").count()).toBe(0);
    expect(await page.locator("#trace-status").textContent()).not.toMatch(/Next question/);
    // The hint's words changed, and the parts to start from under it moved little.
    const moved = ((await page.locator(".stuck ul.sites").boundingBox())?.y ?? 0) - top;
    expect(Math.abs(moved)).toBeLessThan(80);
    await page.unroute("**/graphql");
    await page.close();
  });

  it("answers within the lookup's bound when it stalls, and cancels the stalled requests", async () => {
    const page = await open();
    // The lookup that only adds to an answer (the part named) never answers.
    const lookup = /query (SitesNamed)\b/;
    const held: string[] = [];
    await page.route("**/graphql", async (route) => {
      const op = lookup.exec(route.request().postData() ?? "")?.[1];
      // Held: neither answered nor failed by the test, as a stalled service would.
      if (op !== undefined) held.push(op);
      else await route.continue();
    });
    const cancelled: string[] = [];
    page.on("requestfailed", (request) => {
      const op = lookup.exec(request.postData() ?? "")?.[1];
      if (op !== undefined) cancelled.push(`${op} ${request.failure()?.errorText ?? ""}`);
    });
    await trace(page, "qwzx plorf");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("UNKNOWN");
    expect([...new Set(held)]).toEqual(["SitesNamed"]);
    // Past the bound the page aborts them, so no socket is left open on a stalled service.
    await expect.poll(() => cancelled.length).toBe(held.length);
    for (const c of cancelled) expect(c).toMatch(/ABORTED|aborted|cancel/i);
    // Not known which part was named: the hint says both ways.
    expect(await page.locator(".site-hint").textContent()).toMatch(
      /^If it is about a part the articles cover/,
    );
    await page.unroute("**/graphql");
  });
});
