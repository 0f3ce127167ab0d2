import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  print,
  visit,
} from "graphql";

/** The names of the fragments `node` spreads, directly or through other fragments. */
function fragmentsUsed(
  node: OperationDefinitionNode | FragmentDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): Set<string> {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments.get(name);
      if (seen.has(name) || !fragment) return;
      seen.add(name);
      fragmentsUsed(fragment, fragments, seen);
    },
  });
  return seen;
}

/**
 * TypeScript for each operation of `document`: a constant holding its text (with the
 * fragments it uses) typed with its generated result and variable types, e.g.
 * `export const TraceOperation = "…" as Operation<TraceQuery, TraceQueryVariables>`. The
 * explorer's `gql` takes only such constants, so its results are typed by the schema.
 */
export function operationConstants(document: DocumentNode): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === "FragmentDefinition") fragments.set(d.name.value, d);
  }
  const lines = [
    "/** An operation's text, branded with its result and variable types. */",
    "export type Operation<Result, Variables> = string & { readonly __types?: [Result, Variables] };",
  ];
  for (const d of document.definitions) {
    if (d.kind !== "OperationDefinition" || !d.name) continue;
    const name = d.name.value;
    const suffix = d.operation === "query" ? "Query" : "Mutation";
    const text = [d, ...[...fragmentsUsed(d, fragments)].map((f) => fragments.get(f))]
      .filter((n) => n !== undefined)
      .map((n) => print(n))
      .join("\n");
    lines.push(
      `/** The explorer's ${name} ${d.operation}, as src/web/operations.graphql holds it. */`,
      `export const ${name}Operation = ${JSON.stringify(text)} as Operation<${name}${suffix}, ${name}${suffix}Variables>;`,
    );
  }
  return `${lines.join("\n")}\n`;
}
