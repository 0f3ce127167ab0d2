import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TREATMENT_PHASES } from "../../src/graph/index.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/index.js";
import { graphWith } from "../helpers/graphWith.js";
import { fixtureKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await fixtureKb();
});

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe("KnowledgeBase: entities", () => {
  it("finds an entity by id, and null for an unknown one", () => {
    expect(kb.entity("heel-ache")).toMatchObject({ id: "heel-ache", kind: "CONDITION" });
    expect(kb.entity("no-such-entity")).toBeNull();
    expect(kb.bodyStructure("heel")?.kind).toBe("BODY_STRUCTURE");
    expect(kb.bodyStructure("heel-ache")).toBeNull();
  });

  it("lists the entities of a kind, and of all kinds, in id order", () => {
    const all = kb.entities(null);
    expect(all.length).toBe(kb.stats.nodeCount);
    expect(ids(all)).toEqual(ids(all).sort());
    const treatments = kb.entities("TREATMENT");
    expect(treatments.every((e) => e.kind === "TREATMENT")).toBe(true);
    expect(ids(treatments)).toEqual(ids(all.filter((e) => e.kind === "TREATMENT")));
  });

  it("pages forward with first/after over every entity once, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (size) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = kb.entityRange(null, { first: size, afterId: after }, 20);
          expect(page.totalCount).toBe(kb.stats.nodeCount);
          expect(page.entities.length).toBeLessThanOrEqual(size);
          seen.push(...ids(page.entities));
          if (!page.hasNextPage) break;
          after = page.entities.at(-1)?.id ?? null;
        }
        expect(seen).toEqual(ids(kb.entities(null)));
      }),
    );
  });

  it("pages backward with last/before, and takes the default size when none is given", () => {
    const all = ids(kb.entities(null));
    const back = kb.entityRange(null, { last: 3, beforeId: all[10] ?? null }, 20);
    expect(ids(back.entities)).toEqual(all.slice(7, 10));
    expect(back).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(kb.entityRange(null, {}, 5).entities.length).toBe(5);
  });
});

describe("KnowledgeBase: relationships", () => {
  it("lists a node's edges sorted by relation, direction, then id, each a real edge", () => {
    const edges = kb.relationships("heel-ache", null, null);
    const keys = edges.map((r) => [r.edge.relation, r.direction, r.other.id].join(" "));
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    for (const r of edges) {
      const [from, to] =
        r.direction === "OUTGOING" ? ["heel-ache", r.other.id] : [r.other.id, "heel-ache"];
      expect(r.edge).toMatchObject({ from, to });
    }
    expect(edges.map((r) => r.edge.relation)).toEqual(
      expect.arrayContaining(["AFFECTS", "PRESENTS_WITH", "CAUSES", "LEADS_TO", "TREATS"]),
    );
  });

  it("filters by relation and direction", () => {
    const incoming = kb.relationships("heel-ache", ["CAUSES"], "INCOMING");
    expect(incoming.map((r) => r.other.id)).toEqual(["leg-turns-in", "mileage-jump"]);
    expect(kb.relationships("heel-ache", ["CAUSES"], "OUTGOING")).toEqual([]);
    expect(kb.relationships("no-such-entity", null, null)).toEqual([]);
  });

  it("gives the entities at the other end, narrowed to a kind when asked", () => {
    expect(ids(kb.related("heel-ache", ["PRESENTS_WITH"], "OUTGOING"))).toEqual([
      "heel-pain-running",
      "pain-not-easing",
      "stabbing-heel",
    ]);
    expect(ids(kb.related("heel", ["AFFECTS", "FELT_IN"], "INCOMING", "CONDITION"))).toEqual([
      "heel-ache",
      "heel-crack",
    ]);
  });

  it("walks the kinetic chain upward, and gives null for what is not a body structure", () => {
    expect(ids(kb.kineticChain("heel") ?? [])).toEqual(["heel", "tibia", "knee", "hip"]);
    expect(kb.kineticChain("heel-ache")).toBeNull();
  });
});

describe("KnowledgeBase: treatmentsOf", () => {
  let withMore: KnowledgeBase;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const edge = (from: string, relation: string) =>
      `  - { from: ${from}, relation: ${relation}, to: heel-ache, explanation: Fixture edge., sources: [{ doc: doc, section: Heel }] }`;
    const made = await graphWith({
      "more-edges.yaml": [
        "edges:",
        edge("imaging", "TREATS"),
        edge("ten-percent", "PREVENTS"),
        edge("hip-release", "TREATS"),
      ].join("\n"),
    });
    cleanup = made.cleanup;
    withMore = await loadKnowledgeBase(made.dir);
  });
  afterAll(() => cleanup());

  it("lists what treats or prevents an entity by plan phase, then id", () => {
    const list = withMore.treatmentsOf("heel-ache");
    expect(ids(list)).toEqual(["ice", "hip-release", "ten-percent", "imaging"]);
    const phases = list.map((t) => TREATMENT_PHASES.indexOf(t.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });

  it("orders as a trace's plan does for the same target", () => {
    const plan = withMore
      .trace(["heel-ache"], { limit: 1 })
      .treatments.filter((item) => item.addresses.some((e) => e.id === "heel-ache"))
      .map((item) => item.treatment.id);
    const ours = ids(withMore.treatmentsOf("heel-ache"));
    expect(plan.filter((id) => ours.includes(id))).toEqual(ours);
  });

  it("is empty for an unknown id or an entity nothing treats", () => {
    expect(kb.treatmentsOf("no-such-entity")).toEqual([]);
    expect(kb.treatmentsOf("heel")).toEqual([]);
  });
});

describe("KnowledgeBase: search, facets, stats", () => {
  it("counts hits by kind, most first, agreeing with search", () => {
    const facets = kb.facets("heel");
    const counts = facets.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const hits = kb.search("heel", { limit: 50 });
    for (const { kind, count } of facets) {
      expect(hits.filter((h) => h.entity.kind === kind).length).toBe(count);
    }
  });

  it("states its counts with the data version", () => {
    expect(kb.stats.version).toBe(kb.version);
    expect(kb.stats.edgeCount).toBe(kb.data.edges.length);
  });
});
