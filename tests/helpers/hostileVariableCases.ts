import type { HostileCase } from "./hostileCases.js";
import type { RawResponse } from "./rawHttp.js";

/**
 * Hostile requests whose harm is in their variables (red-team round 9): an enum value the
 * cost memo must not take for any other string, and lists as long as a body holds. Part of
 * {@link hostileCases}; `q` sends a query with its variables.
 */
export function hostileVariableCases(
  q: (query: string, variables?: Record<string, unknown>) => Promise<RawResponse>,
): HostileCase[] {
  return [
    {
      // Red team 9: enum values came as strings, shaped by their terms, so the cost memo gave
      // PRESENTS_WITH (estimated 491 402) the estimate it remembered for PART_OF (200).
      name: "a costly relation in a variable after a cheap one",
      request: async () => {
        const fanOut = (d: number): string =>
          d === 0 ? "relation" : `entity { relations(relations: $r) { ${fanOut(d - 1)} } }`;
        const query = `query R($r: [Relation!]) { entities(first: 100) { edges { node { relations(relations: $r) { ${fanOut(2)} } } } } }`;
        const cheap = await q(query, { r: ["PART_OF"] });
        if (cheap.status !== 200) return cheap;
        return q(query, { r: ["PRESENTS_WITH"] });
      },
      status: 400,
      code: "QUERY_TOO_COMPLEX",
    },
    {
      // Each relation once (relationFilter): 8 000 repeats cost what their 2 values do.
      name: "8000 relations in a filter, as many as a body holds",
      request: () =>
        q(
          `query R($r: [Relation!]) { entities(first: 100) { edges { node { relations(relations: $r) { relation } } } } }`,
          { r: Array.from({ length: 8000 }, (_, i) => (i % 2 ? "TREATS" : "AFFECTS")) },
        ),
      status: 200,
      code: null,
    },
    {
      name: "8000 kinds in a search",
      request: () =>
        q(`query S($k: [EntityKind!]) { search(query: "heel", kinds: $k) { score } }`, {
          k: Array.from({ length: 8000 }, (_, i) => (i % 2 ? "CONDITION" : "SYMPTOM")),
        }),
      status: 200,
      code: null,
    },
  ];
}
