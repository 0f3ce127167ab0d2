import { describe, expect, it } from "vitest";
import {
  COVERED_SITES,
  firstSite,
  IF_SEVERE,
  leftOutHint,
  type NamedSite,
  SEARCH_EXAMPLES,
  SITE_EXAMPLES,
  severeSentence,
  siteExample,
} from "../../src/web/examples.js";
import { realKb } from "../helpers/knowledge.js";

/** The site the explorer names for complaints left out, read by the real reader as the SitesNamed query does. */
async function siteOf(...complaints: string[]): Promise<NamedSite | null> {
  const kb = await realKb();
  return firstSite(
    complaints.map((c) => ({
      findings: kb.understand(c).findings.map((f) => ({
        site: f.site && { siteId: f.site.id, name: f.site.name, within: f.site.within },
      })),
    })),
  );
}

// What the explorer offers a runner who is stuck must itself work: an example that is not
// understood would send them in a circle.
describe("the explorer's examples", () => {
  it("offers only complaints the reader understands whole", async () => {
    const kb = await realKb();
    for (const complaint of Object.values(SITE_EXAMPLES)) {
      const t = kb.tracer.trace([complaint]);
      expect(t.triage.level, complaint).not.toBe("UNKNOWN");
      expect(t.unmatched, complaint).toEqual([]);
      expect(t.conditions.length, complaint).toBeGreaterThan(0);
    }
  });

  it("keys each site's example by a covered site of the vocabulary that the reader places it at", async () => {
    const kb = await realKb();
    const sites = new Map(kb.data.vocabulary.sites.map((s) => [s.id, s]));
    for (const [id, example] of Object.entries(SITE_EXAMPLES)) {
      const site = sites.get(id);
      expect(site?.covered, id).toBe(true);
      // Placed at the site (or a part of it), or, read as a cause with no place ("my calves
      // are tight"), naming it in the vocabulary's own words.
      const read = kb.understand(example).findings.map((f) => f.site);
      const words = new RegExp(`\\b(?:${site?.words.join("|")})\\b`, "i");
      expect(
        read.some((s) => s?.id === id || s?.within === id) || words.test(example),
        `${id}: ${example}`,
      ).toBe(true);
    }
    // A covered site with no example (its own or its larger site's) is one no plain
    // complaint is read at: when the reader learns one, give it an example.
    for (const site of kb.data.vocabulary.sites.filter((s) => s.covered)) {
      const named = { siteId: site.id, name: site.name, within: site.within };
      if (siteExample(named) !== undefined) continue;
      const plain = `my ${site.words[0]} hurts`;
      expect(kb.tracer.trace([plain]).unmatched, plain).toEqual([plain]);
    }
  });

  it("offers, when nothing was understood, covered sites that each have an example", async () => {
    const kb = await realKb();
    const sites = new Map(kb.data.vocabulary.sites.map((s) => [s.id, s]));
    expect(new Set(COVERED_SITES.map((s) => s.siteId)).size).toBe(COVERED_SITES.length);
    for (const { siteId } of COVERED_SITES) {
      expect(sites.get(siteId)?.covered, siteId).toBe(true);
      expect(SITE_EXAMPLES[siteId], siteId).toBeDefined();
    }
  });

  it("offers only searches that find something", async () => {
    const kb = await realKb();
    for (const query of SEARCH_EXAMPLES) {
      expect(kb.searchIndex.search(query).length, query).toBeGreaterThan(0);
    }
  });

  it("names the part the service's reader heard, with an example, else says the articles cannot help", async () => {
    expect(leftOutHint(0, null)).toBe("");
    // The heel, which the runner can say more about, over the shin, where nothing is read.
    expect(leftOutHint(1, await siteOf("both shins and my heel"))).toMatch(
      /^It names a part the articles cover \(Heel\): .*“my heel hurts”/,
    );
    expect(leftOutHint(1, await siteOf("ankle feels wobbly since a trail run"))).toMatch(
      /\(Ankle\).*“my ankle hurts when I run”/,
    );
    expect(leftOutHint(2, await siteOf("asdf", "my heels"))).toMatch(/^One of them names .*heel/);
    expect(leftOutHint(1, await siteOf("my shin hurts"))).toMatch(
      /^It names a part \(Shin\), but nothing said about it matched/,
    );
    expect(leftOutHint(1, await siteOf("my elbow"))).toMatch(/^It names no part the articles/);
    // Vague words name no part: if it is their leg, where.
    expect(leftOutHint(1, await siteOf("sore"))).toMatch(/if it is your leg, say where it hurts/);
    expect(leftOutHint(2, await siteOf("asdf", "my elbow"))).toMatch(/^They name no part/);
    expect(leftOutHint(2, await siteOf("a wheel", "feeling off"))).toMatch(/no part/);
    // Another's body is not the runner's: never "say how it feels" of a dog's heel.
    expect(leftOutHint(1, await siteOf("my dog's heel hurts"))).toMatch(/or not about you/);
    // Nothing else understood: a part without an example is said once to be outside the
    // articles, with what they are about and where to start, not "nothing matched" again.
    const alone = leftOutHint(1, await siteOf("my shins hurt"), true);
    expect(alone).toMatch(
      /^It names a part \(Shin\) outside what these articles are about: the heel/,
    );
    expect(alone).not.toMatch(/matched/);
    expect(leftOutHint(1, await siteOf("headache"), true)).toMatch(
      /^It names no part the articles cover \(the heel, .*\): if it is your leg/,
    );
    // The service could not be asked: both ways, no part claimed or denied.
    expect(leftOutHint(1, undefined)).toMatch(/^If it is about a part the articles cover/);
  });

  it("tells a runner whose complaint was left out beside an understood one to see a doctor if it is severe", async () => {
    const kb = await realKb();
    const left = "my toes are numb and blue";
    const t = kb.tracer.trace(["my heel hurts", left]);
    expect(t.unmatched).toEqual([left]);
    // The same line as the advice given when nothing at all is understood.
    const alone = kb.tracer.trace([left]);
    expect(alone.triage.level).toBe("UNKNOWN");
    expect(alone.triage.advice).toContain(IF_SEVERE);
    expect(leftOutHint(1, await siteOf(left))).toMatch(
      // Search reads the articles' advice on what names no part ("what shoes should I buy").
      /cannot help\. .*\bSearch\. Whatever it is, see a doctor if it is severe\.$/,
    );
    const shin = await siteOf("my shin");
    const heel = await siteOf("my heel");
    for (const site of [heel, shin, null, undefined]) {
      expect(leftOutHint(1, site), String(site?.siteId)).toMatch(/see a doctor if it is severe\.$/);
      // Nothing else understood: the banner's advice says it, not the hint again.
      expect(leftOutHint(1, site, true)).not.toMatch(/doctor/);
      // The triage sends them to a doctor already: no softer word beside the banner.
      expect(leftOutHint(1, site, false, true)).not.toMatch(/doctor/);
    }
  });

  it("offers no example that would drop words read but placed nowhere, and says the disclaimer's severe line", async () => {
    const kb = await realKb();
    const snap = "felt a snap in my achilles during a sprint and now I can't push off";
    const t = kb.tracer.trace([snap]);
    expect(t.unplaced.map((u) => u.whose)).toContain("RUNNER");
    const site = await siteOf(snap);
    expect(site?.siteId).toBe("achilles");
    // Without the words read, the hint gives its example; with them, none.
    expect(leftOutHint(1, site, true)).toMatch(/as in “my Achilles is sore after runs”/);
    const hint = leftOutHint(1, site, true, false, true);
    expect(hint).toMatch(/^It names a part the articles cover \(Achilles tendon\), but nothing/);
    expect(hint).not.toMatch(/“|as in/);
    // The banner's severe line is the disclaimer's own sentence, not the explorer's words.
    const sentence = severeSentence(t.disclaimer);
    expect(sentence).toBe(
      "See a doctor or physical therapist about any pain that is severe, sudden or not easing.",
    );
    expect(t.disclaimer).toContain(sentence);
    expect(severeSentence("Not medical advice.")).toBeNull();
  });
});
