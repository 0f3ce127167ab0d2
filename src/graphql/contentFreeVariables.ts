import { type DocumentNode, Kind, visit } from "graphql";
import { CONTENT_FREE_ARGUMENTS } from "./fieldCosts.js";

/**
 * The variables of `document` whose strings cost nothing by what they say: those used only
 * in {@link CONTENT_FREE_ARGUMENTS} of fields written directly in an operation's selection
 * (root fields: a trace's inputs, understand's text). A variable used anywhere else, in any
 * operation or fragment of the document, is priced by its terms as before. Linear in the
 * document's size; the cost memo computes it once per document.
 */
export function contentFreeVariables(document: DocumentNode): ReadonlySet<string> {
  const free = new Map<string, number>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const allowed = CONTENT_FREE_ARGUMENTS.get(selection.name.value);
      if (allowed === undefined) continue;
      for (const argument of selection.arguments ?? []) {
        if (!allowed.has(argument.name.value)) continue;
        visit(argument, {
          Variable(node) {
            free.set(node.name.value, (free.get(node.name.value) ?? 0) + 1);
          },
        });
      }
    }
  }
  if (free.size === 0) return new Set();
  const uses = new Map<string, number>();
  visit(document, {
    // A variable's definition is not a use of it.
    VariableDefinition: () => false,
    Variable(node) {
      uses.set(node.name.value, (uses.get(node.name.value) ?? 0) + 1);
    },
  });
  const result = new Set<string>();
  for (const [name, count] of free) if (uses.get(name) === count) result.add(name);
  return result;
}
