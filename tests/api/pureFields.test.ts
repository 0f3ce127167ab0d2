import { describe, expect, it } from "vitest";
import { PURE_FIELDS } from "../../src/graphql/compiled/writerParts.js";
import type { Context } from "../../src/graphql/context.js";
import { resolvers } from "../../src/graphql/resolvers.js";
import type { EntityKind } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";

/** The entity kind of each entity type PURE_FIELDS names. */
const KINDS: Record<string, EntityKind> = {
  BodyStructure: "BODY_STRUCTURE",
  Condition: "CONDITION",
  Symptom: "SYMPTOM",
  Cause: "CAUSE",
  Treatment: "TREATMENT",
};

/** `target` seen through a proxy that throws on reading any property but `allowed`. */
function onlyReading<T extends object>(target: T, allowed: readonly string[], what: string): T {
  return new Proxy(target, {
    get(t, property, receiver) {
      if (typeof property === "string" && !allowed.includes(property))
        throw new Error(`${what} read ${property}`);
      return Reflect.get(t, property, receiver);
    },
  });
}

type Resolve = (parent: unknown, args: unknown, context: Context) => unknown;

// The answer writer splices a pure field's text, kept per data version, into later answers
// (PieceCache): a resolver listed as pure that came to read the request's budget, client or
// id, or a property of its parent not listed, would splice stale text. This holds the list
// to the resolvers.
describe("PURE_FIELDS", () => {
  it("lists resolvers that read only the listed parent properties and the knowledge base", async () => {
    const kb = await realKb();
    const step = kb
      .trace(["stabbing pain under my heel"], { limit: 5 })
      .rootCauses.flatMap((r) => r.paths.flatMap((p) => p.steps))[0];
    const source = kb.entities("CONDITION")[0]?.sources[0];
    expect(step).toBeDefined();
    expect(source).toBeDefined();
    for (const [field, reads] of PURE_FIELDS) {
      const [type = "", name = ""] = field.split(".");
      const kind = KINDS[type];
      const parent =
        type === "PathStep" ? step : type === "Source" ? source : kind && kb.entities(kind)[0];
      expect(parent, field).toBeDefined();
      const table = (resolvers as Record<string, Record<string, unknown>>)[type];
      const resolve = table?.[name] as Resolve | undefined;
      expect(typeof resolve, field).toBe("function");
      const context = onlyReading({ kb } as Context, ["kb"], `${field}'s context`);
      const seen = onlyReading(parent as object, reads, `${field}'s parent`);
      expect(() => resolve?.(seen, {}, context), field).not.toThrow();
    }
  });
});
