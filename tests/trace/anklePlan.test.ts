import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** The ids of the plan's treatments for `says`. */
const plan = (says: string) => kb.tracer.trace([says]).treatments.map((t) => t.treatment.id);

/** The ids of what the plan says `treatment` addresses for `says`. */
const addresses = (says: string, treatment: string) =>
  kb.tracer
    .trace([says])
    .treatments.find((t) => t.treatment.id === treatment)
    ?.addresses.map((a) => a.id);

// The ankle article ties its steps to problems: rest for any ankle pain ("The first thing
// to do"), ice "especially when swelling or inflammation is involved" and for a sprain,
// compression "If your ankle seems swollen or especially irritated", elevation and the RICE
// combination when "you can no longer walk properly", a brace when the pain "is altering
// your walking form", pain relievers for pain that makes runners limp, keeps them from walking
// and moving properly, or turns throbbing or hot. An ankle that cannot take weight cannot be
// walked on properly, so it gets the walking steps; tenderness has no step of its own.
describe("the ankle plan gives a step for the finding the ankle article ties it to", () => {
  it("gives a plain sore ankle rest and ice, but no brace, elevation, compression or pain relievers", () => {
    const steps = plan("my ankle is sore after running");
    expect(steps).toEqual(expect.arrayContaining(["rest", "ice"]));
    for (const step of ["ankle-brace", "elevation", "rice", "compression", "pain-relievers"])
      expect(steps, step).not.toContain(step);
  });

  it("adds compression for a swollen ankle, for the swelling, and still no brace or elevation", () => {
    const says = "my ankle is swollen after my run";
    expect(addresses(says, "compression")).toEqual(["ankle-swelling"]);
    expect(addresses(says, "ice")).toContain("ankle-swelling");
    for (const step of ["ankle-brace", "elevation", "rice"])
      expect(plan(says), step).not.toContain(step);
  });

  it("gives a rolled ankle the sprain's rest and ice first, and no brace or elevation", () => {
    const says = "I rolled my ankle on a run";
    expect(plan(says).slice(0, 2)).toEqual(["ice", "rest"]);
    expect(addresses(says, "ice")).toContain("ankle-sprain");
    for (const step of ["ankle-brace", "elevation", "rice", "compression"])
      expect(plan(says), step).not.toContain(step);
  });

  it("adds elevation, RICE, a brace and pain relievers when the ankle is too sore to walk on", () => {
    const says = "I'm limping because of my ankle";
    for (const step of ["ankle-brace", "elevation", "rice", "pain-relievers"])
      expect(addresses(says, step), step).toEqual(["ankle-too-painful-to-walk"]);
  });

  it("adds elevation, RICE, a brace and pain relievers when the ankle cannot take weight", () => {
    for (const says of [
      "my ankle hurts and I can't put weight on it",
      "I can't bear weight on my ankle",
    ])
      for (const step of ["ankle-brace", "elevation", "rice", "pain-relievers"])
        expect(addresses(says, step), `${says}: ${step}`).toEqual(["ankle-weight-bearing"]);
  });

  it("gives an ankle that hurts too much to walk the walking steps for that finding", () => {
    const says = "my ankle hurts too much to walk";
    for (const step of ["ankle-brace", "elevation", "rice", "pain-relievers"])
      expect(addresses(says, step), step).toEqual(["ankle-too-painful-to-walk"]);
  });

  it("adds pain relievers for a hot ankle, and no brace, elevation or compression", () => {
    const says = "my ankle is hot to the touch";
    expect(addresses(says, "pain-relievers")).toEqual(["ankle-hot-to-touch"]);
    for (const step of ["ankle-brace", "elevation", "rice", "compression"])
      expect(plan(says), step).not.toContain(step);
  });

  it("adds pain relievers for throbbing at night, for the throbbing, and no brace or elevation", () => {
    const says = "my ankle is throbbing at night and I can't sleep";
    expect(addresses(says, "pain-relievers")).toEqual(["throbbing-pain-at-night"]);
    for (const step of ["ankle-brace", "elevation", "rice", "compression"])
      expect(plan(says), step).not.toContain(step);
  });

  it("ties pain relievers to both a hot ankle and its throbbing at night", () => {
    expect(addresses("my ankle is hot and throbbing at night", "pain-relievers")).toEqual([
      "ankle-hot-to-touch",
      "throbbing-pain-at-night",
    ]);
  });

  it("gives a tender ankle rest and ice, and none of the steps tied to other signs", () => {
    const steps = plan("my ankle is tender");
    expect(steps).toEqual(expect.arrayContaining(["rest", "ice"]));
    for (const step of ["ankle-brace", "elevation", "rice", "compression", "pain-relievers"])
      expect(steps, step).not.toContain(step);
  });

  it("gives sudden ankle pain with swelling ice and compression for it, and no brace", () => {
    const says = "my ankle suddenly hurts and swells";
    for (const step of ["ice", "compression"])
      expect(addresses(says, step), step).toContain("sudden-ankle-pain-swelling");
    for (const step of ["ankle-brace", "elevation", "rice", "pain-relievers"])
      expect(plan(says), step).not.toContain(step);
  });

  it("gives each of two reported signs its own steps: swelling and no weight-bearing", () => {
    const says = "my ankle is swollen and I can't put weight on it";
    expect(addresses(says, "compression")).toEqual(["ankle-swelling"]);
    for (const step of ["ankle-brace", "elevation", "rice", "pain-relievers"])
      expect(addresses(says, step), step).toEqual(["ankle-weight-bearing"]);
  });

  it("adds compression for an irritated ankle", () => {
    expect(addresses("my ankle feels irritated after runs", "compression")).toEqual([
      "general-ankle-discomfort",
    ]);
  });

  it("plans nothing for a symptom the runner denies", () => {
    expect(plan("my ankle hurts, no swelling")).not.toContain("compression");
  });
});
