import { type DocumentNode, type GraphQLSchema, getOperationAST, getVariableValues } from "graphql";
import { AdmittingCache } from "../cache/AdmittingCache.js";
import { contentFreeVariables } from "./contentFreeVariables.js";
import type { Cost } from "./costModel.js";
import { type VariableTypes, variablesShape, variableTypes } from "./variablesShape.js";

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

/** Bytes a memo entry holds besides its key: the Cost object and the LRU's bookkeeping. */
const ENTRY_OVERHEAD = 120;

/**
 * A {@link CostCheck} with a memo of estimates bounded by `maxBytes` (an
 * {@link AdmittingCache} sized by key length, its sketch for a 256-byte entry each: 4 MiB,
 * 16 384 entries, a 256 KiB sketch; unique documents or variable shapes pass through
 * without pushing out the estimates asked for again and again). The estimate depends only on the document, the operation,
 * the data version and the shape of the variables, each read by its declared type
 * ({@link variablesShape}: a trace's inputs are not even split into terms), so those are the key: a trace with new symptoms
 * of the same shape costs a lookup instead of a walk of the whole document (about 0.1 ms
 * for the contract's Trace). A remembered cost over the
 * limits is reported only if the variables coerce (graphql-js's own check), so a refusal
 * is exactly what a fresh estimate would give. Documents are told apart by identity (Apollo hands the same
 * DocumentNode for the same query text from its document store); a document no longer
 * in use leaves the id table (a WeakMap) and its entries age out of the LRU.
 */
export function memoizeCost(maxBytes: number): CostCheck {
  const ids = new WeakMap<
    DocumentNode,
    {
      id: number;
      contentFree: ReadonlySet<string>;
      /** Each operation's variable types, by operation name ("" for none). */
      types: Map<string, VariableTypes>;
    }
  >();
  let nextId = 0;
  const memo = new AdmittingCache<Cost>({
    maxSize: Math.max(1, maxBytes),
    sizeOf: (_v, key) => key.length * 2 + ENTRY_OVERHEAD,
    entries: maxBytes / 256,
  });
  return (schema, document, variables, operationName, context, over, estimate) => {
    let known = ids.get(document);
    if (known === undefined) {
      known = { id: nextId++, contentFree: contentFreeVariables(document), types: new Map() };
      ids.set(document, known);
    }
    let types = known.types.get(operationName ?? "");
    if (types === undefined) {
      // Bounded by the document: one entry per operation it defines.
      types = variableTypes(schema, getOperationAST(document, operationName));
      known.types.set(operationName ?? "", types);
    }
    const shape = variablesShape(variables, types, known.contentFree);
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
