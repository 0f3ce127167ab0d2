import { createRequire } from "node:module";
import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
  visit,
} from "graphql";

/**
 * graphql-js's own abort of validation (what OverlappingFieldsCanBeMerged throws when its
 * budget runs out): validate() stops and reports it as "Validation aborted." after the
 * errors so far. Required from graphql's CommonJS build, the copy Node gives every package
 * (graphql has no ESM entry Node would pick, and vitest aliases the bare name only).
 */
const { validationAbortedError } = createRequire(import.meta.url)(
  "graphql/validation/validationAbortedError.js",
) as { validationAbortedError: GraphQLError };

/**
 * Rejects a document nested deeper than `max` fields (introspection fields not counted).
 * Fragments are expanded with a guard, so a fragment cycle (reported by graphql-js's own
 * NoFragmentCycles rule) cannot loop. Reported as a validation error (HTTP 400).
 */
export function maxDepthRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of context.getDocument().definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      }
      const memo = new Map<string, number>();
      const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
        let deepest = 0;
        for (const s of set?.selections ?? []) {
          if (s.kind === Kind.FIELD) {
            if (!s.name.value.startsWith("__"))
              deepest = Math.max(deepest, 1 + depthOf(s.selectionSet, visiting));
          } else if (s.kind === Kind.INLINE_FRAGMENT) {
            deepest = Math.max(deepest, depthOf(s.selectionSet, visiting));
          } else {
            const name = s.name.value;
            if (visiting.has(name)) continue;
            let d = memo.get(name);
            if (d === undefined) {
              visiting.add(name);
              d = depthOf(fragments.get(name)?.selectionSet, visiting);
              visiting.delete(name);
              memo.set(name, d);
            }
            deepest = Math.max(deepest, d);
          }
        }
        return deepest;
      };
      const depth = depthOf(operation.selectionSet, new Set());
      if (depth > max) {
        context.reportError(
          new GraphQLError(
            `query too deep: ${depth} levels, allowed ${max}: ask for less nesting`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
}

/** Rejects a document with more than `max` aliases (alias floods repeat expensive fields). */
export function maxAliasesRule(max: number): ValidationRule {
  return countingRule(
    max,
    Kind.FIELD,
    "aliases",
    (node) => "alias" in node && node.alias !== undefined,
  );
}

/**
 * Rejects a document with more than `max` `__schema` fields: each answers the same schema,
 * and one dense selection of it costs about what the standard introspection query does
 * (65-110 ms of CPU here under load), so 20 aliased ones, each under the introspection cost
 * limit together, took 100-370 ms (red-team round 9). `__schema` exists only on the query
 * root, where a fragment's field is merged with itself, so counting its nodes counts them all.
 */
export function maxSchemaFieldsRule(max: number): ValidationRule {
  return (context) => {
    let count = 0;
    return {
      Field(node) {
        if (node.name.value === "__schema") count++;
      },
      Document: {
        leave() {
          if (count > max) {
            context.reportError(
              new GraphQLError(
                `too many __schema fields: ${count}, allowed ${max}: ask for the schema once, every __schema field answers the same`,
              ),
            );
          }
        },
      },
    };
  };
}

/** Rejects a document with more than `max` directives. */
export function maxDirectivesRule(max: number): ValidationRule {
  return countingRule(max, Kind.DIRECTIVE, "directives", () => true);
}

function countingRule(
  max: number,
  kind: Kind.FIELD | Kind.DIRECTIVE,
  what: string,
  counts: (node: { kind: Kind }) => boolean,
): ValidationRule {
  return (context) => {
    let count = 0;
    return {
      [kind]: (node: { kind: Kind }) => {
        if (counts(node)) count++;
      },
      Document: {
        leave() {
          if (count > max) {
            context.reportError(
              new GraphQLError(`too many ${what}: ${count}, allowed ${max}: send fewer`),
            );
          }
        },
      },
    };
  };
}

/** One response name's fields in a selection set: how many, the sum of their weights and of their squares. */
interface Group {
  count: number;
  sum: number;
  squares: number;
}

/** What a selection set holds: its weight (field nodes, fragments expanded) and its fields by response name. */
interface Summary {
  readonly weight: number;
  readonly groups: ReadonlyMap<string, Group>;
}

/**
 * Rejects a document whose same-named fields would cost graphql-js's
 * OverlappingFieldsCanBeMerged more than `max` comparisons, before that rule looks at a
 * selection set. That rule compares every pair of fields of one response name in a
 * selection set (inline fragments and spread fragments counted in), and each pair's
 * subfields with each other: estimated here as the sum, over such pairs, of the product of
 * their weights (a field and its subfields, fragments expanded). 500 × `stats {
 * nodeCount }` (10 KB) cost 180 ms of CPU before graphql-js's own budget gave up; 29
 * fragments of `stats` with 28 subfields each ran in 65 ms. Reported as a validation error
 * (HTTP 400), after which the rest of validation is skipped (graphql-js's own abort, so
 * "Validation aborted." follows it). Linear: each selection set and fragment is summed once.
 */
export function maxRepeatedFieldsRule(max: number): ValidationRule {
  return (context) => ({
    Document(document) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      }
      const summaries = new Map<SelectionSetNode, Summary>();
      const visiting = new Set<string>();
      const summarize = (set: SelectionSetNode): Summary => {
        const known = summaries.get(set);
        if (known !== undefined) return known;
        const groups = new Map<string, Group>();
        const add = (name: string, g: Group) => {
          const to = groups.get(name) ?? { count: 0, sum: 0, squares: 0 };
          to.count += g.count;
          to.sum += g.sum;
          to.squares += g.squares;
          groups.set(name, to);
        };
        let weight = 0;
        const spread = new Set<string>();
        const walk = (s: SelectionSetNode): void => {
          for (const selection of s.selections) {
            if (selection.kind === Kind.FIELD) {
              const w = 1 + (selection.selectionSet ? summarize(selection.selectionSet).weight : 0);
              weight += w;
              add((selection.alias ?? selection.name).value, { count: 1, sum: w, squares: w * w });
            } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
            else {
              const name = selection.name.value;
              const definition = fragments.get(name);
              if (definition === undefined || spread.has(name) || visiting.has(name)) continue;
              spread.add(name);
              visiting.add(name);
              const inner = summarize(definition.selectionSet);
              visiting.delete(name);
              weight += inner.weight;
              for (const [field, g] of inner.groups) add(field, g);
            }
          }
        };
        walk(set);
        const summary = { weight, groups };
        summaries.set(set, summary);
        return summary;
      };
      let total = 0;
      let worst: readonly [string, number] = ["", 0];
      visit(document, {
        SelectionSet(set) {
          for (const [name, g] of summarize(set).groups) {
            total += (g.sum * g.sum - g.squares) / 2;
            if (g.count > worst[1]) worst = [name, g.count];
          }
        },
      });
      if (total <= max) return;
      context.reportError(
        new GraphQLError(
          `too many repeated fields: comparing them would cost ${total}, allowed ${max} (${worst[1]} fields named "${worst[0].slice(0, 100)}" in one selection): select each field once`,
        ),
      );
      throw validationAbortedError;
    },
  });
}
