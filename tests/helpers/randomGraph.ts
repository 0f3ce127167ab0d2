import fc from "fast-check";
import {
  type Edge,
  EMPTY_VOCABULARY,
  ENTITY_KINDS,
  type Entity,
  type EntityKind,
  edgeKey,
  type GraphData,
  RELATIONS,
  relationRule,
  toEntity,
} from "../../src/graph/index.js";

const ref = [{ doc: "doc", section: "S" }] as const;
const origin = { file: "random.yaml", line: 1 };

/** A node of `kind` with the model's defaults for every kind-specific field. */
const entity = (id: string, kind: EntityKind): Entity =>
  toEntity({ id, kind, name: `Node ${id}`, summary: `Summary of ${id}.`, sources: ref }, origin);

/**
 * Random graph data that obeys the model: every edge's relation allows its endpoint
 * kinds, and acyclic relations only point from a lower to a higher node index.
 */
export const randomGraphData = (maxNodes = 30): fc.Arbitrary<GraphData> =>
  fc.array(fc.constantFrom(...ENTITY_KINDS), { minLength: 2, maxLength: maxNodes }).chain((kinds) =>
    fc
      .array(
        fc.tuple(fc.nat(kinds.length - 1), fc.constantFrom(...RELATIONS), fc.nat(kinds.length - 1)),
        { maxLength: kinds.length * 4 },
      )
      .map((triples) => {
        const entities = new Map(kinds.map((k, i) => [`n${i}`, entity(`n${i}`, k)]));
        const edges = new Map<string, Edge>();
        for (const [a, relation, b] of triples) {
          const rule = relationRule(relation);
          const [from, to] = rule.acyclic && a > b ? [b, a] : [a, b];
          if (from === to) continue;
          const fk = kinds[from];
          const tk = kinds[to];
          if (
            fk === undefined ||
            tk === undefined ||
            !rule.from.includes(fk) ||
            !rule.to.includes(tk)
          )
            continue;
          const key = edgeKey(`n${from}`, relation, `n${to}`);
          edges.set(key, {
            key,
            from: `n${from}`,
            relation,
            to: `n${to}`,
            explanation: "Random edge.",
            common: false,
            sources: ref,
            origin,
          });
        }
        return {
          documents: new Map([
            [
              "doc",
              { id: "doc", title: "Doc", file: "doc.txt", sections: ["S"], warningSigns: null },
            ],
          ]),
          entities,
          edges: [...edges.values()],
          synonyms: [],
          vocabulary: EMPTY_VOCABULARY,
          findings: new Map(),
          version: "random",
        };
      }),
  );
