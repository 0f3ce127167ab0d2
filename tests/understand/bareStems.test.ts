import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";

// A body or feeling word the stemmer cuts to another word ("shoulder" to "should", "spine" to
// "spin", "hopping" to "hop"): the bare word is not the body word unless the vocabulary lists
// it. Sentences written for this test, not taken from any held-out set.
let kb: KnowledgeBase;
beforeAll(async () => {
  const { realKb } = await import("../helpers/knowledge.js");
  kb = await realKb();
});

/** The site ids the reader names in `text`, in text order. */
const sites = (text: string) => kb.reader.read(text).findings.map((f) => f.site?.id ?? null);

describe("a bare word that a body word's stem cut down to", () => {
  it("is not that body word", () => {
    for (const text of [
      "should you see a doctor for heel pain?",
      "Should you see a doctor for heel pain",
      "should you run with heel pain?",
    ])
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    expect(sites("I love hip hop")).toEqual(["hip"]);
    expect(matchedIds(kb, "I love hip hop")).toEqual([]);
    expect(triageLevel(kb, "I love hip hop")).toBe("UNKNOWN");
    // A bare word names no site, so the swelling said of it is the heel's, carried over.
    for (const text of [
      "my heel hurts and my should is swollen",
      "my heel hurts and my spin is swollen",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("keeps the body word, its other forms and the bare words the vocabulary lists", () => {
    // The body word names its own part (no article covers it), so the heel is not swollen.
    for (const text of [
      "my heel hurts and my shoulder is swollen",
      "my heel hurts and my shoulders are swollen",
      "my heel hurts and my spine is swollen",
    ])
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    expect(matchedIds(kb, "I have been hopping around on one leg since my ankle went")).toContain(
      "+limping",
    );
    const pulled = kb.reader.read("did I pull my calf").findings;
    expect(
      pulled.some((f) => f.feelings.includes("strain")),
      "pull",
    ).toBe(true);
    expect(matchedIds(kb, "these hills kill my heels")).toContain("+heel-pain-after-running");
    expect(matchedIds(kb, "my heel is killing me")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my heel is tender")).toEqual(["+heel-pain-after-running"]);
  });
});
