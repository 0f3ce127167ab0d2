import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/graphql/limits.js";
import { realKb } from "../helpers/knowledge.js";
import { type GraphQLBody, inProcess } from "../helpers/servers.js";

let run: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLBody>;
beforeAll(async () => {
  ({ run } = await inProcess(await realKb()));
});

const UNDERSTAND = `query($text: String!) {
  understand(text: $text) {
    understood
    findings { text start end present side site { id name within structure { id } } feelings timings quantity { measure value } entity { id kind } confidence }
  }
}`;

const TRACE = `query($s: [String!]!) {
  trace(symptoms: $s) {
    matched { input method confidence words { text start end } entity { id } whose }
    absent { id }
    unmatched
    triage { level reasons { id } }
  }
}`;

interface FindingView {
  text: string;
  start: number;
  end: number;
  present: boolean;
  side: string | null;
  site: { id: string; structure: { id: string } | null } | null;
  quantity: { measure: string; value: number } | null;
  entity: { id: string } | null;
  confidence: number | null;
}

async function understand(text: string) {
  const body = await run(UNDERSTAND, { text });
  expect(body.errors).toBeUndefined();
  return (body.data?.understand ?? {}) as { understood: boolean; findings: FindingView[] };
}

describe("understand(text)", () => {
  it("returns findings with offsets, side, site, presence, entity and confidence", async () => {
    const text = "my left heel is puffy and warm to the touch, no numbness";
    const u = await understand(text);
    expect(u.understood).toBe(true);
    const byEntity = Object.fromEntries(u.findings.map((f) => [f.entity?.id, f]));
    expect(byEntity["heel-redness-warmth-swelling"]).toMatchObject({ present: true, side: "LEFT" });
    expect(byEntity["heel-redness-warmth-swelling"]?.site?.structure?.id).toBe("heel-bone");
    expect(byEntity["heel-numbness-tingling"]).toMatchObject({ present: false });
    for (const f of u.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("reads numbers: a mileage jump past the 10% rule (within it, denied), and shoes past their miles", async () => {
    const jump = await understand("I jumped from 20 to 35 miles a week");
    expect(jump.findings[0]).toMatchObject({
      entity: { id: "mileage-jump" },
      quantity: { measure: "mileage-rise", value: 75 },
    });
    const small = await understand("I increased my mileage by only 5%");
    expect(small.findings.map((f) => [f.entity?.id, f.present])).toEqual([["mileage-jump", false]]);
    const shoes = await understand("my shoes have over 600 miles on them");
    expect(shoes.findings[0]?.entity?.id).toBe("worn-shoes");
  });

  it("matches nothing it does not cover, and says so", async () => {
    for (const text of ["my elbow hurts", "headache since friday", "my car won't start"]) {
      const u = await understand(text);
      expect(u.understood, text).toBe(false);
      expect(
        u.findings.filter((f) => f.entity !== null),
        text,
      ).toEqual([]);
    }
  });

  it("says whose body each finding is about, and whose body the reading answers about", async () => {
    const query = `query($text: String!) {
      understand(text: $text) { about findings { whose present entity { id } } }
    }`;
    const read = async (text: string) => {
      const body = await run(query, { text });
      expect(body.errors).toBeUndefined();
      return body.data?.understand as {
        about: string;
        findings: { whose: string; entity: { id: string } | null }[];
      };
    };
    const beside = await read("my arch aches in the mornings and my uncle's heel has gone numb");
    expect(beside.about).toBe("RUNNER");
    expect(beside.findings.map((f) => [f.entity?.id, f.whose])).toContainEqual([
      "heel-numbness-tingling",
      "SOMEONE_ELSE",
    ]);
    expect(beside.findings.some((f) => f.whose === "RUNNER" && f.entity !== null)).toBe(true);
    const only = await read("my cousin's ankle swelled up after her half marathon");
    expect(only.about).toBe("SOMEONE_ELSE");
    expect(only.findings.every((f) => f.whose === "SOMEONE_ELSE")).toBe(true);
  });

  it("says which symptom a condition read from generic pain counts as, in a reading and a trace", async () => {
    const query = `query($text: String!) {
      understand(text: $text) { findings { entity { id } countsAs { id kind } } }
      trace(symptoms: [$text]) { matched { entity { id } countsAs { id } } }
    }`;
    const answer = async (text: string) => {
      const body = await run(query, { text });
      expect(body.errors).toBeUndefined();
      return body.data as {
        understand: {
          findings: { entity: { id: string } | null; countsAs: { id: string } | null }[];
        };
        trace: { matched: { entity: { id: string }; countsAs: { id: string } | null }[] };
      };
    };
    const generic = await answer("my ankle aches after runs");
    expect(generic.understand.findings).toEqual([
      { entity: { id: "runners-ankle" }, countsAs: { id: "ankle-pain-sides", kind: "SYMPTOM" } },
    ]);
    expect(generic.trace.matched).toEqual([
      { entity: { id: "runners-ankle" }, countsAs: { id: "ankle-pain-sides" } },
    ]);
    const named = await answer("I have runner's ankle");
    expect(named.understand.findings.map((f) => f.countsAs)).toEqual([null]);
    expect(named.trace.matched.map((m) => m.countsAs)).toEqual([null]);
  });

  it("rejects empty and over-long text with BAD_USER_INPUT", async () => {
    for (const text of ["", "  ", "x".repeat(LIMITS.understandLength + 1)]) {
      const body = await run(UNDERSTAND, { text });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("trace reads text the same way", () => {
  it("says which words matched what, lists what was denied, and never raises triage for a denial", async () => {
    const body = await run(TRACE, { s: ["stabbing pain under my heel, no numbness or tingling"] });
    const trace = body.data?.trace as {
      matched: { words: { text: string; start: number } | null; entity: { id: string } }[];
      absent: { id: string }[];
      triage: { level: string };
    };
    expect(trace.matched.map((m) => [m.entity.id, m.words?.text])).toEqual([
      ["stabbing-pain-under-heel", "stabbing pain under my heel"],
    ]);
    expect(trace.absent.map((a) => a.id)).toEqual(["heel-numbness-tingling"]);
    expect(trace.triage.level).not.toBe("URGENT");
  });

  it("is URGENT for a right-away sign in lay words, UNKNOWN when nothing was understood", async () => {
    const level = async (text: string) => {
      const body = await run(TRACE, { s: [text] });
      return (body.data?.trace as { triage: { level: string } } | undefined)?.triage.level;
    };
    expect(await level("my heel went numb")).toBe("URGENT");
    expect(await level("my car won't start")).toBe("UNKNOWN");
  });

  it("is UNKNOWN for a condition only asked about, still read and ranked; a complaint beside keeps its level", async () => {
    const TRIAGED = `query($s: [String!]!) {
      trace(symptoms: $s) { triage { level } conditions { condition { id } } }
    }`;
    const asked = [
      ["is it plantar fasciitis?", "plantar-fasciitis"],
      ["how do I prevent achilles tendinitis", "achilles-tendinitis"],
      ["what causes runner's ankle", "runners-ankle"],
      ["my heel doesn't hurt, is it plantar fasciitis?", "plantar-fasciitis"],
    ] as const;
    for (const [text, id] of asked) {
      const body = await run(TRIAGED, { s: [text] });
      const trace = body.data?.trace as
        | { triage: { level: string }; conditions: { condition: { id: string } }[] }
        | undefined;
      expect(trace?.triage.level, text).toBe("UNKNOWN");
      expect(
        trace?.conditions.map((c) => c.condition.id),
        text,
      ).toContain(id);
      const u = await understand(text);
      expect(u.understood, text).toBe(true);
      expect(
        u.findings.map((f) => f.entity?.id),
        text,
      ).toContain(id);
    }
    const both = await run(TRIAGED, {
      s: ["my heel hurts in the morning, is it plantar fasciitis?"],
    });
    expect((both.data?.trace as { triage: { level: string } } | undefined)?.triage.level).toBe(
      "SELF_CARE",
    );
  });
});
