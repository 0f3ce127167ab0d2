import { beforeAll, describe, expect, it } from "vitest";
import { realKb } from "../helpers/knowledge.js";
import { dataOf, inProcess } from "../helpers/servers.js";

let run: Awaited<ReturnType<typeof inProcess>>["run"];
beforeAll(async () => {
  ({ run } = await inProcess(await realKb()));
});

describe("entity fields beyond the contract", () => {
  it("gives a condition's root causes with cited paths, like trace", async () => {
    const body = await run(`{ entity(id: "inner-knee-strain") { ... on Condition {
      rootCauses(limit: 3) { cause { id } paths { steps { relation direction to { id } sources { id section } } } } } } }`);
    const roots = dataOf<{
      rootCauses: {
        cause: { id: string };
        paths: { steps: { to: { id: string }; sources: unknown[] }[] }[];
      }[];
    }>(body, "entity").rootCauses;
    expect(roots[0]?.cause.id).toBe("tight-hip-flexors");
    const steps = roots[0]?.paths[0]?.steps ?? [];
    expect(steps.at(-1)?.to.id).toBe("tight-hip-flexors");
    expect(steps.every((s) => s.sources.length > 0)).toBe(true);
  });

  it("rejects a root-cause limit out of range", async () => {
    const body = await run(
      `{ entity(id: "plantar-fasciitis") { ... on Condition { rootCauses(limit: 0) { score } } } }`,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists an entity's relations with explanation, sources and the common flag", async () => {
    const body =
      await run(`{ entity(id: "plantar-fasciitis") { relations(relation: [PRESENTS_WITH], direction: OUTGOING) {
      relation direction common explanation entity { id } sources { title section } } } }`);
    const rels = dataOf<{
      relations: { common: boolean; entity: { id: string }; explanation: string }[];
    }>(body, "entity").relations;
    expect(rels.length).toBeGreaterThan(3);
    expect(rels.find((r) => r.entity.id === "heel-pain-after-running")?.common).toBe(true);
    expect(rels.every((r) => r.explanation.length > 10)).toBe(true);
  });

  it("walks a part up the kinetic chain through its whole", async () => {
    const body = await run(
      `{ kineticChain(from: "talus") { id } entity(id: "psoas") { ... on BodyStructure { attachesTo { id } partOf { id } } } }`,
    );
    const chain = dataOf<{ id: string }[]>(body, "kineticChain").map((s) => s.id);
    expect(chain[0]).toBe("talus");
    expect(chain.at(-1)).toBe("hip-flexors");
    expect(body.data?.entity).toEqual({
      attachesTo: [{ id: "diaphragm" }, { id: "lower-spine" }, { id: "thigh-bone" }],
      partOf: [{ id: "hip-flexors" }],
    });
  });

  it("gives the attachments as typed fields both ways: calf → Achilles → heel bone, inner calf → arch", async () => {
    const body = await run(`{
      achilles: entity(id: "achilles-tendon") { ... on BodyStructure { attachesTo { id } attachments { id } } }
      heel: entity(id: "heel-bone") { ... on BodyStructure { attachments { id } } }
      arch: entity(id: "arch") { ... on BodyStructure { attachments { id } } }
      tibialis: entity(id: "posterior-tibialis") { ... on BodyStructure { attachesTo { id } } }
    }`);
    expect(body.data).toEqual({
      achilles: { attachesTo: [{ id: "heel-bone" }], attachments: [{ id: "calf-muscles" }] },
      heel: { attachments: [{ id: "achilles-tendon" }] },
      arch: { attachments: [{ id: "posterior-tibialis" }] },
      tibialis: { attachesTo: [{ id: "arch" }] },
    });
  });

  it("says which article's warning-sign list names a symptom, and what it means", async () => {
    const list = `warningSignList { site urgent source { id section } advice { id } }`;
    const body = await run(`{
      heel: entity(id: "heel-numbness-tingling") { ... on Symptom { redFlag ${list} } }
      ankle: entity(id: "ankle-swelling") { ... on Symptom { redFlag ${list} } }
      none: entity(id: "stabbing-pain-under-heel") { ... on Symptom { ${list} } }
    }`);
    expect(body.data).toEqual({
      heel: {
        redFlag: true,
        warningSignList: {
          site: "heel",
          urgent: true,
          source: { id: "heel-pain", section: "When do I See a Doctor to Treat Heel Pain?" },
          advice: { id: "see-a-doctor-right-away" },
        },
      },
      ankle: {
        redFlag: false,
        warningSignList: {
          site: "ankle",
          urgent: false,
          source: {
            id: "ankle-pain",
            section: "Ankle Pain During or After Running: Warning Signs",
          },
          advice: { id: "ankle-warning-signs" },
        },
      },
      none: { warningSignList: null },
    });
  });
});
