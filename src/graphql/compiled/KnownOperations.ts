import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { compiledSize } from "../compiledSize.js";
import { documentHash } from "../trustedDocuments.js";
import { AnswerWriter } from "./AnswerWriter.js";

/** One operation of a known document, compiled once. */
export interface KnownOperation {
  /** Its name (null for an anonymous operation). */
  readonly name: string | null;
  readonly definition: OperationDefinitionNode;
  /** graphql-jit's plan for it, compiled once (when a request first names its document). */
  readonly plan: CompiledQuery;
  /** Its JSON writer, when it uses only what AnswerWriter writes (else the plan answers). */
  readonly writer: AnswerWriter | null;
}

/** A document known at start: its text, hash, parsed form and operations. */
export interface KnownDocument {
  readonly text: string;
  /** SHA-256 of the text in hex, as automatic persisted queries name it. */
  readonly hash: string;
  readonly document: DocumentNode;
  /** Its operations by name. */
  readonly operations: ReadonlyMap<string, KnownOperation>;
  /** The operation run when the request names none: its only one, else null (Apollo refuses). */
  readonly sole: KnownOperation | null;
}

/** Options of {@link compileKnownOperations}. */
export interface KnownOperationsOptions {
  /** The executable schema (with the service's resolvers). */
  readonly schema: GraphQLSchema;
  /** Apollo's extra validation rules (depth, aliases, directives, operation types). */
  readonly validationRules: readonly ValidationRule[];
  /** Tokens a document may have (graphql-js parseOptions.maxTokens, as Apollo parses). */
  readonly maxTokens: number;
  /** Schema introspection allowed: when not, Apollo refuses documents that introspect. */
  readonly introspection: boolean;
  /** Field nodes graphql-jit may compile for one operation (larger ones are left to Apollo). */
  readonly maxCompiledFields: number;
}

/**
 * The documents known at start, by text and by hash: only those that parse and validate
 * exactly as Apollo parses and validates them, each operation compiled by graphql-jit.
 * A document that fails any check is left out, so Apollo answers it (and refuses it) as
 * before. Nothing here depends on the data, only on the schema. Each document is compiled
 * the first time a request names it, then kept (as it would have been at start): a start
 * compiled every one, about a fifth of a start's CPU on the fixture graph, where most
 * processes answer a few of them.
 */
export class KnownOperations {
  /** Each text known, by text: its hash and, once compiled, its document (null: left out). */
  private readonly byText = new Map<string, Entry>();
  private readonly byHash = new Map<string, Entry>();

  /** Takes `texts` (trusted documents, the contract's operations) to compile; see the class. */
  constructor(
    texts: Iterable<string>,
    private readonly options: KnownOperationsOptions,
  ) {
    for (const text of texts) {
      if (this.byText.has(text)) continue;
      const entry: Entry = { text, compiled: undefined };
      this.byText.set(text, entry);
      this.byHash.set(documentHash(text), entry);
    }
  }

  /** The known document of exactly this text, if any. */
  ofText(text: string): KnownDocument | undefined {
    return this.known(this.byText.get(text));
  }

  /** The known document whose SHA-256 (hex) this is, if any. */
  ofHash(hash: string): KnownDocument | undefined {
    return this.known(this.byHash.get(hash));
  }

  /** How many documents are known (each compiled, if it was not yet, to know). */
  get size(): number {
    let size = 0;
    for (const entry of this.byText.values()) if (this.known(entry) !== undefined) size++;
    return size;
  }

  /** The entry's document, compiled on first use; undefined when there is none or it failed. */
  private known(entry: Entry | undefined): KnownDocument | undefined {
    if (entry === undefined) return undefined;
    if (entry.compiled === undefined) entry.compiled = compileDocument(entry.text, this.options);
    return entry.compiled ?? undefined;
  }
}

/** A text given at start: undefined until compiled, then its document or null (left out). */
interface Entry {
  readonly text: string;
  compiled: KnownDocument | null | undefined;
}

/** A document parsed, validated and compiled as Apollo would run it; null when it fails. */
function compileDocument(text: string, options: KnownOperationsOptions): KnownDocument | null {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: options.maxTokens });
  } catch {
    return null;
  }
  const rules = [
    ...specifiedRules,
    ...options.validationRules,
    ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  if (validate(options.schema, document, rules).length > 0) return null;
  const definitions = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operations = new Map<string, KnownOperation>();
  const compiled: KnownOperation[] = [];
  for (const definition of definitions) {
    const name = definition.name?.value ?? null;
    // Only queries: GET refuses the others, and the schema has none anyway.
    if (definition.operation !== "query") return null;
    if (compiledSize(options.schema, document, name) > options.maxCompiledFields) return null;
    const plan = compileQuery(options.schema, document, name ?? undefined);
    if (!isCompiledQuery(plan)) return null;
    const writer = AnswerWriter.compile(options.schema, document, definition);
    const operation = { name, definition, plan, writer };
    compiled.push(operation);
    if (name !== null) operations.set(name, operation);
  }
  const sole = compiled.length === 1 ? (compiled[0] ?? null) : null;
  return { text, hash: documentHash(text), document, operations, sole };
}
