import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  type SelectionSetNode,
  TypeNameMetaFieldDef,
} from "graphql";
import {
  argumentsOf,
  CannotWrite,
  type FieldReader,
  MAX_WRITERS,
  oneByteText,
  PIECE_TYPES,
  PURE_FIELDS,
  plainTypeResolver,
  unusual,
  usesVariables,
  type Write,
  type WriteRun,
  withoutInfo,
} from "./writerParts.js";

/**
 * Compiles JSON writers for the selections of one operation, against the schema graph-jit
 * compiled it with, for the subset of GraphQL the contract's operations use: fields,
 * aliases, inline fragments and __typename, with no directives and no named fragments
 * (the caller checks: see AnswerWriter.compile), built-in scalars and enums. Throws
 * CannotWrite at compile time for anything else (the operation then runs on graph-jit).
 */
export class WriterCompiler {
  private writers = 0;

  constructor(private readonly schema: GraphQLSchema) {}

  /** The fields `sets` select on `type`, by response key, in graphql-js's order. */
  collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const add = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const nodes = fields.get(key);
          if (nodes === undefined) fields.set(key, [selection]);
          else nodes.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition?.name.value;
          if (condition === undefined || this.applies(condition, type)) add(selection.selectionSet);
        } else {
          throw new CannotWrite("named fragments are left to graph-jit");
        }
      }
    };
    for (const set of sets) add(set);
    return fields;
  }

  /** Readers of the fields `sets` select on `type`. */
  fields(type: GraphQLObjectType, sets: readonly SelectionSetNode[]): FieldReader[] {
    return [...this.collect(type, sets)].map(([key, nodes]) => this.field(type, key, nodes));
  }

  /** The reader of one field of `type`. */
  field(type: GraphQLObjectType, key: string, nodes: FieldNode[]): FieldReader {
    const node = nodes[0];
    if (node === undefined) throw new CannotWrite("a field without nodes");
    const name = node.name.value;
    if (name === TypeNameMetaFieldDef.name) {
      const text = oneByteText(JSON.stringify(type.name));
      return { key, nodes, read: () => null, write: () => text, pure: true };
    }
    const def = type.getFields()[name];
    if (def === undefined) throw new CannotWrite(`${type.name}.${name} is not a field`);
    const { write, pure: inner } = this.type(def.type, nodes);
    const resolve = def.resolve;
    const variables = usesVariables(node);
    const declared = resolve === undefined ? [name] : PURE_FIELDS.get(`${type.name}.${name}`);
    const pure = inner && !variables && declared !== undefined;
    if (resolve === undefined) {
      const read = (parent: unknown) => (parent as Record<string, unknown>)[name];
      return { key, nodes, read, write, pure };
    }
    if (!withoutInfo(resolve)) throw new CannotWrite(`${type.name}.${name} reads its info`);
    const fixed = variables ? null : argumentsOf(def, node, {});
    const read = (parent: unknown, run: WriteRun) =>
      resolve(parent, fixed ?? argumentsOf(def, node, run.variables), run.context);
    return { key, nodes, read, write, pure };
  }

  /**
   * The writer of a value of `type` selected by `nodes`, and whether it is pure. Null is
   * written as null, or refused when `type` is non-null; an Error or a thenable is refused
   * (graph-jit reports the one and awaits the other). A piece kept for the very object (see
   * {@link object}) is spliced in before that check: it was written from that object once it
   * had passed it, and the data version's objects do not change.
   */
  type(type: GraphQLOutputType, nodes: readonly FieldNode[]): { write: Write; pure: boolean } {
    if (++this.writers > MAX_WRITERS) throw new CannotWrite("too many selections");
    const nonNull = isNonNullType(type);
    const inner = this.nullable(nonNull ? type.ofType : type, nodes);
    const core = inner.write;
    const kept = "kept" in inner ? inner.kept : undefined;
    return {
      write: (value, run) => {
        if (value == null) {
          if (nonNull) throw new CannotWrite("null");
          return "null";
        }
        const piece = kept?.(value, run);
        if (piece !== undefined) return piece;
        if (unusual(value)) throw new CannotWrite("unusual value");
        return core(value, run);
      },
      pure: inner.pure,
    };
  }

  /** The writer of a non-null value of a nullable `type`. */
  private nullable(type: GraphQLOutputType, nodes: readonly FieldNode[]) {
    if (isListType(type)) {
      const item = this.type(type.ofType, nodes);
      const write: Write = (value, run) => {
        if (!Array.isArray(value)) throw new CannotWrite("not an array");
        let out = "[";
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ",";
          out += item.write(value[i], run);
        }
        return `${out}]`;
      };
      return { write, pure: item.pure };
    }
    if (isEnumType(type)) {
      const leaf = type;
      // Each value's JSON written once, as one-byte text (see oneByteText).
      const texts = new Map(
        leaf.getValues().map((v) => [v.name, oneByteText(JSON.stringify(v.name))]),
      );
      const write: Write = (value) => {
        const serialized: unknown = leaf.serialize(value);
        const text = typeof serialized === "string" ? texts.get(serialized) : undefined;
        if (text === undefined) throw new CannotWrite("invalid");
        return text;
      };
      return { write, pure: true };
    }
    if (isScalarType(type) && isSpecifiedScalarType(type)) {
      const leaf = type;
      const write: Write = (value) => {
        const serialized: unknown = leaf.serialize(value);
        if (serialized === undefined || Number.isNaN(serialized)) throw new CannotWrite("invalid");
        return JSON.stringify(serialized);
      };
      return { write, pure: true };
    }
    const sets = nodes.flatMap((n) => (n.selectionSet === undefined ? [] : [n.selectionSet]));
    if (isObjectType(type)) return this.object(type, sets);
    if (isAbstractType(type)) {
      const resolveType = type.resolveType;
      if (resolveType == null || !plainTypeResolver(resolveType)) {
        throw new CannotWrite(`${type.name} resolves its type with info`);
      }
      const byType = new Map<string, Write>();
      let pure = true;
      for (const possible of this.schema.getPossibleTypes(type)) {
        const object = this.object(possible, sets);
        byType.set(possible.name, object.write);
        pure &&= object.pure;
      }
      const write: Write = (value, run) => {
        const name = resolveType(value, run.context);
        const concrete = typeof name === "string" ? byType.get(name) : undefined;
        if (concrete === undefined) throw new CannotWrite("type not resolved");
        return concrete(value, run);
      };
      return { write, pure };
    }
    throw new CannotWrite(`${String(type)} is not written here`);
  }

  /** The writer of an object of `type`: kept as a piece when pure and of {@link PIECE_TYPES}. */
  object(type: GraphQLObjectType, sets: readonly SelectionSetNode[]) {
    const fields = this.fields(type, sets);
    const prefixes = fields.map((f, i) =>
      oneByteText(`${i > 0 ? "," : ""}${JSON.stringify(f.key)}:`),
    );
    const pure = fields.every((f) => f.pure);
    const written: Write = (value, run) => {
      let out = "{";
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as FieldReader;
        out += prefixes[i];
        out += field.write(field.read(value, run), run);
      }
      return `${out}}`;
    };
    if (!pure || !PIECE_TYPES.has(type.name)) return { write: written, pure };
    const selection = {};
    /** The piece kept for `value`, if any (a value that is no object has none). */
    const kept = (value: unknown, run: WriteRun) => run.pieces.get(selection, value);
    const write: Write = (value, run) => {
      const object = value as object;
      const piece = run.pieces.get(selection, object);
      if (piece !== undefined) return piece;
      const text = written(value, run);
      run.pieces.set(selection, object, text);
      return text;
    };
    return { write, pure, kept };
  }

  /** Whether a fragment on `condition` applies to objects of `type`. */
  private applies(condition: string, type: GraphQLObjectType): boolean {
    if (condition === type.name) return true;
    const target = this.schema.getType(condition);
    return target !== undefined && isAbstractType(target) && this.schema.isSubType(target, type);
  }
}
