import { describe, expect, it } from "vitest";
import { PHONE, photograph, seriousViolations, snapshot } from "../helpers/explorer.js";
import { open, trace } from "./explorerSession.js";

describe("the explorer's triage as a runner reads it", () => {
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
    // What was left out is heard with the news, not only seen.
    expect(await page.locator("#trace-status").textContent()).toContain(
      "Left out, not understood: “my elbow”.",
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
    // Beside "See a doctor right away", no softer "if it is severe": red flags win.
    expect(await page.locator(".unmatched").textContent()).not.toMatch(/if it is severe/);
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
    expect(await page.locator(".unplaced").count()).toBe(0);
    // What the trace placed nowhere is said before the question, never silently dropped:
    // "numb" went with the correction to the ankle, where no article has it (a doctor:
    // numbness is urgent at the heel).
    await trace(page, "my heel hurts, it is numb, no wait, my ankle");
    await expect
      .poll(() => page.locator(".unplaced").textContent())
      .toMatch(/^Read but not placed: “numb”/);
    expect(await page.locator("#trace-results > .unplaced ~ section.question").count()).toBe(1);
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
      /Most likely|Could be|strong fit/,
    );
  });

  it("marks another person's warning sign as theirs, and the triage it raised", async () => {
    const page = await open();
    await trace(page, "my heel aches after runs and my wife's heel has gone numb");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("URGENT");
    const text = (await page.locator(".understood").textContent()) ?? "";
    expect(text.match(/someone else's/g)?.length).toBe(1);
    // The doctor is hers: the banner and the one line say so, never the runner's own
    // "see a doctor right away"; the runner's own next step stays.
    expect(await page.locator(".banner strong").first().textContent()).toMatch(/^Someone else's/);
    const line = (await page.locator(".answer-line").textContent()) ?? "";
    expect(line).toMatch(
      /Next: the person you described should see a doctor right away, and so should you if you have any of it yourself; for you, /,
    );
    expect(await page.locator(".banner").textContent()).toMatch(
      /What you describe of your wife \(/,
    );
    // Another person's words read but placed nowhere are said as theirs, and as read.
    await trace(page, "my friend's achilles popped");
    await expect
      .poll(() => page.locator(".unplaced").textContent())
      .toMatch(/^Read but not placed, about someone else: “achilles popped”.* they should see/);
    expect(await page.locator(".banner strong").first().textContent()).toMatch(/^Read, but/);
    // Only about her: the service's "Do you have ...?" is answered for her, and the card says so.
    await trace(page, "my wife's ankle is swollen");
    await page.locator("section.question .for-them").waitFor();
    // The one line and the banner's heading say whom they are for before what they say.
    expect(await page.locator(".answer-line").textContent()).toMatch(
      /^(Most likely|Could be|Not enough to tell yet), for the person you described: /,
    );
    expect(await page.locator(".banner strong").first().textContent()).toMatch(
      /^For the person you described: stop running and rest/,
    );
    // A child's swollen ankle and limp: the banner names the warning signs, not a condition
    // (the heel article's limping reaches a heel stress fracture), and says the limp is on
    // the heel article's list; the checklist asks about her, not "you".
    await trace(page, "my daughter's ankle is swollen and she is limping after her race");
    await expect.poll(() => page.locator(".banner").getAttribute("data-level")).toBe("SEE_DOCTOR");
    const banner = (await page.locator(".banner").textContent()) ?? "";
    expect(banner).not.toContain("Heel stress fracture");
    expect(await page.locator('.banner li[data-reason="limping"] .other-part').textContent()).toBe(
      " (on the heel article's list of warning signs, not the ankle article's)",
    );
    const card = page.locator("section.question.checklist");
    expect(await card.locator("h2").textContent()).toMatch(/^Any of these\b/);
    expect(await card.textContent()).not.toMatch(/\bDo you have\b|Tick each one you have/);
    expect(await card.locator("legend").textContent()).toBe("Tick each one they have");
  });

  it("puts the doctor in the one-line answer's next step when triage says to see one", async () => {
    const page = await open();
    await trace(page, "heel-stress-fracture");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("SEE_DOCTOR");
    expect(await page.locator(".banner ul.grounds").textContent()).toMatch(/you gave its id/);
    expect(await page.locator(".answer-line").textContent()).toMatch(
      /Next: [^.]*see a doctor about this/,
    );
    // A feeling placed nowhere that sends the runner to a doctor: the banner names where it
    // was felt, with the words; the complaint is said as read, never as "not understood".
    await trace(page, "my heel hurts", "my knee is swollen");
    // The trace before was SEE_DOCTOR too: wait for this one's grounds, not its level.
    await expect
      .poll(() => page.locator(".banner ul.grounds").textContent())
      .toMatch(/^Knee — you wrote/);
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("SEE_DOCTOR");
    expect(await page.locator(".unplaced").textContent()).toMatch(/“knee is swollen”/);
    expect(await page.locator(".unmatched").count()).toBe(0);
  });

  it("says so when nothing was understood, once: no question, no plan, no leg, the covered parts to start from", async () => {
    let page = await open();
    // Nothing understood, though the service's reader heard a part: "both shins and my heel".
    await trace(page, "both shins and my heel");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("UNKNOWN");
    // No interview of a part the words were not placed at: no heel checklist, no question.
    expect(await page.locator("section.question").count()).toBe(0);
    const line = (await page.locator(".answer-line").textContent()) ?? "";
    expect(line).toBe(
      "Nothing clear yet. Next: pick where it hurts from the list below, or say it your way.",
    );
    expect(await page.locator("svg.leg").count()).toBe(0);
    expect(await page.locator(".leg-key").count()).toBe(0);
    expect(await page.locator("section.phase").count()).toBe(0);
    // Each thing said once: the banner says "not understood" and its advice; no "left out"
    // line, no empty plan, no second list of the parts covered says it again.
    expect(await page.locator(".no-plan, .unmatched, .unplaced").count()).toBe(0);
    const said = (await page.locator("#trace-results").textContent()) ?? "";
    expect(said).not.toMatch(/[Ss]elf-care/);
    expect(said.match(/see a doctor if it is severe/g)?.length).toBe(1);
    // The part heard is named, with a complaint about it that is understood, on a phone's
    // first screen under the disclaimer; then the parts covered, each traced at a click.
    expect(await page.locator(".site-hint").textContent()).toMatch(
      /\(Heel\): say how it feels and when, as in “my heel hurts”/,
    );
    expect(await page.locator("#trace-results > .disclaimer + section.stuck").count()).toBe(1);
    expect(await page.locator(".stuck li").allTextContents()).toContain(
      "Ankle: my ankle hurts when I run",
    );
    // Not a live region of its own: the status line says its heading once.
    expect(await page.locator(".banner").getAttribute("role")).toBeNull();
    expect(await page.locator("#trace-status").textContent()).toBe(
      "Nothing clear yet. Next: pick where it hurts from the list below, or say it your way. Not understood.",
    );
    await page.locator(".stuck a").first().click();
    await expect.poll(() => page.locator(".banner").getAttribute("data-level")).not.toBe("UNKNOWN");
    // The runner's own words go with the part picked.
    expect(await page.getByLabel("Complaint 1").inputValue()).toBe("my heel hurts");
    expect(await page.getByLabel("Complaint 2").inputValue()).toBe("both shins and my heel");
    // The part picked starts its own interview: the heel's warning signs.
    await page.locator("section.question.checklist").waitFor();
    await page.close();
    // Words read at a part the articles are not about ("my shins hurt"): the banner says
    // they were read and nothing fits; the hint names the part once, with what the
    // articles are about, and no "read but not placed" line says it a third time.
    page = await open();
    await trace(page, "my shins hurt");
    expect(await page.locator(".banner strong").first().textContent()).toMatch(/^Read, but/);
    expect(await page.locator(".site-hint").textContent()).toMatch(
      /^It names a part \(Shin\) outside what these articles are about: the heel, ankle/,
    );
    const shins = (await page.locator("#trace-results").textContent()) ?? "";
    expect(shins.match(/see a doctor if it is severe/g)?.length).toBe(1);
    expect(shins).not.toMatch(/matched|not placed|knows only/);
    expect(await page.locator("section.question, .unplaced").count()).toBe(0);
    // Read but fitting nothing: the disclaimer's line on severe or sudden pain, up front.
    const severe =
      "See a doctor or physical therapist about any pain that is severe, sudden or not easing.";
    expect(await page.locator(".banner .severe").textContent()).toBe(severe);
    // A part with an example, but words read that the example would drop: none offered.
    await trace(page, "felt a snap in my achilles during a sprint and now I can't push off");
    await expect
      .poll(() => page.locator(".site-hint").textContent())
      .toMatch(/^It names a part the articles cover \(Achilles tendon\), but nothing in them fits/);
    expect(await page.locator("#trace-results").textContent()).not.toContain(
      "my Achilles is sore after runs”",
    );
    expect(await page.locator(".banner .severe").textContent()).toBe(severe);
    // The parts to start from are a list of links a screen reader and a keyboard can use.
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, "trace-not-covered");
  });
  it("lists the articles' warning signs as text when nothing was understood, and starts a part with the runner's words", async () => {
    const page = await open();
    // A warning sign named with no part: read nowhere, so nothing is asked of it.
    await trace(page, "it's gone numb and tingly");
    expect(await page.locator(".banner").getAttribute("data-level")).toBe("UNKNOWN");
    expect(await page.locator("section.question").count()).toBe(0);
    // The service's lists, as plain text under the parts to start from: the heel's red
    // flags (a doctor right away) first, then the ankle's signs to stop and rest.
    const lists = await page.locator(".stuck .warning-signs li").allTextContents();
    expect(lists).toHaveLength(2);
    expect(lists[0]).toMatch(
      /^Heel red flags: see a doctor right away if you have any of these: .*numb/i,
    );
    expect(lists[1]).toMatch(
      /^Ankle warning signs: stop running and rest if you have any of these: /,
    );
    expect(await page.locator(".warning-signs input, .warning-signs button").count()).toBe(0);
    // The heel's link carries what was typed: its interview reads the numbness at the heel.
    const heel = page.locator(".stuck a", { hasText: "my heel hurts" });
    await heel.click();
    await expect.poll(() => page.locator(".banner").getAttribute("data-level")).toBe("URGENT");
    expect(await page.getByLabel("Complaint 1").inputValue()).toBe("my heel hurts");
    expect(await page.getByLabel("Complaint 2").inputValue()).toBe("it's gone numb and tingly");
    await page.close();
  });
});
