import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type OperationDefinitionNode,
  typeFromAST,
} from "graphql";
import { terms } from "../search/index.js";

/** The declared input type of each variable of one operation (undefined: no such type). */
export type VariableTypes = ReadonlyMap<string, GraphQLInputType | undefined>;

/** The declared types of `operation`'s variables, resolved in `schema`. */
export function variableTypes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | null | undefined,
): VariableTypes {
  const types = new Map<string, GraphQLInputType | undefined>();
  for (const d of operation?.variableDefinitions ?? []) {
    types.set(d.variable.name.value, typeFromAST(schema, d.type) as GraphQLInputType | undefined);
  }
  return types;
}

/** Nesting of variable values past which a shape stops looking. */
const MAX_SHAPE_DEPTH = 8;

/**
 * A value that does not fit its type, by kind only: it cannot coerce, so its estimate is
 * null and never remembered, and execution refuses it; `x` keeps it apart from every value
 * that fits. Depth-bounded: a request can nest JSON thousands of levels deep.
 */
function unfit(value: unknown, depth: number): string {
  if (depth > MAX_SHAPE_DEPTH) return "x…";
  if (Array.isArray(value)) return `x[${value.map((v) => unfit(v, depth + 1)).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    return `x{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${unfit(v, depth + 1)}`)
      .join(",")}}`;
  }
  return `x${typeof value}`;
}

/**
 * What a value of input type `type` contributes to the cost, read by the type the
 * operation declares, never guessed from the value: an enum's value as it is (the bounds
 * depend on it: a relation's edges, a direction, a kind), quoted; a String or ID by the
 * search terms it holds (a query with new words but as many terms shares an entry), or
 * not read at all when `contentFree`; a number or boolean as it is; a list or input object
 * element by element. Each kind has its own first character (`e`, `s`, `n`, `z` for null,
 * `[`, `{`, `x` for a value that does not fit), so no two kinds share a shape. Until
 * red-team round 10 the shape was guessed from the value: any all-caps string was taken
 * for an enum value, so a search text in capitals was remembered by its words, not its
 * terms, and "heel" and "HEEL" were keyed as two different kinds of value.
 */
export function typedShape(
  value: unknown,
  type: GraphQLInputType | undefined,
  contentFree: boolean,
  depth = 0,
): string {
  if (value === null) return "z";
  if (type === undefined || depth > MAX_SHAPE_DEPTH) return unfit(value, depth);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    // A single value for a list coerces to a list of one, and costs what one does.
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((v) => typedShape(v, item, contentFree, depth + 1)).join(",")}]`;
  }
  if (isEnumType(nullable)) {
    return typeof value === "string" ? `e${JSON.stringify(value)}` : unfit(value, depth);
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== "object" || Array.isArray(value)) return unfit(value, depth);
    const fields = nullable.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => {
        const field = Object.hasOwn(fields, k) ? fields[k] : undefined;
        return `${JSON.stringify(k)}:${typedShape(v, field?.type, contentFree, depth + 1)}`;
      })
      .join(",")}}`;
  }
  if (isScalarType(nullable)) {
    if (nullable.name === "String" || nullable.name === "ID") {
      if (typeof value !== "string") {
        // An ID may be sent as an integer; it costs what any id does.
        return nullable.name === "ID" && Number.isInteger(value) ? "s1" : unfit(value, depth);
      }
      return contentFree ? "s" : `s${terms(value).length}`;
    }
    if (["Int", "Float", "Boolean"].includes(nullable.name)) {
      return typeof value === "number" || typeof value === "boolean"
        ? `n${JSON.stringify(value)}`
        : unfit(value, depth);
    }
    // A custom scalar (the schema has none today): a plain value as it is.
    return ["string", "number", "boolean"].includes(typeof value)
      ? `c${JSON.stringify(value)}`
      : unfit(value, depth);
  }
  return unfit(value, depth);
}

/**
 * The {@link typedShape} of an operation's variables, each by its declared type (a variable
 * the operation does not declare by kind only), those named in `contentFree` (see
 * contentFreeVariables) without reading their strings: a trace's never-seen complaint is
 * not split into terms only to be told it costs what any other does.
 */
export function variablesShape(
  variables: Record<string, unknown>,
  types: VariableTypes,
  contentFree: ReadonlySet<string>,
): string {
  return `{${Object.entries(variables)
    .map(([k, v]) => `${JSON.stringify(k)}:${typedShape(v, types.get(k), contentFree.has(k))}`)
    .join(",")}}`;
}
