import { type DocumentNode, type GraphQLSchema, getOperationAST, getVariableValues } from "graphql";
import { AdmittingCache } from "../cache/AdmittingCache.js";
import { terms } from "../search/index.js";
import { contentFreeVariables } from "./contentFreeVariables.js";
import type { Cost } from "./costModel.js";

/** Estimates the cost of an operation with its variables; null when they do not fit it. */
export type CostEstimate = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
) => Cost | null;

/**
 * The cost of an operation with its variables, remembered or fresh: null when the
 * variables do not fit the operation (always checked for a cost `over` the limits; one
 * under them is returned without coercing, as execution coerces them anyway).
 */
export type CostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  /** What else the estimate depends on: the data version its list bounds come from. */
  context: string,
  over: (cost: Cost) => boolean,
  /** How to estimate on a miss (it knows the data the context names). */
  estimate: CostEstimate,
) => Cost | null;

/**
 * What a variable's value contributes to the cost: numbers, booleans, enums (any string
 * that can be one) and null as they are; another string only by the search terms it holds (a trace input costs the same
 * whatever it says), so a query with new words but as many terms shares an entry.
 */
export function costShape(value: unknown, depth = 0, contentFree = false): string {
  if (typeof value === "string") {
    if (contentFree) return "s";
    // An enum's value comes as a string: as it is, since the bounds depend on it (a relation's
    // edges, a direction, a kind). Read by its terms, PART_OF and PRESENTS_WITH were one
    // shape, and a cheap relation's remembered estimate let a costly one run past MAX_COST.
    return ENUM_VALUE.test(value) ? `e${value}` : `s${terms(value).length}`;
  }
  // No input type of the schema nests this deep: such a value cannot coerce, and its
  // shape need not be told apart (a request can nest JSON thousands of levels deep).
  if (depth > MAX_SHAPE_DEPTH) return "…";
  if (Array.isArray(value)) {
    return `[${value.map((v) => costShape(v, depth + 1, contentFree)).join(",")}]`;
  }
  if (typeof value === "object" && value !== null) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${costShape(v, depth + 1, contentFree)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "u";
}

/**
 * The {@link costShape} of an operation's variables, those named in `contentFree` (see
 * contentFreeVariables) shaped without reading their strings: a trace's never-seen
 * complaint is not split into terms only to be told it costs what any other does.
 */
export function variablesShape(
  variables: Record<string, unknown>,
  contentFree: ReadonlySet<string>,
): string {
  if (contentFree.size === 0) return costShape(variables);
  return `{${Object.entries(variables)
    .map(([k, v]) => `${JSON.stringify(k)}:${costShape(v, 1, contentFree.has(k))}`)
    .join(",")}}`;
}

/**
 * A string that can be one of the schema's enum values (capitals, digits and underscores,
 * as every one is: tests/api/memoizeCost.test.ts checks), taken as it is by
 * {@link costShape}; a search's "heel" and "arch" still share a shape.
 */
export const ENUM_VALUE = /^[A-Z][0-9A-Z_]{0,63}$/;

/** Nesting of variable values past which {@link costShape} stops looking. */
const MAX_SHAPE_DEPTH = 8;

/** Bytes a memo entry holds besides its key: the Cost object and the LRU's bookkeeping. */
const ENTRY_OVERHEAD = 120;

/**
 * A {@link CostCheck} with a memo of estimates bounded by `maxBytes` (an
 * {@link AdmittingCache} sized by key length, its sketch for a 256-byte entry each: 4 MiB,
 * 16 384 entries, a 256 KiB sketch; unique documents or variable shapes pass through
 * without pushing out the estimates asked for again and again). The estimate depends only on the document, the operation,
 * the data version and the shape of the variables ({@link variablesShape}: a trace's
 * inputs are not even split into terms), so those are the key: a trace with new symptoms
 * of the same shape costs a lookup instead of a walk of the whole document (about 0.1 ms
 * for the contract's Trace). A remembered cost over the
 * limits is reported only if the variables coerce (graphql-js's own check), so a refusal
 * is exactly what a fresh estimate would give. Documents are told apart by identity (Apollo hands the same
 * DocumentNode for the same query text from its document store); a document no longer
 * in use leaves the id table (a WeakMap) and its entries age out of the LRU.
 */
export function memoizeCost(maxBytes: number): CostCheck {
  const ids = new WeakMap<DocumentNode, { id: number; contentFree: ReadonlySet<string> }>();
  let nextId = 0;
  const memo = new AdmittingCache<Cost>({
    maxSize: Math.max(1, maxBytes),
    sizeOf: (_v, key) => key.length * 2 + ENTRY_OVERHEAD,
    entries: maxBytes / 256,
  });
  return (schema, document, variables, operationName, context, over, estimate) => {
    let known = ids.get(document);
    if (known === undefined) {
      known = { id: nextId++, contentFree: contentFreeVariables(document) };
      ids.set(document, known);
    }
    const shape = variablesShape(variables, known.contentFree);
    const key = `${known.id}\u0000${context}\u0000${operationName ?? ""}\u0000${shape}`;
    const remembered = memo.get(key);
    if (remembered !== undefined) {
      // Under the limits needs nothing more: execution coerces the variables anyway.
      return !over(remembered) || fits(schema, document, variables, operationName)
        ? remembered
        : null;
    }
    const estimated = estimate(schema, document, variables, operationName);
    if (estimated !== null) memo.set(key, estimated);
    return estimated;
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
