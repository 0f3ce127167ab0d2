import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { MAX_TYPO_LENGTH, MIN_BODY_TYPO_LENGTH, Speller } from "../../src/understand/Speller.js";
import type { Token } from "../../src/understand/types.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { read } from "../helpers/realReadings.js";

// A misspelt body or symptom word on the real vocabulary (moved from readingRules.test.ts):
// read as the word spelled, at a lower confidence, within the speller's bounds. Sentences
// written for this test, not taken from any set.
// Also moved here: tests from the test files of reader round 10b, session 31 mend E and session 31
// mend A (named after the round or mend that wrote them).
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const matched = (text: string) => matchedIds(kb, text);

describe("a misspelt body or symptom word", () => {
  const confidence = (text: string) =>
    kb.reader.read(text).findings.flatMap((f) => (f.entity ? [[f.entity.id, f.confidence]] : []));
  /** The misspelt text reads as the spelled one, at a lower confidence. */
  const asSpelled = (typed: string, spelled: string) => {
    const [got, want] = [confidence(typed), confidence(spelled)];
    expect(
      got.map(([id]) => id),
      typed,
    ).toEqual(want.map(([id]) => id));
    expect(want.length, spelled).toBeGreaterThan(0);
    for (const [i, [, c]] of got.entries()) expect(c, typed).toBeLessThan(want[i]?.[1] as number);
  };

  it("is read one slip away, as less certain: a doubled, swapped, neighbouring or left-out letter", () => {
    asSpelled("my heel is nummb", "my heel is numb");
    asSpelled("my ankel is swolen", "my ankle is swollen");
    asSpelled("my ankle is tendr after runs", "my ankle is tender after runs");
    for (const text of ["my heel is throbbong", "my heel is throbbng"])
      expect(matched(text), text).toEqual(matched("my heel is throbbing"));
    expect(matched("my kneee aches after runs")).toEqual(["+knee-pain-after-run"]);
  });

  it("makes a short warning sign, negation or scope word through a doubled letter or a swap only", () => {
    // A neighbouring key or a left-out letter would make them of real words ("lumpy", "heaven");
    // a long one (seven letters or more) takes those slips too, real words kept by realWords
    // (second s30 review F2: "swollwn", "tinglinf", "limpimg" had been lost).
    expect(matched("my heel is lumpy")).toEqual([]);
    for (const [text, id] of [
      ["my ankle is swolken", "+ankle-swelling"],
      ["my heel is swollwn", "+heel-redness-warmth-swelling"],
      ["heel tinglinf after runs", "+heel-numbness-tingling"],
      ["i am limpimg", "+limping"],
    ] as const)
      expect(matched(text), text).toContain(id);
    expect(matched("selling my shoes, my heel hurts")).toEqual(["+heel-pain-after-running"]);
    expect(matched("heaven knows why my heel hurts")).toEqual(["+heel-pain-after-running"]);
    expect(matched("my hell is numb")).toEqual(["+heel-numbness-tingling"]);
    expect(matched("limpng and my ankel is swolen")).toContain("+limping");
  });

  it("never reads a real English word one slip from a known word as it (vocabulary realWords)", () => {
    // Session-30 review: each was read as another word, most as a warning sign or a denial.
    const words =
      "lumpy bucket selling sells heaven thought cannon clock sever tires calls grins spain flavour boasted gels";
    for (const w of words.split(" ")) {
      expect(matched(`${w} after runs`), w).toEqual([]);
      expect(matched(`my heel is ${w}`), w).toEqual([]);
    }
    // "lump" is a swelling word since stop 38: lumps are swelling, never a limp.
    expect(matched("lumps after runs")).toEqual(["+swelling"]);
    expect(matched("heaven knows why my heel is numb")).toEqual(["+heel-numbness-tingling"]);
  });

  it("never reads a real word as one ('angle', 'stuff', 'smell'), nor a short word", () => {
    expect(matched("my heels smell after runs")).toEqual([]);
    expect(matched("at an angle, my heel hurts")).toEqual(["+heel-pain-after-running"]);
    expect(matched("my achilles and stuff after runs")).not.toContain(
      "+achilles-stiffness-start-of-run",
    );
    expect(matched("went to the store, heel is fine")).toEqual([]);
  });

  it("reads 'hell' as the heel only after an owner, 'the' or a side word", () => {
    expect(matched("my hell is numb")).toEqual(["+heel-numbness-tingling"]);
    // After "the": a verb, a feeling, nothing, or a site lead before (second s30 review F3).
    for (const text of ["the hell went numb", "numbness in the hell", "the hell red and warm"])
      expect(matched(text), text).not.toEqual([]);
    expect(matched("the hell week left my ankle swollen")).not.toContain(
      "+heel-redness-warmth-swelling",
    );
    expect(matched("the left hell is swollen")).toEqual(["+heel-redness-warmth-swelling"]);
    expect(matched("my ankle hurts like hell after runs")).toEqual(["+runners-ankle"]);
    expect(matched("what the hell is numb")).toEqual([]);
  });

  it("looks up every unknown word of a long complaint, so a late typo is read; none over MAX_TYPO_LENGTH", () => {
    const junk = Array.from(
      { length: 60 },
      (_, i) =>
        `qzx${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    ).join(" ");
    // Review H3: past 24 look-ups, "tiingly" after the junk stayed unknown.
    expect(matched(`${junk} my heel is tiingly`)).toEqual(["+heel-numbness-tingling"]);
    expect(matched(`${"ok ".repeat(40)}and my ankle is sweling`)).toEqual(["+ankle-swelling"]);
    // A word over MAX_TYPO_LENGTH letters is never read through a typo (nor remembered).
    const speller = new Speller(new Set());
    const token = (folded: string): Token => ({
      folded,
      stem: folded,
      start: 0,
      end: folded.length,
      number: null,
      punctuation: false,
      possessive: false,
      typo: false,
    });
    for (const length of [MAX_TYPO_LENGTH, MAX_TYPO_LENGTH + 1]) {
      const known = `ting${"l".repeat(length - 5)}y`;
      speller.add(known, known, true);
      const typed = `ting${"l".repeat(length - 6)}yy`;
      expect(speller.correct(token(typed)).typo, typed).toBe(length <= MAX_TYPO_LENGTH);
    }
    expect(MIN_BODY_TYPO_LENGTH).toBe(5);
  });
});

describe("typos of the heel", () => {
  it("reads 'hel' as the heel", () => {
    expect(read("my hel aches after runs")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "hel went numb on my run")).toBe("URGENT");
  });

  it("reads 'hell' right after a feeling that ends what is said as the heel", () => {
    expect(read("numb hell.")).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
    expect(triageLevel(kb, "swolen hell and its a bit red")).toBe("URGENT");
    for (const text of ["sore hell week at training", "my calves are tight as hell"])
      expect(matchedIds(kb, text), text).not.toContain("+heel-pain-after-running");
  });
});

describe("G2: 'and numb hell' after a site named earlier is a new item, the heel's", () => {
  it("reads the heel numbness said after 'and'", () => {
    for (const text of ["my ankle is sore and numb hell", "swollen ankle and numb hell"]) {
      expect(read(text), text).toContainEqual(["heel-numbness-tingling", true, "RUNNER", "heel"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("keeps the oath right after the site's own feeling", () => {
    const text = "my ankle is swollen hell and red";
    expect(read(text).filter((f) => f[3] === "heel")).toEqual([]);
  });
});

describe("G8: the oath 'hell was that run' opening a sentence is not the heel", () => {
  it("reads no heel from the oath", () => {
    for (const text of [
      "hell was that run. my ankle is sore",
      "hell was that run. now its numb",
      "hell is a long run in the rain, my knee hurts",
      "hell felt like a marathon, ankle sore",
    ])
      expect(
        read(text).filter((f) => f[3] === "heel"),
        text,
      ).toEqual([]);
    expect(triageLevel(kb, "hell was that run. now its numb")).toBe("UNKNOWN");
  });

  it("still reads the heel opening a sentence with a feeling said of it", () => {
    for (const text of ["hell went numb on my run", "hel went numb on my run", "hell is numb"]) {
      expect(read(text), text).toContainEqual(["heel-numbness-tingling", true, "RUNNER", "heel"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });
});

describe("F6: 'hel' and 'hell' are the heel only where a heel reading fits", () => {
  it("reads no heel for 'hel me' (help)", () => {
    for (const text of ["please hel me my ankle is swollen", "hel me, my arch is sore"]) {
      expect(
        matchedIds(kb, text).filter((id) => id.startsWith("+heel")),
        text,
      ).toEqual([]);
      expect(
        read(text).some(([, , , site]) => site === "heel"),
        text,
      ).toBe(false);
    }
    expect(triageLevel(kb, "please hel me my ankle is swollen")).toBe("SELF_CARE");
  });

  it("keeps the site named before a feeling word's 'hell'", () => {
    expect(matchedIds(kb, "my ankle is swollen hell and red")).toEqual(["+ankle-swelling"]);
    expect(triageLevel(kb, "my ankle is swollen hell and red")).toBe("SEE_DOCTOR");
    expect(matchedIds(kb, "my knee is painful hell and swollen")).not.toContain(
      "+heel-redness-warmth-swelling",
    );
    expect(matchedIds(kb, "my knee is sore hell.")).toEqual(["+knee-pain-after-run"]);
  });

  it("still reads an owned 'hel' and a feeling's 'hell' with no site before it as the heel", () => {
    expect(matchedIds(kb, "my hel is swollen")).toEqual(["+heel-redness-warmth-swelling"]);
    expect(matchedIds(kb, "swollen hell")).toEqual(["+heel-redness-warmth-swelling"]);
  });
});
