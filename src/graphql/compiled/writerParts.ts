import {
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLTypeResolver,
  getArgumentValues,
  visit,
} from "graphql";
import type { Context } from "../context.js";
import type { PieceCache } from "./PieceCache.js";

/** Thrown while writing when graph-jit's plan must answer instead (see AnswerWriter). */
export class CannotWrite extends Error {}

/** What writing one answer needs. */
export interface WriteRun {
  readonly context: Context;
  /** The request's coerced variables. */
  readonly variables: Record<string, unknown>;
  /** Pieces of the data version the request runs on. */
  readonly pieces: PieceCache;
}

/** Writes the JSON of a value of one output type, as graph-jit's result would stringify. */
export type Write = (value: unknown, run: WriteRun) => string;

/** A field as the writer reads it from its parent object. */
export interface FieldReader {
  /** The response key. */
  readonly key: string;
  /** The field's nodes (several when the selection names it more than once). */
  readonly nodes: readonly FieldNode[];
  /** Its value on `parent`: its resolver's, or the property of its name (as graph-jit). */
  readonly read: (parent: unknown, run: WriteRun) => unknown;
  /** Writes its value. */
  readonly write: Write;
  /** Its output depends only on its parent and the data version (see PURE_FIELDS). */
  readonly pure: boolean;
}

/** A resolver that takes no `info` (graph-jit's lazily built resolve info goes unused). */
export type PlainResolver = (
  source: unknown,
  args: Record<string, unknown>,
  context: Context,
) => unknown;

/**
 * Object types whose selections are kept as pieces, each keyed by the object itself: the
 * data version owns them (entities, their sources, and path steps, which the trace makes
 * once per data version: see UpwardGraph). An object made per request would only miss,
 * and fill the bounded cache with pieces nothing finds again.
 */
export const PIECE_TYPES: ReadonlySet<string> = new Set([
  "BodyStructure",
  "Condition",
  "Symptom",
  "Cause",
  "Mechanism",
  "Treatment",
  "Advice",
  "Source",
  "PathStep",
]);

/**
 * Resolvers that read only their parent (the properties listed) and the request's
 * knowledge base, not its budget, client or id: a selection of them may be kept as a
 * piece. Any resolver not listed here keeps its selection from being kept. Held to the
 * resolvers by tests/api/pureFields.test.ts (each is run on a parent and a context that
 * throw when anything else is read).
 */
export const PURE_FIELDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["Source.id", ["doc"]],
  ["Source.title", ["doc"]],
  ["Source.section", ["section"]],
  ["PathStep.relation", ["edge"]],
  ["PathStep.explanation", ["edge"]],
  ["PathStep.sources", ["edge"]],
  ["BodyStructure.upstream", ["id"]],
  ["BodyStructure.downstream", ["id"]],
  ["BodyStructure.conditions", ["id"]],
  ["Condition.affects", ["id"]],
  ["Condition.symptoms", ["id"]],
  ["Condition.causes", ["id"]],
  ["Condition.leadsTo", ["id"]],
  ["Condition.treatments", ["id"]],
  ["Symptom.indicates", ["id"]],
  ["Cause.contributesTo", ["id"]],
  ["Treatment.treats", ["id"]],
]);

/** Selections the writer compiles per operation at most (abstract types multiply them). */
export const MAX_WRITERS = 2000;

/** No arguments: shared, never changed by a resolver. */
const NO_ARGUMENTS: Record<string, unknown> = Object.freeze({});

/** Whether `resolve` declares no `info` parameter. */
export function withoutInfo(
  resolve: GraphQLFieldResolver<unknown, Context>,
): resolve is PlainResolver {
  return resolve.length <= 3;
}

/** A type resolver that declares neither `info` nor the abstract type. */
export function plainTypeResolver(
  resolve: GraphQLTypeResolver<unknown, Context>,
): resolve is (
  value: unknown,
  context: Context,
) => string | undefined | Promise<string | undefined> {
  return resolve.length <= 2;
}

/**
 * `text` as a one-byte string when its characters allow (else `text` itself). Names read
 * from the SDL are slices of its source, which holds characters beyond Latin-1 (arrows in
 * descriptions) and so is stored two bytes a character: one such name joined into an
 * answer makes V8 flatten the whole answer two bytes a character, and encode it to UTF-8
 * from that (measured: a fifth of a cold trace's main-thread CPU). Texts the writer makes
 * at start (enum values, type names, keys) and the pieces it keeps go through here; same
 * characters, same bytes. The result is flat (one string, not a tree of joined ones),
 * whatever the characters: reading them flattens `text`.
 */
export function oneByteText(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text;
  return Buffer.from(text, "latin1").toString("latin1");
}

/** Whether a value is a promise or another thenable (a resolver, or graph-jit, may return one). */
export function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** Whether a value stops the writer: graph-jit reports an Error value, awaits a promise. */
export function unusual(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && (value instanceof Error || isThenable(value))
  );
}

/** Whether a field node's arguments use variables (then they are read per request). */
export function usesVariables(node: FieldNode): boolean {
  let found = false;
  for (const argument of node.arguments ?? []) {
    visit(argument, {
      Variable() {
        found = true;
      },
    });
  }
  return found;
}

/** A field's arguments, coerced from the node and the variables as graphql-js does. */
export function argumentsOf(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  if (def.args.length === 0) return NO_ARGUMENTS;
  return getArgumentValues(def, node, variables);
}
