import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PHONE, seriousViolations } from "../helpers/explorer.js";
import { session } from "./interviewSession.js";

// A reviewer's finding: a shared link could carry "no" answers to the warning signs, which
// the person opening it never saw (the page listed only the yeses) and which gave self-care
// with no checklist left. A link made elsewhere now has its warning-sign "no" answers set
// aside and asked again; every "no" is listed, each with a way to change it.

/** The reviewer's link: "my heel hurts" with every heel warning sign answered no. */
const SIGNS = [
  "heel-numbness-tingling",
  "cannot-bear-weight",
  "limping",
  "sudden-acute-heel-pain",
  "back-of-heel-pain-swelling",
  "heel-redness-warmth-swelling",
];
const LINK = `#/trace?c=my%20heel%20hurts&a=${SIGNS.map((s) => `n.${s}`).join("_")}`;

/** The level the banner shows, once a trace is on screen. */
async function level(page: Page): Promise<string | null> {
  await page.locator(".banner").waitFor();
  return page.locator(".banner").getAttribute("data-level");
}

describe("an interview opened from a link made elsewhere", () => {
  it("asks its warning signs again instead of taking the link's 'no' on trust", async () => {
    const page = await session.open(LINK);
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    expect(await list.locator("input[type=checkbox]").count()).toBe(SIGNS.length);
    const note = page.locator(".set-aside");
    expect(await note.textContent()).toMatch(/link you opened answered no to warning signs/);
    // Self-care is no longer given outright: the signs are pending (as for a fresh trace).
    await page.locator(".banner").waitFor();
    expect(await page.locator(".banner").getAttribute("data-signs-pending")).toBe("true");
    expect(await page.locator(".banner strong").textContent()).not.toBe("Self-care first");
    expect(await page.locator(".answered-no").count()).toBe(0);
    // The URL no longer carries the set-aside answers.
    expect(await page.evaluate<string>("location.hash")).toBe("#/trace?c=my+heel+hurts");
    expect(await page.locator("#trace-status").textContent()).toMatch(
      /warning-sign answers are asked again/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    // Answered here, the signs count, and every "no" is listed with a way to change it.
    await list.getByRole("button", { name: "None of these" }).click();
    const no = page.locator("div.answered-no");
    await no.waitFor();
    expect(await no.locator("button.change").count()).toBe(SIGNS.length);
    // Each on a line of its own, its Change button beside it (not a run-on paragraph).
    expect(await no.locator("li:has(button.change)").count()).toBe(SIGNS.length);
    const tops = await no
      .locator("li")
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(SIGNS.length);
    expect(await page.locator(".set-aside").count()).toBe(0);
    // A reload is this tab's own entry: the answers stand.
    await page.reload();
    await no.waitFor();
    expect(await no.locator("button.change").count()).toBe(SIGNS.length);
    expect(await page.locator("section.question.checklist").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows every 'no', keeps one that is not a warning sign, and changes one at a click", async () => {
    const page = await session.open("#/trace?c=my%20heel%20hurts&a=n.heel-pain-worst-in-morning");
    const no = page.locator("div.answered-no");
    await no.waitFor();
    expect(await no.textContent()).toMatch(/^You answered no to: /);
    expect(await no.locator("button.change").getAttribute("data-id")).toBe(
      "heel-pain-worst-in-morning",
    );
    expect(await page.locator(".set-aside").count()).toBe(0);
    // The signs were never answered: the checklist is still first.
    await page.locator("section.question.checklist").waitFor();
    // A warning sign answered "no" in this tab can be changed to be asked again.
    await page
      .locator("section.question.checklist")
      .getByRole("button", { name: "None of these" })
      .click();
    const limping = no.getByRole("button", { name: "Change my answer to Limping or altered gait" });
    await limping.waitFor();
    await limping.click();
    const list = page.locator("section.question.checklist");
    await list.waitFor();
    expect(await list.locator("input[type=checkbox]").count()).toBe(1);
    expect(await page.locator(".banner").getAttribute("data-signs-pending")).toBe("true");
    expect(await no.locator("button.change").count()).toBe(SIGNS.length);
  });

  it("lists what the words deny as not there", async () => {
    // The whole sign denied: "no numbness" alone leaves tingling unsaid, so it denies no sign.
    const page = await session.open(
      "#/trace?c=my%20heel%20hurts%2C%20no%20numbness%20or%20tingling",
    );
    const denied = page.locator("p.denied");
    await denied.waitFor();
    expect(await denied.textContent()).toMatch(/^Understood as not there: .*numb/i);
  });

  it("never gives self-care from a link's answers when nothing was understood", async () => {
    const page = await session.open(
      `#/trace?c=qwzx%20blorp&a=${SIGNS.map((s) => `n.${s}`).join("_")}`,
    );
    expect(await level(page)).not.toBe("SELF_CARE");
  });

  it("takes a warning sign a link answers yes to: red flags win, an answer naming nothing left out", async () => {
    // An old or altered link: an answer the service refuses would fail every try.
    const page = await session.open("#/trace?c=my%20heel%20hurts&a=y.limping_n.no-such-finding");
    expect(await level(page)).toBe("URGENT");
    expect(await page.locator(".set-aside").textContent()).toMatch(/^Left out: one answer/);
    expect(await page.locator(".results .error").count()).toBe(0);
    expect(await page.evaluate<string>("location.hash")).toBe(
      "#/trace?c=my+heel+hurts&a=y.limping",
    );
  });

  it("says on a phone's first screen which words stand against a 'no', and selects them to rephrase", async () => {
    const page = await session.open(
      "#/trace?c=my%20heel%20is%20numb%20and%20I%20cannot%20bear%20weight%20on%20it&a=n.heel-numbness-tingling",
      PHONE,
    );
    expect(await level(page)).toBe("URGENT");
    const stands = page.locator('.banner li.against-no[data-reason="heel-numbness-tingling"]');
    expect(await stands.locator("mark").textContent()).toBe("heel is numb");
    expect(await stands.locator(".stands").textContent()).toMatch(/You answered no, .* stands/);
    // The warning and its words are whole on the first screen of a phone.
    await expect
      .poll(() => page.evaluate<boolean>("document.activeElement?.dataset.level === 'URGENT'"))
      .toBe(true);
    for (const part of [page.locator(".banner"), stands, page.locator(".disclaimer")]) {
      const box = await part.boundingBox();
      expect(box && box.y > -1 && box.y + box.height < PHONE.height + 1).toBe(true);
    }
    await stands.getByRole("button", { name: "Rephrase “heel is numb”" }).click();
    expect(
      await page.evaluate<string>(
        "(() => { const i = document.activeElement; return i.value.slice(i.selectionStart, i.selectionEnd); })()",
      ),
    ).toBe("heel is numb");
    expect(
      await page.evaluate<string | null>("document.activeElement.getAttribute('aria-label')"),
    ).toBe("Complaint 1");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
