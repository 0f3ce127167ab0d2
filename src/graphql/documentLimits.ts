import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";

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
