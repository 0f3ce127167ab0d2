import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  isNonNullType,
  locatedError,
  type OperationDefinitionNode,
  visit,
} from "graphql";
import type { Context } from "../context.js";
import { WriterCompiler } from "./compileWriter.js";
import { type PieceCache, piecesOf } from "./PieceCache.js";
import { CannotWrite, type FieldReader, isThenable } from "./writerParts.js";

/**
 * What writing an answer gave: its body (a success), the result to hand to Apollo (the
 * root field threw a GraphQLError: Apollo formats it), or null when graph-jit's plan must
 * run instead (anything else unusual: an Error value, a null where none may be, a promise
 * below the root, a value a scalar cannot serialize).
 */
export type Written = { readonly body: string } | { readonly result: ExecutionResult } | null;

/**
 * Writes the JSON answer of one known operation straight from what its resolvers return,
 * without graph-jit building the result's objects first: byte for byte
 * `JSON.stringify({ data })` of graph-jit's result (a test compares them). The selections
 * of entities and sources (objects the data version owns) are written once per data version
 * and spliced into later answers (see PieceCache). The root field's resolver runs once:
 * when it throws a GraphQLError, the error result graphql-js would give is returned for
 * Apollo to write out (no second run).
 */
export class AnswerWriter {
  private constructor(
    private readonly root: FieldReader,
    private readonly nonNull: boolean,
    private readonly piecesFor: (kb: Context["kb"]) => PieceCache,
  ) {}

  /**
   * The writer of `operation` of `document`, or null when it uses what the writer leaves to
   * graph-jit: several root fields, directives, named fragments, subscriptions or
   * mutations, resolvers that read their info, custom scalars. `piecesFor` gives the piece
   * cache of a knowledge base (default: its own, {@link piecesOf}).
   */
  static compile(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    piecesFor: (kb: Context["kb"]) => PieceCache = piecesOf,
  ): AnswerWriter | null {
    if (operation.operation !== "query") return null;
    let plain = true;
    visit(document, {
      Directive() {
        plain = false;
      },
      FragmentSpread() {
        plain = false;
      },
    });
    const queryType = schema.getQueryType();
    if (!plain || queryType == null) return null;
    try {
      const compiler = new WriterCompiler(schema);
      const fields = compiler.fields(queryType, [operation.selectionSet]);
      const root = fields[0];
      const name = root?.nodes[0]?.name.value;
      if (fields.length !== 1 || root === undefined || name === undefined) return null;
      if (name.startsWith("__")) return null;
      const def = queryType.getFields()[name];
      if (def === undefined) return null;
      return new AnswerWriter(root, isNonNullType(def.type), piecesFor);
    } catch (error) {
      if (error instanceof CannotWrite) return null;
      throw error;
    }
  }

  /** Writes the answer of the operation with `variables` (coerced) on `context`. */
  async write(context: Context, variables: Record<string, unknown>): Promise<Written> {
    const { root } = this;
    const run = { context, variables, pieces: this.piecesFor(context.kb) };
    let value: unknown;
    try {
      value = root.read(undefined, run);
      if (isThenable(value)) value = await value;
    } catch (error) {
      if (!(error instanceof GraphQLError)) return null;
      // As graphql-js and graph-jit report a resolver's error: located at the field.
      const located = locatedError(error, root.nodes, [root.key]);
      return { result: { data: this.nonNull ? null : { [root.key]: null }, errors: [located] } };
    }
    try {
      return { body: `{"data":{${JSON.stringify(root.key)}:${root.write(value, run)}}}\n` };
    } catch {
      return null;
    }
  }
}
