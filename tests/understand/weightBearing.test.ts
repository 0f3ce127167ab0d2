import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// Walking or standing on a leg: pain while walking, and not bearing weight
// (a warning sign), said in everyday words or at a site with no sign of its own for it.
// Moved here from the test files of reader round 6 and the mends after rounds 5 and 7 (named after
// the round or mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

describe("walking that is possible but painful", () => {
  it("is pain, not the inability to bear weight", () => {
    for (const text of [
      "can't walk far without heel pain",
      "my heel hurts, can't walk very far",
      "cannot walk for long because of my heel",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running"]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
    // "without" inside the phrase denies nothing after it: the limp is said.
    expect(matchedIds(kb, "can't walk far without limping")).toEqual(["+limping"]);
  });

  it("keeps 'can't walk', 'too painful to walk on' and 'can't put weight on it' urgent", () => {
    for (const text of [
      "can't walk",
      "my heel hurts and I can't walk",
      "my heel is too painful to walk on",
      "heel pain, can't put weight on it",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});

describe("everyday words for warning signs", () => {
  it("reads 'too painful to walk on' and 'can't walk'", () => {
    expect(read("my ankle is too painful to walk on")).toContainEqual([
      "ankle-too-painful-to-walk",
      true,
      "RUNNER",
      "ankle",
    ]);
    for (const text of ["I sprained my ankle and I can't walk", "twisted my ankle, can't walk"]) {
      expect(read(text), text).toContainEqual(["ankle-weight-bearing", true, "RUNNER", "ankle"]);
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
    expect(triageLevel(kb, "my heel hurts and I can't walk")).toBe("URGENT");
  });
});

// Reader round 7 (helper-66): the last stop's open cases, as categories in sentences of our own.
describe("not bearing weight said at a site with no sign of its own for it", () => {
  it("is the whole leg's sign, read without a place, whatever comes before", () => {
    for (const text of [
      "I felt a pop in my achilles and now I can't walk",
      "my knee is killing me and I cannot walk",
      "heard a snap in my calf, can't put weight on it",
      "my shin hurts. I can't walk",
      "my toes are sore and I can't walk",
    ]) {
      expect(read(text), text).toContainEqual(["cannot-bear-weight", true, "RUNNER", undefined]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    // The site's own pain is still read beside it.
    expect(matchedIds(kb, "my achilles aches so much I can't walk")).toEqual([
      "+pain-near-heel-dull-or-sharp",
      "+cannot-bear-weight",
    ]);
  });

  it("gives way to a site's own sign, and is never read of an animal or when denied", () => {
    expect(matchedIds(kb, "my ankle popped and I can't put weight on it")).not.toContain(
      "+cannot-bear-weight",
    );
    // The heel's own sign for it is sudden pain: said with no onset, not bearing weight is
    // the whole leg's sign, beside the heel's pain.
    expect(matchedIds(kb, "suddenly can't walk on my heel")).toEqual(["+sudden-acute-heel-pain"]);
    expect(matchedIds(kb, "can't walk on my heel")).toEqual([
      "+cannot-bear-weight",
      "+heel-pain-after-running",
    ]);
    expect(triageLevel(kb, "my dog hurt his paw and can't walk")).toBe("UNKNOWN");
    expect(matchedIds(kb, "my knee hurts but I can still walk on it")).not.toContain(
      "+cannot-bear-weight",
    );
  });
});

// Stop 38: the heel article pairs its sudden pain with not bearing weight ("especially if"),
// but does not make one the other. Sentences written for this test.
describe("not bearing weight on the heel, with and without a sudden onset", () => {
  it("is the whole leg's sign beside the heel's pain when no onset is said", () => {
    for (const text of [
      "I can't put weight on my heel",
      "cant stand on my left heel this morning",
      "my heel won't take any weight",
    ]) {
      const ids = matchedIds(kb, text);
      expect(ids, text).toContain("+cannot-bear-weight");
      expect(ids, text).not.toContain("+sudden-acute-heel-pain");
      expect(triageLevel(kb, text), text).toBe("URGENT");
      // The heel's pain ranks heel conditions first, not the ankle's.
      const top = kb.tracer.trace([text]).conditions[0]?.condition.id;
      expect(["heel-stress-fracture", "plantar-fasciitis"], text).toContain(top);
    }
  });

  it("is part of the sudden heel pain when an onset is said, in one clause or the next", () => {
    for (const text of [
      "sudden heel pain, can't put weight on it",
      "my heel suddenly went and now I can't stand on it",
      "all of a sudden sharp pain in my heel and I can't bear weight",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+sudden-acute-heel-pain"]);
  });

  it("denied, denies the leg's sign and never the heel's pain", () => {
    expect(matchedIds(kb, "sudden heel pain but I can still walk on it")).toEqual([
      "+sudden-acute-heel-pain",
      "-cannot-bear-weight",
      "-limping",
    ]);
    const ids = matchedIds(kb, "my heel is fine, I can put weight on it");
    expect(ids).toContain("-cannot-bear-weight");
    expect(ids).not.toContain("-heel-pain-after-running");
  });
});

describe("not having been able to bear weight (stop 38)", () => {
  it("is not bearing weight, and not walking far is pain", () => {
    for (const text of [
      "I haven't been able to put weight on my heel since yesterday",
      "I'm not able to walk on my heel",
    ]) {
      expect(matchedIds(kb, text), text).toContain("+cannot-bear-weight");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(matchedIds(kb, "I haven't been able to walk far without heel pain")).toEqual([
      "+heel-pain-after-running",
    ]);
  });
});
