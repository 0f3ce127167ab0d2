import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";

// A clause's frame (src/understand/frameClauses.ts) when it speaks of someone else's body, on
// the real vocabulary (moved from frames.test.ts). Sentences written for this test, not taken
// from any set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const matched = (text: string) => matchedIds(kb, text);
const triage = (text: string) => triageLevel(kb, text);

describe("someone else's body", () => {
  // Product decision (2026-12-01): the service answers about the body described.
  it("is read as the runner's when the complaint is only about that person", () => {
    expect(matched("my sister's heel is swollen and numb")).toEqual(
      expect.arrayContaining(["+heel-numbness-tingling", "+heel-redness-warmth-swelling"]),
    );
    expect(matched("his heel went numb at mile 10")).toEqual(["+heel-numbness-tingling"]);
    expect(matched("my mum gets a stabbing pain under her heel every morning")).toEqual(
      expect.arrayContaining(["+stabbing-pain-under-heel", "+heel-pain-worst-in-morning"]),
    );
    expect(matched("one of the kids I coach, her left ankle keeps popping")).toEqual([
      "+ankle-popping",
    ]);
    for (const text of ["his heel went numb at mile 10", "my partner's heel is hot and red"])
      expect(triage(text)).toBe("URGENT");
  });

  it("is not read beside the runner's own complaint, except a warning sign", () => {
    expect(matched("my friend had plantar fasciitis last year too, my heel hurts")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matched("my ankle is sore, my girlfriend's ankle pops all the time")).toEqual([
      "+runners-ankle",
    ]);
    const flagged = "my heel aches after runs, and my brother's heel went numb";
    expect(matched(flagged)).toContain("+heel-numbness-tingling");
    expect(triage(flagged)).toBe("URGENT");
  });

  it("is never the runner's when it is an animal's", () => {
    for (const text of [
      "took the dog out, her paws are swollen",
      "my dog's ankle is swollen and she limps",
      "the cat's paw is swollen, my heel is fine",
    ]) {
      expect(matched(text).filter((k) => k.startsWith("+"))).toEqual([]);
      expect(triage(text)).not.toBe("URGENT");
    }
  });

  it("is the runner's when the runner names their own site beside an animal", () => {
    for (const text of [
      "my heel went numb after my dog pulled me over",
      "my left heel went numb when walking my dog",
    ]) {
      expect(matched(text)).toContain("+heel-numbness-tingling");
      expect(triage(text)).toBe("URGENT");
    }
  });

  it("is the runner's when the runner's site is inside what an animal did to it", () => {
    const kicked = "the pony kicked my heel and now it's numb";
    expect(matched(kicked)).toEqual(["+direct-impact", "+heel-numbness-tingling"]);
    expect(triage(kicked)).toBe("URGENT");
    // A person's site inside a cause's words is that person's.
    expect(matched("my heel aches, and my nephew's ankle gave way")).toEqual([
      "+heel-pain-after-running",
    ]);
  });

  it("says whose each finding is; another person's sign explains nothing of the runner's", () => {
    const whose = (text: string) =>
      kb.reader.read(text).findings.flatMap((f) => (f.entity ? [`${f.entity.id}:${f.whose}`] : []));
    expect(whose("my heel aches after runs and my coach's heel has gone numb")).toEqual([
      "heel-pain-after-running:RUNNER",
      "heel-numbness-tingling:SOMEONE_ELSE",
    ]);
    // "mine" after another person's site is the runner's, at that site.
    expect(
      whose("my niece's achilles is sore. mine just feels stiff at the start of a run"),
    ).toEqual(["achilles-stiffness-start-of-run:RUNNER"]);
    // Another person after an "and" starts a clause of their own.
    expect(
      whose("my heel is sore in the mornings and my uncle can't bear weight on his heel"),
    ).toEqual(["heel-pain-worst-in-morning:RUNNER", "cannot-bear-weight:SOMEONE_ELSE"]);
  });

  it("stays the runner's when the runner's own word stands between", () => {
    expect(matched("i told her my heel is numb")).toEqual(["+heel-numbness-tingling"]);
    expect(matched("coach says my heel is swollen")).toEqual(["+heel-redness-warmth-swelling"]);
  });

  it("goes on in a clause naming no site and not the runner, and stops at the runner", () => {
    expect(matched("my brother's ankle pops, it's stiff too, and my heel is sore")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matched("my friend's heel is numb, and my heel is swollen")).toEqual(
      expect.arrayContaining(["+heel-numbness-tingling", "+heel-redness-warmth-swelling"]),
    );
  });
});
