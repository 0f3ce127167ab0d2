import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";

// A clause's frame (src/understand/frameClauses.ts) on the real vocabulary: whose body, past
// or present, asked or reported. Sentences written for this test, not taken from any set.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const matched = (text: string) => matchedIds(kb, text);
const triage = (text: string) => triageLevel(kb, text);

describe("a sign that is over", () => {
  it("is denied after 'used to', with a past verb and a far past time, or with 'gone now'", () => {
    expect(matched("i used to get numbness in my heel")).toEqual(["-heel-numbness-tingling"]);
    expect(matched("my heel was red and hot last year")).toEqual(["-heel-redness-warmth-swelling"]);
    expect(matched("heel went numb on a long run, gone now")).toEqual(["-heel-numbness-tingling"]);
    expect(matched("two years ago my heel went numb")).toEqual(["-heel-numbness-tingling"]);
    for (const text of ["i used to get numbness in my heel", "my heel was red and hot last year"])
      expect(triage(text)).not.toBe("URGENT");
  });

  it("stays present when anything says it goes on, or the time may be now", () => {
    expect(matched("my heel was numb last year and still is")).toContain("+heel-numbness-tingling");
    expect(matched("heel has been numb since last month")).toContain("+heel-numbness-tingling");
    expect(matched("heel was numb last week")).toContain("+heel-numbness-tingling");
    expect(matched("my heel's gone numb")).toContain("+heel-numbness-tingling");
    // A sign whose words run through "has gone" / "is gone" is said, not over.
    expect(matched("my heel has gone to sleep")).toContain("+heel-numbness-tingling");
    expect(matched("left heel is gone to sleep and tingles")).toContain("+heel-numbness-tingling");
    expect(matched("my walk has gone funny since the race")).toContain("+limping");
    for (const text of ["my heel has gone to sleep", "my walk has gone funny since the race"])
      expect(triage(text)).toBe("URGENT");
    expect(matched("heel so sore i can no longer run")).not.toContain("-heel-pain-after-running");
  });

  it("is denied when a later 'none now', 'fine now', 'went down' or 'gone since' says so", () => {
    expect(matched("had numbness in the heel over the winter, none now")).toEqual([
      "-heel-numbness-tingling",
    ]);
    expect(matched("red and hot heel after the trail race, all good now")).toEqual([
      "-heel-redness-warmth-swelling",
    ]);
    expect(matched("my heel pain has gone since i changed shoes")).toEqual([
      "-heel-pain-after-running",
    ]);
    expect(matched("ankle swelling went down overnight")).toEqual(["-ankle-swelling"]);
    for (const text of ["had numbness in the heel over the winter, none now"])
      expect(triage(text)).not.toBe("URGENT");
  });

  it("with a far past time and 'fine now' later, reads nothing of that time, cause included", () => {
    expect(matched("tore my achilles two years ago, fine now").filter((k) => k[0] === "+")).toEqual(
      [],
    );
    expect(matched("rolled my ankle last summer, ok now")).toEqual([]);
    expect(triage("twisted my ankle years back, back to normal now")).not.toBe("SELF_CARE");
  });

  it("stays present when a feeling follows ('gone numb') or nothing says it is over", () => {
    expect(matched("my heel has gone numb")).toEqual(["+heel-numbness-tingling"]);
    expect(matched("my ankle was swollen last year and it still aches")).toContain(
      "+ankle-swelling",
    );
  });

  it("keeps what the runner did then as a cause", () => {
    expect(matched("i had a big jump in mileage last month, heel sore after runs")).toEqual(
      expect.arrayContaining(["+mileage-jump"]),
    );
  });
});

describe("a body part no article covers", () => {
  it("reads no symptom and no cause, so it is never self-care", () => {
    for (const text of [
      "sharp groin pain after my intervals",
      "my thigh aches after runs",
      "pain on the top of my feet, my shoes are too small",
      "my hamstring is swollen",
    ]) {
      expect(matched(text)).toEqual([]);
      expect(triage(text)).not.toBe("SELF_CARE");
    }
  });
});

describe("a name only asked about", () => {
  it("is read with less confidence than a name reported, unless it is the runner's own", () => {
    const confidence = (text: string) =>
      kb.reader.read(text).findings.find((f) => f.entity?.id === "plantar-fasciitis")?.confidence;
    const reported = confidence("plantar fasciitis flaring up") ?? 0;
    expect(confidence("could this be plantar fasciitis")).toBeLessThan(reported);
    expect(confidence("plantar fasciitis?")).toBeLessThan(reported);
    expect(confidence("what helps my plantar fasciitis?")).toBe(reported);
  });

  it("reads a name spelt one letter off as the name", () => {
    expect(matched("achiles tendonitis again")).toEqual(["+achilles-tendinitis"]);
  });
});

describe("a part said after its site", () => {
  it("names that part of the site said, or of the one carried from before", () => {
    expect(matched("my ankle is sore on the inside")).toEqual(["+ankle-pain-sides"]);
    expect(matched("heel hurts, mostly at the back, and it's swollen")).toContain(
      "+back-of-heel-pain-swelling",
    );
    expect(matched("knee aches on the inner side after hills")).toContain("+inner-knee-pain");
  });

  it("leaves a part that names its own site, a side, or a part no site has", () => {
    // The ankle's generic pain: the condition named after it (not a part of the ankle).
    expect(matched("my ankle hurts on the left side")).toEqual(["+runners-ankle"]);
    expect(matched("my lower back hurts")).toEqual([]);
    expect(matched("pain on the outside of my ankle")).toEqual(["+ankle-pain-sides"]);
  });
});

describe("a question asking to choose a product", () => {
  it("reports no cause when it names no site", () => {
    for (const text of [
      "which trainers are best for tarmac?",
      "recommend a shoe for hill sessions",
      "best insoles for flat feet?",
    ]) {
      expect(matched(text)).toEqual([]);
      expect(triage(text)).toBe("UNKNOWN");
    }
  });

  it("keeps what the runner reports beside it, and a cause said with a site", () => {
    expect(matched("I run on tarmac every day and my heel hurts, which shoes?")).toEqual(
      expect.arrayContaining(["+hard-surfaces", "+heel-pain-after-running"]),
    );
    expect(matched("running in shoes which are too small")).toEqual(["+tight-shoes"]);
    expect(matched("best insoles for my flat feet?")).toEqual(["+flat-feet"]);
  });
});

describe("a list of sites before what is felt", () => {
  it("shares the feeling across commas, so a warning sign at one of them is kept", () => {
    for (const text of ["heel, ankle numb", "heel, ankle and achilles all numb"]) {
      expect(matched(text)).toContain("+heel-numbness-tingling");
      expect(triage(text)).toBe("URGENT");
    }
  });

  it("is not a list when a comma ends something said of the first site", () => {
    expect(matched("knee is fine now, it's the heel that stabs underneath")).not.toContain(
      "-stabbing-pain-under-heel",
    );
    expect(matched("not my achilles, the heel is numb")).toContain("+heel-numbness-tingling");
  });
});

describe("a stiff Achilles", () => {
  it("is the articles' Achilles stiffness, said with or without when it is felt", () => {
    for (const text of [
      "no numbness but my achilles is stiff in the mornings",
      "achilles stiff at the start of my runs",
    ]) {
      expect(matched(text)).toContain("+achilles-stiffness-start-of-run");
      expect(triage(text)).not.toBe("UNKNOWN");
    }
  });
});

describe("a question answered no", () => {
  it("denies what the question named, and only that", () => {
    expect(matched("heel sore. numbness? no. swelling? a bit")).toContain(
      "-heel-numbness-tingling",
    );
    expect(triage("pins n needles in my heel? nope")).not.toBe("URGENT");
    expect(matched("heel swollen? yes")).toContain("+heel-redness-warmth-swelling");
    expect(matched("is my heel numb? no idea")).not.toContain("-heel-numbness-tingling");
  });
});

describe("the runner having it too", () => {
  const whose = (text: string) => {
    const r = kb.reader.read(text);
    return [r.about, ...r.findings.flatMap((f) => (f.entity ? [`${f.entity.id}:${f.whose}`] : []))];
  };

  it("makes what another person has the runner's: 'so does mine', 'mine too', 'X and I'", () => {
    expect(whose("my wife's heel hurts and so does mine")).toEqual([
      "RUNNER",
      "heel-pain-after-running:RUNNER",
    ]);
    for (const text of ["my buddy's heel went numb, mine too", "my buddy's heel went numb. me too"])
      expect(whose(text)).toEqual(["RUNNER", "heel-numbness-tingling:RUNNER"]);
    for (const text of [
      "my wife and I both have numb heels",
      "me and my buddy both have numb heels",
    ]) {
      expect(whose(text)).toEqual(["RUNNER", "heel-numbness-tingling:RUNNER"]);
      expect(triage(text)).toBe("URGENT");
    }
  });

  it("leaves another person's sign theirs when the runner says nothing of sharing it", () => {
    expect(whose("my wife's heel hurts")).toEqual([
      "SOMEONE_ELSE",
      "heel-pain-after-running:SOMEONE_ELSE",
    ]);
    expect(whose("my wife and the kids went running, her heel went numb")).toEqual([
      "SOMEONE_ELSE",
      "heel-numbness-tingling:SOMEONE_ELSE",
    ]);
    expect(whose("my friend's heel is numb, my heel hurts")).toEqual([
      "RUNNER",
      "heel-numbness-tingling:SOMEONE_ELSE",
      "heel-pain-after-running:RUNNER",
    ]);
  });
});
