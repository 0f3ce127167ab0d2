import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  type GraphQLScalarType,
  type GraphQLSchema,
  GraphQLString,
  isEnumType,
  Kind,
  type TypeNode,
  type VariableDefinitionNode,
} from "graphql";

/**
 * A known operation's variables coerced as graphql-js's getVariableValues coerces them, or
 * null when this fast reading does not apply (the caller then calls getVariableValues).
 */
export type VariableCoercer = (
  inputs: Readonly<Record<string, unknown>>,
) => Record<string, unknown> | null;

/** One variable's value coerced; {@link UNREAD} when it is left to graphql-js. */
type Coerce = (value: unknown) => unknown;

/** What a {@link Coerce} returns for a value it does not read (graphql-js reads it, or refuses it). */
const UNREAD = Symbol("unread");

/** Largest and smallest GraphQL Int (32-bit signed), as graphql-js checks them. */
const MAX_INT = 2147483647;
const MIN_INT = -2147483648;

/** Built-in scalars read here: only values their parseValue returns unchanged (ID: strings). */
const SCALARS: ReadonlyMap<string, { type: GraphQLScalarType; coerce: Coerce }> = new Map([
  [
    GraphQLString.name,
    { type: GraphQLString, coerce: (v) => (typeof v === "string" ? v : UNREAD) },
  ],
  [GraphQLID.name, { type: GraphQLID, coerce: (v) => (typeof v === "string" ? v : UNREAD) }],
  [
    GraphQLBoolean.name,
    { type: GraphQLBoolean, coerce: (v) => (typeof v === "boolean" ? v : UNREAD) },
  ],
  [
    GraphQLInt.name,
    {
      type: GraphQLInt,
      coerce: (v) =>
        typeof v === "number" && Number.isInteger(v) && v <= MAX_INT && v >= MIN_INT ? v : UNREAD,
    },
  ],
  [
    GraphQLFloat.name,
    {
      type: GraphQLFloat,
      coerce: (v) => (typeof v === "number" && Number.isFinite(v) ? v : UNREAD),
    },
  ],
]);

/**
 * Compiles, once per operation, a reader of its variables for the usual request: every
 * variable of a built-in scalar, an enum or lists of them, given as the exact JSON type
 * (a string for String and ID, an integer in range for Int, an array for a list) or null
 * where null is allowed, or left out when it has neither a default nor a non-null type.
 * Whatever else (a default to apply, a missing non-null, a value graphql-js would convert,
 * wrap in a list or refuse, input objects, custom scalars) makes the reader return null,
 * so graphql-js coerces it (and words its errors) as before. The result equals
 * getVariableValues(...).coerced (a test compares them over arbitrary values); it costs a
 * type check per value where graphql-js walks the type AST and builds paths for errors.
 * Returns null when an operation's variables are not all of such types.
 */
export function compileVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
): VariableCoercer | null {
  const variables: { name: string; coerce: Coerce; nonNull: boolean; defaulted: boolean }[] = [];
  for (const d of definitions) {
    const coerce = coercerOf(schema, d.type);
    if (coerce === null) return null;
    variables.push({
      name: d.variable.name.value,
      coerce,
      nonNull: d.type.kind === Kind.NON_NULL_TYPE,
      defaulted: d.defaultValue !== undefined,
    });
  }
  return (inputs) => {
    const coerced: Record<string, unknown> = {};
    for (const { name, coerce, nonNull, defaulted } of variables) {
      if (!Object.hasOwn(inputs, name)) {
        if (defaulted || nonNull) return null;
        continue;
      }
      const value = coerce(inputs[name]);
      if (value === UNREAD) return null;
      coerced[name] = value;
    }
    return coerced;
  };
}

/** The coercer of a value of the type `node` names; null for a type not read here. */
function coercerOf(schema: GraphQLSchema, node: TypeNode): Coerce | null {
  if (node.kind === Kind.NON_NULL_TYPE) {
    const inner = coercerOf(schema, node.type);
    if (inner === null) return null;
    return (v) => (v == null ? UNREAD : inner(v));
  }
  const inner = nullableCoercer(schema, node);
  if (inner === null) return null;
  return (v) => (v === null ? null : v === undefined ? UNREAD : inner(v));
}

/** The coercer of a non-null value of a nullable type `node`. */
function nullableCoercer(schema: GraphQLSchema, node: TypeNode): Coerce | null {
  if (node.kind === Kind.LIST_TYPE) {
    const item = coercerOf(schema, node.type);
    if (item === null) return null;
    return (v) => {
      if (!Array.isArray(v)) return UNREAD;
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        const c = item(v[i]);
        if (c === UNREAD) return UNREAD;
        out[i] = c;
      }
      return out;
    };
  }
  if (node.kind !== Kind.NAMED_TYPE) return null;
  const name = node.name.value;
  const type = schema.getType(name);
  const scalar = SCALARS.get(name);
  // A built-in scalar only when the schema holds graphql-js's own (it may replace one).
  if (scalar !== undefined) return type === scalar.type ? scalar.coerce : null;
  if (!isEnumType(type)) return null;
  return (v) => {
    if (typeof v !== "string") return UNREAD;
    const value = type.getValue(v);
    return value == null ? UNREAD : value.value;
  };
}
