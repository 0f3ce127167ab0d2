/**
 * The schema's lint (tests/api/schemaLint.test.ts, so `npm test` runs it): the rules of
 * @graphql-eslint's schema-recommended and schema-relay sets that graphql-js does not
 * already enforce when it builds and validates the schema (known and unique names, known
 * directives and arguments, one schema definition, extensions of existing types), written
 * on graphql-js so no linter and its 200 packages are installed. Tuned as they were:
 * description style and type-name prefixes are free; value types need no id; short lists
 * need no connection (see VALUE_TYPES and scripts/schemaLintRelay.ts).
 */
import {
  buildASTSchema,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  TokenKind,
  validateSchema,
} from "graphql";
import { conventionProblems } from "./schemaLintConventions.js";
import { relayProblems } from "./schemaLintRelay.js";

/** Types that are values inside an answer, not objects a client refetches: no id. */
export const VALUE_TYPES: readonly string[] = [
  "Source",
  "BodySite",
  "WarningSignList",
  "Question",
  "Checklist",
  "Relationship",
  "EntityConnection",
  "PageInfo",
  "EntityEdge",
  "SearchHit",
  "Suggestion",
  "KindCount",
  "RelationCount",
  "GraphStats",
  "TraceResult",
  "TraceMatch",
  "ConditionMatch",
  "RootCause",
  "CausalPath",
  "PathStep",
  "PlanItem",
  "Triage",
  "TriageGround",
  "UnplacedFinding",
  "Understanding",
  "Finding",
  "Quantity",
  "MatchedWords",
];

/** A field of an object or interface type, or of an input type. */
type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;

/** The fields of an object, interface or input type; none for other types. */
const fieldsOf = (type: GraphQLNamedType): readonly AnyField[] =>
  isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
    ? Object.values<AnyField>(type.getFields())
    : [];

/** A field's arguments (an input field has none). */
const argsOf = (field: AnyField): readonly GraphQLArgument[] => ("args" in field ? field.args : []);

const PASCAL = /^[A-Z][\dA-Za-z]*$/;
const CAMEL = /^[a-z][\dA-Za-z]*$/;
const UPPER = /^[A-Z][\dA-Z_]*[\dA-Z]*$/;

/** Names: types PascalCase without their kind as prefix or suffix, fields and arguments camelCase, enum values UPPER_CASE, no leading or trailing underscore. */
function namingProblems(schema: GraphQLSchema, types: readonly GraphQLNamedType[]): string[] {
  const problems: string[] = [];
  const check = (where: string, name: string, style: RegExp, styleName: string) => {
    if (/^_|_$/.test(name)) problems.push(`${where}: no leading or trailing underscore`);
    else if (!style.test(name)) problems.push(`${where}: must be ${styleName}`);
  };
  const affixes = (where: string, name: string, words: readonly string[]) => {
    for (const word of words) {
      if (name.startsWith(word) || name.endsWith(word))
        problems.push(`${where}: must not start or end with "${word}"`);
    }
  };
  /** Root types' fields: no prefix or suffix that repeats the operation type. */
  const roots = new Map([
    [schema.getQueryType()?.name, { prefixes: ["query", "get"], suffix: "Query" }],
    [schema.getMutationType()?.name, { prefixes: ["mutation"], suffix: "Mutation" }],
    [schema.getSubscriptionType()?.name, { prefixes: ["subscription"], suffix: "Subscription" }],
  ]);
  for (const type of types) {
    check(type.name, type.name, PASCAL, "PascalCase");
    if (isEnumType(type)) {
      affixes(type.name, type.name, ["Enum"]);
      for (const value of type.getValues())
        check(`${type.name}.${value.name}`, value.name, UPPER, "UPPER_CASE");
    }
    if (isInterfaceType(type)) affixes(type.name, type.name, ["Interface"]);
    if (isUnionType(type)) affixes(type.name, type.name, ["Union"]);
    if (isObjectType(type)) affixes(type.name, type.name, ["Type"]);
    const root = roots.get(type.name);
    for (const field of fieldsOf(type)) {
      const where = `${type.name}.${field.name}`;
      check(where, field.name, CAMEL, "camelCase");
      for (const prefix of root?.prefixes ?? []) {
        if (field.name.startsWith(prefix))
          problems.push(`${where}: must not start with "${prefix}"`);
      }
      if (root !== undefined && field.name.endsWith(root.suffix))
        problems.push(`${where}: must not end with "${root.suffix}"`);
      for (const arg of argsOf(field)) check(`${where}(${arg.name})`, arg.name, CAMEL, "camelCase");
    }
  }
  for (const directive of schema.getDirectives()) {
    if (directive.astNode === undefined || directive.astNode === null) continue;
    check(`@${directive.name}`, directive.name, CAMEL, "camelCase");
    for (const arg of directive.args)
      check(`@${directive.name}(${arg.name})`, arg.name, CAMEL, "camelCase");
  }
  return problems;
}

/** A `#` comment on a line of its own right above a definition: a description meant, lost. */
function hashtagProblems(document: DocumentNode): string[] {
  const problems: string[] = [];
  for (let token = document.loc?.startToken ?? null; token !== null; token = token.next) {
    const { prev, next } = token;
    if (token.kind !== TokenKind.COMMENT || prev === null || next === null) continue;
    if (token.line !== prev.line && next.kind === TokenKind.NAME && next.line - token.line < 2)
      problems.push(`line ${token.line}: a # comment before "${next.value}": write a description`);
  }
  return problems;
}

/** Whether `directives` hold a @deprecated without a reason (graphql-js would fill one in). */
function deprecatedWithoutReason(directives: readonly ConstDirectiveNode[] | undefined): boolean {
  const deprecated = directives?.find((d) => d.name.value === "deprecated");
  if (deprecated === undefined) return false;
  const reason = deprecated.arguments?.find((a) => a.name.value === "reason")?.value;
  return reason?.kind !== Kind.STRING || reason.value.trim() === "";
}

/** Every @deprecated gives a reason; every type, directive and root field a description. */
function descriptionProblems(schema: GraphQLSchema, document: DocumentNode): string[] {
  const problems: string[] = [];
  const rootNames = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (t) => t?.name,
    ),
  );
  for (const definition of document.definitions) {
    if (!("name" in definition) || definition.name === undefined) continue;
    const name = definition.name.value;
    const described = "description" in definition && definition.description !== undefined;
    const isType = definition.kind.endsWith("TypeDefinition");
    if ((isType || definition.kind === Kind.DIRECTIVE_DEFINITION) && !described)
      problems.push(`${name}: needs a description`);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && rootNames.has(name)) {
      for (const field of definition.fields ?? []) {
        if (field.description === undefined)
          problems.push(`${name}.${field.name.value}: needs a description`);
      }
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    const members =
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? fieldsOf(type).flatMap((field) => [
            { where: `${type.name}.${field.name}`, node: field.astNode },
            ...argsOf(field).map((arg) => ({
              where: `${type.name}.${field.name}(${arg.name})`,
              node: arg.astNode,
            })),
          ])
        : isEnumType(type)
          ? type.getValues().map((v) => ({ where: `${type.name}.${v.name}`, node: v.astNode }))
          : [];
    for (const { where, node } of members) {
      if (deprecatedWithoutReason(node?.directives))
        problems.push(`${where}: @deprecated needs a reason`);
    }
  }
  return problems;
}

/** Every object type but the roots and `valueTypes` has exactly one `id: ID!`. */
function idProblems(
  schema: GraphQLSchema,
  types: readonly GraphQLNamedType[],
  valueTypes: readonly string[],
): string[] {
  const roots = new Set([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  return types
    .filter((t) => isObjectType(t) && !roots.has(t) && !valueTypes.includes(t.name))
    .filter((t) => {
      if (!isObjectType(t)) return false;
      const ids = Object.values(t.getFields()).filter(
        (f) => f.name === "id" && isNonNullType(f.type) && String(f.type.ofType) === "ID",
      );
      return ids.length !== 1;
    })
    .map((t) => `${t.name}: must have exactly one non-null id: ID! (or be a value type)`);
}

/** Types no operation can reach from a root type (or a directive's arguments). */
function unreachableProblems(schema: GraphQLSchema, types: readonly GraphQLNamedType[]): string[] {
  const reached = new Set<string>();
  const visit = (type: GraphQLNamedType | null | undefined) => {
    if (type === null || type === undefined || reached.has(type.name)) return;
    reached.add(type.name);
    for (const field of fieldsOf(type)) {
      visit(getNamedType(field.type));
      for (const arg of argsOf(field)) visit(getNamedType(arg.type));
    }
    if (isObjectType(type) || isInterfaceType(type)) for (const i of type.getInterfaces()) visit(i);
    if (isInterfaceType(type)) {
      const { objects, interfaces } = schema.getImplementations(type);
      for (const t of [...objects, ...interfaces]) visit(t);
    }
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member);
  };
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ])
    visit(root);
  for (const directive of schema.getDirectives()) {
    for (const arg of directive.args) visit(getNamedType(arg.type));
  }
  return types.filter((t) => !reached.has(t.name)).map((t) => `${t.name}: no operation reaches it`);
}

/**
 * Every problem the lint finds in `sdl` (the schema's files joined), one line each, naming
 * the type or field and what to change; [] when it is clean. `valueTypes` need no id
 * (default {@link VALUE_TYPES}, this schema's). Throws graphql-js's error when the SDL does
 * not parse or build; graphql-js's validation errors are returned as problems.
 */
export function lintSchema(sdl: string, valueTypes: readonly string[] = VALUE_TYPES): string[] {
  const document = parse(sdl);
  const schema = buildASTSchema(document);
  const invalid = validateSchema(schema);
  if (invalid.length > 0) return invalid.map((e) => e.message);
  const types = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith("__") && t.astNode,
  );
  return [
    ...namingProblems(schema, types),
    ...hashtagProblems(document),
    ...descriptionProblems(schema, document),
    ...idProblems(schema, types, valueTypes),
    ...conventionProblems(schema, types),
    ...unreachableProblems(schema, types),
    ...relayProblems(schema),
  ];
}
