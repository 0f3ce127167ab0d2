/**
 * The schema lint's rules for this API's own conventions (see scripts/schemaLint.ts for
 * @graphql-eslint's): what `id` means, how inputs, custom scalars, lists and page sizes are
 * named and typed, which fields may be null and that they say when, and how a deprecation points to its
 * replacement. Each is planted as a breach in tests/api/schemaLint.test.ts.
 */
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

/** An output field of an object or interface type. */
type OutputField = GraphQLField<unknown, unknown>;

/** Each output field of `types` with the name of its type. */
const outputFields = (types: readonly GraphQLNamedType[]) =>
  types.flatMap((t) =>
    isObjectType(t) || isInterfaceType(t)
      ? Object.values<OutputField>(t.getFields()).map((field) => ({ type: t, field }))
      : [],
  );

/**
 * `id` names a global id (what Relay's store keys every object by, and Apollo Client's
 * with the type name): a type whose `id` is not deprecated implements Node. A value's own
 * identifier has a qualified name (Source.documentId, BodySite.siteId).
 */
function globalIdProblems(types: readonly GraphQLNamedType[]): string[] {
  return outputFields(types)
    .filter(({ field }) => field.name === "id" && !field.deprecationReason)
    .filter(
      ({ type }) => type.name !== "Node" && !type.getInterfaces().some((i) => i.name === "Node"),
    )
    .map(
      ({ type }) =>
        `${type.name}.id: an id is a global id: implement Node, or name a value's identifier otherwise (e.g. documentId)`,
    );
}

/** Input object types end in Input; custom scalars say their format with @specifiedBy. */
function typeProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  for (const type of types) {
    if (isInputObjectType(type) && !type.name.endsWith("Input"))
      problems.push(`${type.name}: an input type's name ends in Input`);
    if (isScalarType(type) && !type.specifiedByURL)
      problems.push(`${type.name}: a custom scalar needs @specifiedBy(url:) saying its format`);
  }
  return problems;
}

/** Arguments of a kind a resolver may refuse (a range, a length, an id): any but enums and booleans. */
const refusable = (arg: GraphQLArgument) => {
  const named = getNamedType(arg.type);
  return !isEnumType(named) && named.name !== "Boolean";
};

/**
 * Fields published non-null before the nullability rule: making them nullable now would
 * break typed clients (graphql-js's findBreakingChanges calls it a change of kind), so a
 * refusal nulls their parent, as it always has.
 */
const PUBLISHED_NON_NULL: ReadonlySet<string> = new Set(["Condition.rootCauses"]);

/**
 * Nullability: a field with an argument it may refuse is nullable (but those in
 * {@link PUBLISHED_NON_NULL}), so a refusal nulls
 * that field alone; list items are never null (but `nodes(ids)`'s, null for an unknown id),
 * and a list without arguments is never null: `[T!]!`.
 */
function nullabilityProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  for (const { type, field } of outputFields(types)) {
    const where = `${type.name}.${field.name}`;
    if (field.args.some(refusable) && isNonNullType(field.type) && !PUBLISHED_NON_NULL.has(where))
      problems.push(`${where}: takes an argument it may refuse, so must be nullable`);
    const list = isNonNullType(field.type) ? field.type.ofType : field.type;
    if (!isListType(list)) continue;
    if (!isNonNullType(list.ofType) && !field.args.some((a) => a.name === "ids"))
      problems.push(`${where}: list items must be non-null ([T!])`);
    if (field.args.length === 0 && !isNonNullType(field.type))
      problems.push(`${where}: a list without arguments is never null ([T!]!)`);
  }
  return problems;
}

/**
 * A field that may be null (or a list whose items may be) says when, with the word "null"
 * in its description: a client handles the null it is told of, and null never stands for an
 * empty list or a false. A deprecated field is left out: its reason points to its replacement.
 */
function nullMeaningProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  for (const { type, field } of outputFields(types)) {
    if (field.deprecationReason) continue;
    const list = isNonNullType(field.type) ? field.type.ofType : field.type;
    const mayBeNull =
      !isNonNullType(field.type) || (isListType(list) && !isNonNullType(list.ofType));
    if (mayBeNull && !/\bnull\b/i.test(field.description ?? ""))
      problems.push(`${type.name}.${field.name}: may be null, so its description says when (null)`);
  }
  return problems;
}

/** Words for a page's size and start: no synonyms of these. */
const PAGE_WORDS = ["count", "size", "pageSize", "perPage", "top", "take", "skip", "max", "page"];

/**
 * One word for a page: a connection takes first/after/last/before, a plain list
 * limit/offset, never the other's, and no synonym ({@link PAGE_WORDS}).
 */
function pageWordProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  for (const { type, field } of outputFields(types)) {
    const connection = getNamedType(field.type).name.endsWith("Connection");
    for (const arg of field.args) {
      const where = `${type.name}.${field.name}(${arg.name})`;
      if (PAGE_WORDS.includes(arg.name))
        problems.push(`${where}: say limit and offset (a list) or first and after (a connection)`);
      if (connection && ["limit", "offset"].includes(arg.name))
        problems.push(`${where}: a connection pages with first/after and last/before`);
      if (!connection && ["first", "after", "last", "before"].includes(arg.name))
        problems.push(`${where}: a plain list pages with limit and offset`);
    }
  }
  return problems;
}

/** List arguments that are mass nouns, plural as they are. */
const MASS_NOUNS = ["evidence"];

/** A list argument's name is plural (or a mass noun), as `kinds` and `ids` are; deprecated ones aside. */
function listArgumentProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  for (const { type, field } of outputFields(types)) {
    for (const arg of field.args) {
      const list = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
      if (!isListType(list) || arg.deprecationReason || MASS_NOUNS.includes(arg.name)) continue;
      if (!arg.name.endsWith("s"))
        problems.push(`${type.name}.${field.name}(${arg.name}): a list argument's name is plural`);
    }
  }
  return problems;
}

/** A deprecation says what to use instead: "Use x" naming a field or argument beside it. */
function replacementProblems(types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  const check = (where: string, reason: string | null | undefined, siblings: string[]) => {
    if (!reason) return;
    const named = reason.match(/\bUse (\w+)/)?.[1];
    if (named === undefined || !siblings.includes(named))
      problems.push(`${where}: a deprecation reason says "Use <the field or argument beside it>"`);
  };
  for (const { type, field } of outputFields(types)) {
    const where = `${type.name}.${field.name}`;
    check(where, field.deprecationReason, Object.keys(type.getFields()));
    const args = field.args.map((a) => a.name);
    for (const arg of field.args) check(`${where}(${arg.name})`, arg.deprecationReason, args);
  }
  return problems;
}

/** Every problem of this API's conventions in `schema`'s own `types`, one line each. */
export function conventionProblems(
  _schema: GraphQLSchema,
  types: readonly GraphQLNamedType[],
): string[] {
  return [
    ...globalIdProblems(types),
    ...typeProblems(types),
    ...nullabilityProblems(types),
    ...nullMeaningProblems(types),
    ...pageWordProblems(types),
    ...listArgumentProblems(types),
    ...replacementProblems(types),
  ];
}
