import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { type Finding, READ_LIMITS, WORD_MEMO_SIZE } from "../../src/understand/index.js";
import { fixtureKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await fixtureKb();
});

const read = (text: string) => kb.reader.read(text).findings;
const matched = (text: string) =>
  read(text)
    .filter((f) => f.entity !== null)
    .map((f) => `${f.present ? "+" : "-"}${f.entity?.id}`);

describe("the complaint reader on the fixture graph", () => {
  it("gives each finding the words it rests on, with offsets into the text", () => {
    const text = "my left heel is numb, and sharp pain under the heel";
    const found = read(text);
    expect(found.map((f) => [f.entity?.id, f.present, f.side, f.site?.id])).toEqual([
      ["heel-numbness", true, "LEFT", "heel"],
      ["stabbing-heel", true, "LEFT", "under-heel"],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[0]?.text).toBe("heel is numb");
    expect(found[1]?.feelings).toEqual(["stabbing", "pain"]);
  });

  it("denies what a negation cue governs, and only that", () => {
    expect(matched("no numbness in my heel")).toEqual(["-heel-numbness"]);
    expect(matched("not numb, but sharp pain under my heel")).toEqual([
      "-heel-numbness",
      "+stabbing-heel",
    ]);
    expect(matched("my heel is not numb and it is swollen")).toEqual(["-heel-numbness"]);
    expect(matched("walking fine, heel is sore")).toEqual(["+heel-pain-running"]);
  });

  it("gives sites listed before what is felt that feeling, each its own symptom", () => {
    expect(matched("my heel and my inner knee are both sore")).toEqual([
      "+heel-pain-running",
      "+inner-knee-pain",
    ]);
    // A site after what was felt still starts its own clause.
    expect(matched("my heel is numb and my inner knee")).toEqual(["+heel-numbness"]);
  });

  it("denies at a site denied by contrast what the complaint reports elsewhere", () => {
    expect(matched("my heel is sore, not the inner knee")).toEqual([
      "+heel-pain-running",
      "-inner-knee-pain",
    ]);
    expect(matched("my heel is sore, never had knee trouble")).toEqual(["+heel-pain-running"]);
  });

  it("matches a site's general symptom only when nothing more specific matched there", () => {
    expect(matched("my heel is sore")).toEqual(["+heel-pain-running"]);
    expect(matched("sharp pain under my heel")).toEqual(["+stabbing-heel"]);
  });

  it("carries a site named earlier to the clauses after it, and to the next part of a report", () => {
    expect(matched("pain under the heel, also numb")).toEqual(["+stabbing-heel", "+heel-numbness"]);
    const first = kb.reader.read("my heel");
    expect(
      kb.reader.read("it is numb", { site: first.lastSite, side: null, felt: new Set() })
        .findings[0]?.entity?.id,
    ).toBe("heel-numbness");
  });

  it("reads quantities: a mileage rise over the threshold is a cause, at or under it denies it", () => {
    expect(matched("I went from 20 to 35 miles a week")).toEqual(["+mileage-jump"]);
    expect(matched("I doubled my mileage")).toEqual(["+mileage-jump"]);
    const small = read("I increased my mileage by only 5 %");
    expect(small.map((f) => [f.entity?.id, f.present])).toEqual([["mileage-jump", false]]);
    expect(small[0]?.quantity).toEqual({ measure: "mileage-rise", value: 5 });
    expect(matched("increased mileage gradually")).toEqual([]);
  });

  it("reads a word one typo away, for words of six letters or more", () => {
    expect(matched("numbnes in my heel")).toEqual(["+heel-numbness"]);
    expect(read("numbnes in my heel")[0]?.confidence).toBeLessThan(0.95);
  });

  it("never guesses: another person, a body part the articles do not cover, or no words it knows", () => {
    expect(matched("my dog has a numb heel")).toEqual([]);
    expect(matched("my elbow is numb")).toEqual([]);
    expect(read("my car won't start")).toEqual([]);
    expect(read("")).toEqual([]);
  });

  it("bounds its work: text past the limit is not read, findings are capped", () => {
    const long = `${"numb heel. ".repeat(500)}sharp pain under the heel`;
    const found = read(long);
    expect(found.every((f) => f.end <= READ_LIMITS.textLength)).toBe(true);
    expect(found.length).toBeLessThanOrEqual(READ_LIMITS.findings);
    const many = Array.from({ length: 60 }, (_, i) => `heel ${i} sore`).join(". ");
    expect(read(many).length).toBeLessThanOrEqual(READ_LIMITS.findings);
  });

  it("reads the same after its bounded word memos have filled and started over", () => {
    const before = read("numbnes in my heel, sharp pain under the heel");
    const words = Array.from({ length: WORD_MEMO_SIZE + 10 }, (_, i) => `zq${i.toString(36)}word`);
    for (let i = 0; i < words.length; i += 200) read(words.slice(i, i + 200).join(" "));
    expect(read("numbnes in my heel, sharp pain under the heel")).toEqual(before);
  });

  it("returns well-formed findings for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const found: readonly Finding[] = read(text);
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          if (f.entity === null) expect(f.confidence).toBeNull();
          else expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence ?? 0).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
