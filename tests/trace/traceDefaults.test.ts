import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { TRACE_DEFAULTS } from "../../src/trace/index.js";
import { realKb } from "../helpers/knowledge.js";
import { sdlArgument } from "../helpers/sdl.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("TRACE_DEFAULTS", () => {
  it("are what a trace uses when its options say nothing", () => {
    const symptoms = [...kb.data.entities.values()].filter((e) => e.kind === "SYMPTOM");
    for (const { id } of symptoms) {
      const explicit = kb.tracer.trace([id], {
        limit: TRACE_DEFAULTS.limit,
        maxDepth: TRACE_DEFAULTS.maxDepth,
      });
      expect(kb.tracer.trace([id])).toEqual(explicit);
    }
    const condition = [...kb.data.entities.values()].find((e) => e.kind === "CONDITION");
    if (condition === undefined) throw new Error("the graph-data has no condition");
    expect(kb.tracer.rootCausesOf(condition)).toEqual(
      kb.tracer.rootCausesOf(condition, {
        limit: TRACE_DEFAULTS.limit,
        maxDepth: TRACE_DEFAULTS.maxDepth,
      }),
    );
  });

  it("are the GraphQL arguments' defaults, quoted in their descriptions", () => {
    const quoted: [string, string, string, number][] = [
      ["Query", "trace", "limit", TRACE_DEFAULTS.limit],
      ["Query", "trace", "maxDepth", TRACE_DEFAULTS.maxDepth],
      ["Condition", "rootCauses", "maxDepth", TRACE_DEFAULTS.maxDepth],
    ];
    for (const [type, field, arg, value] of quoted) {
      const argument = sdlArgument(type, field, arg);
      expect({ [`${type}.${field}(${arg})`]: argument?.defaultValue }).toEqual({
        [`${type}.${field}(${arg})`]: String(value),
      });
      expect(argument?.description).toContain(`(default ${value})`);
    }
  });
});
