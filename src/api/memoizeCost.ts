import {
  type DocumentNode,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  Kind,
  type ObjectFieldNode,
  type ValueNode,
  visit,
} from "graphql";
import { assertNever } from "../graph/model.js";

/** Field arguments that set a list's size in the cost estimate (see queryLimits), first one given wins. */
export const SIZE_ARGUMENTS: readonly string[] = ["first", "limit"];

/** Estimates the cost of an operation with its variables; null when they do not fit it. */
export type CostEstimate = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
) => number | null;

/** Most costs remembered per document (one per operation and size); the memo starts over when full. */
const COSTS_PER_DOCUMENT = 256;

interface DocumentCosts {
  /** Variables whose value can change the cost: used in a size argument or a directive. */
  readonly variables: readonly string[];
  readonly costs: Map<string, number>;
}

/**
 * Answers "is this operation over `limit`?": its estimated cost when that is over the
 * limit and the variables fit the operation, null otherwise (including variables that do
 * not fit, which execution then refuses as BAD_USER_INPUT).
 */
export type CostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  limit: number,
) => number | null;

/**
 * Wraps a cost estimate into a {@link CostCheck} with a memo per parsed document. The
 * estimate depends only on the document, the operation, and the values of the variables
 * that reach a size argument ({@link SIZE_ARGUMENTS}) or a directive (`@include(if: $x)`),
 * so those values are the key: a trace with new symptoms but the same `limit` costs a
 * lookup instead of a walk of the whole document with type information (about 0.1 ms for
 * the contract's Trace). A remembered cost under the limit needs nothing more; one over it
 * is reported only if the variables coerce (graphql-js's own check), so the answer is
 * exactly what a fresh estimate would give, without coercing twice on the common path.
 * Apollo hands the same DocumentNode for the same query text (its document cache), and
 * the memo lives in a WeakMap, so it goes when Apollo evicts the document.
 */
export function memoizeCost(estimate: CostEstimate): CostCheck {
  const memo = new WeakMap<DocumentNode, DocumentCosts>();
  return (schema, document, variables, operationName, limit) => {
    let entry = memo.get(document);
    if (entry === undefined) {
      entry = { variables: costVariables(document), costs: new Map() };
      memo.set(document, entry);
    }
    const values = entry.variables.map((name) =>
      Object.hasOwn(variables, name) ? JSON.stringify(variables[name]) : "-",
    );
    const key = `${operationName ?? ""}\u0000${values.join("\u0000")}`;
    const cost = entry.costs.get(key);
    if (cost === undefined) {
      const estimated = estimate(schema, document, variables, operationName);
      if (estimated === null) return null;
      if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
      entry.costs.set(key, estimated);
      return estimated > limit ? estimated : null;
    }
    return cost > limit && fits(schema, document, variables, operationName) ? cost : null;
  };
}

/** Whether `variables` coerce to the operation's variable definitions. */
function fits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation == null) return false;
  return (
    getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors === undefined
  );
}

/** Names of the variables used in a size argument or in any directive argument, sorted. */
export function costVariables(document: DocumentNode): string[] {
  const found = new Set<string>();
  visit(document, {
    Field(node) {
      for (const arg of node.arguments ?? []) {
        if (SIZE_ARGUMENTS.includes(arg.name.value)) variablesIn(arg.value, found);
      }
    },
    Directive(node) {
      for (const arg of node.arguments ?? []) variablesIn(arg.value, found);
    },
  });
  return [...found].sort();
}

function variablesIn(value: ValueNode, out: Set<string>): void {
  switch (value.kind) {
    case Kind.VARIABLE:
      out.add(value.name.value);
      return;
    case Kind.LIST:
      for (const v of value.values) variablesIn(v, out);
      return;
    case Kind.OBJECT:
      for (const f of value.fields as readonly ObjectFieldNode[]) variablesIn(f.value, out);
      return;
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.NULL:
    case Kind.ENUM:
      return;
    default:
      assertNever(value);
  }
}
