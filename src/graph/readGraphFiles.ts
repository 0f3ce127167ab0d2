import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { type Document, LineCounter, parseDocument } from "yaml";
import { countAliasExpansion } from "./aliasExpansion.js";
import { entryLimitProblems, type LimitUse } from "./entryLimits.js";
import { entryName, isRecord } from "./entryName.js";
import { DEFAULT_GRAPH_DATA_LIMITS, type GraphDataLimits } from "./GraphDataLimits.js";
import type { GraphDataProblem, ProblemCode } from "./GraphDataProblem.js";
import type {
  RawDocument,
  RawEdge,
  RawFile,
  RawFindingProfile,
  RawNode,
  RawVocabulary,
} from "./rawTypes.js";
import { readSnapshot, type SnapshotOptions } from "./readSnapshot.js";

/** An entry of a list in a file, with its index there (for locating it). */
export interface Indexed<T> {
  readonly raw: T;
  readonly index: number;
}

/** The JSON Schema every graph-data file is checked against (also used by editors). */
export const GRAPH_DATA_SCHEMA_URL = new URL(
  "../../graph-data/graph-data.schema.json",
  import.meta.url,
);

/** One graph-data file, parsed and checked against the JSON Schema. */
export interface ParsedFile {
  /** Path relative to the graph-data folder, with forward slashes. */
  readonly file: string;
  /** Declared documents that passed the schema, each with its index in the file. */
  readonly sources: readonly Indexed<RawDocument>[];
  /** Nodes that passed the schema, each with its index in the file. */
  readonly nodes: readonly Indexed<RawNode>[];
  /** Edges that passed the schema, each with its index in the file. */
  readonly edges: readonly Indexed<RawEdge>[];
  /** Synonym groups that passed the schema. */
  readonly synonyms: readonly (readonly string[])[];
  /** The file's vocabulary, when it has one and it passed the schema. */
  readonly vocabulary: RawVocabulary | null;
  /** Findings profiles that passed the schema, by entity id. */
  readonly findings: ReadonlyMap<string, RawFindingProfile>;
  /** Ids of nodes that exist but failed the schema, so they are not reported as unknown. */
  readonly invalidIds: ReadonlySet<string>;
  /** 1-based line of the value at `at` (for example `["nodes", 3]`). */
  lineOf(at: readonly (string | number)[]): number;
}

/** The result of reading a graph-data folder. */
export interface ReadResult {
  readonly files: readonly ParsedFile[];
  readonly problems: readonly GraphDataProblem[];
  /** sha256 over every file's path and content: the data's version. */
  readonly version: string;
  /** Whether a limit was exceeded (see GraphDataLimits): nothing may be built from it. */
  readonly overLimit: boolean;
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let validator: Validate | undefined;

async function schemaValidator(): Promise<Validate> {
  if (validator === undefined) {
    const schema: unknown = JSON.parse(await readFile(GRAPH_DATA_SCHEMA_URL, "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(schema as object);
  }
  return validator;
}

/** Options of {@link readGraphFiles}. */
export interface ReadOptions {
  /** Bounds on the folder (default {@link DEFAULT_GRAPH_DATA_LIMITS}). */
  readonly limits?: GraphDataLimits;
  /** Called after each file is read: a seam for tests (see {@link SnapshotOptions}). */
  readonly afterRead?: SnapshotOptions["afterRead"];
}

/**
 * Reads every YAML file under `dir` as one consistent snapshot (see {@link readSnapshot}),
 * parses each and checks it against the limits and the JSON Schema. Never throws for bad
 * content: every problem is returned, with file and line. `overLimit` says that a limit
 * was exceeded: the data must then not be built, nor even checked further.
 */
export async function readGraphFiles(dir: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limits = options.limits ?? DEFAULT_GRAPH_DATA_LIMITS;
  const validate = await schemaValidator();
  const snapshot = await readSnapshot(dir, { limits, afterRead: options.afterRead });
  if (snapshot.problems.length > 0) {
    return { files: [], problems: snapshot.problems, version: "", overLimit: true };
  }
  const hash = createHash("sha256");
  const files: ParsedFile[] = [];
  const problems: GraphDataProblem[] = [];
  if (snapshot.files.length === 0) {
    problems.push({
      code: "NO_DATA",
      severity: "error",
      file: ".",
      line: 1,
      entry: null,
      message: `no *.yaml file under ${dir}`,
      fix: "point GRAPH_DATA at a graph-data folder, or add YAML files with nodes and edges",
    });
  }
  const use: LimitUse = { entries: 0, aliasedValues: 0, synonymGroups: 0 };
  let overLimit = false;
  for (const { file, text } of snapshot.files) {
    hash.update(file).update("\0").update(text).update("\0");
    const parsed = parseFile(file, text, { validate, limits, use, skipSchema: overLimit });
    problems.push(...parsed.problems);
    overLimit ||= parsed.overLimit;
    if (parsed.file !== null) files.push(parsed.file);
  }
  return { files, problems, version: hash.digest("hex").slice(0, 16), overLimit };
}

interface ParseContext {
  readonly validate: Validate;
  readonly limits: GraphDataLimits;
  readonly use: LimitUse;
  /** A limit was exceeded in an earlier file: count, but do not run the schema. */
  readonly skipSchema: boolean;
}

function parseFile(
  file: string,
  text: string,
  { validate, limits, use, skipSchema }: ParseContext,
): { file: ParsedFile | null; problems: GraphDataProblem[]; overLimit: boolean } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const fail = (code: ProblemCode, offset: number, message: string, fix: string) => ({
    file: null,
    problems: [
      { code, severity: "error" as const, file, line: lineAt(offset), entry: null, message, fix },
    ],
    overLimit: code === "ALIAS_EXPANSION",
  });
  if (doc.errors.length > 0) {
    return {
      file: null,
      problems: doc.errors.map((e) => ({
        code: "YAML_SYNTAX",
        severity: "error",
        file,
        line: lineAt(e.pos[0]),
        entry: null,
        message: `malformed YAML (${e.code}): ${e.message.split("\n")[0] ?? ""}`,
        fix: "fix the YAML syntax at this line (indentation, quotes, a missing colon or dash)",
      })),
      overLimit: false,
    };
  }
  const budget = limits.maxAliasedValues - use.aliasedValues;
  const aliases = countAliasExpansion(doc, limits.maxAliases, budget);
  use.aliasedValues += aliases.repeated;
  if (aliases.over !== null) {
    return fail(
      "ALIAS_EXPANSION",
      aliases.overAt ?? 0,
      aliases.over === "aliases"
        ? `the file uses more than ${limits.maxAliases} aliases; this is the first one over`
        : `aliases repeat more than ${limits.maxAliasedValues} YAML values in the folder; this alias goes over`,
      "write the values out instead of aliasing them, or alias smaller anchors",
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasedValues }) ?? {};
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return fail(
      "YAML_SYNTAX",
      0,
      `unusable YAML: ${message}`,
      "define each anchor before its aliases",
    );
  }
  const lineOf = (at: readonly (string | number)[]) => locate(doc, at, lineAt);
  const limitProblems = isRecord(value) ? entryLimitProblems(file, value, limits, use, lineOf) : [];
  if (limitProblems.length > 0 || skipSchema) {
    return { file: null, problems: limitProblems, overLimit: limitProblems.length > 0 };
  }
  const errors = validate(value) ? [] : (validate.errors ?? []);
  const problems = errors.map((e) => schemaProblem(file, value, e, lineOf));
  return { file: indexValidEntries(file, value, errors, lineOf), problems, overLimit: false };
}

/** Keeps the entries that passed the schema, so integrity checks still run on them. */
function indexValidEntries(
  file: string,
  value: unknown,
  errors: readonly ErrorObject[],
  lineOf: ParsedFile["lineOf"],
): ParsedFile | null {
  if (!isRecord(value)) return null;
  // "nodes/3" for every entry with an error; errors at the top level concern no entry.
  const bad = new Set(errors.map((e) => e.instancePath.split("/").slice(1, 3).join("/")));
  const invalidIds = new Set<string>();
  const keep = <T>(key: keyof RawFile): Indexed<T>[] => {
    const list = value[key];
    if (!Array.isArray(list)) return [];
    return list.flatMap((raw: unknown, index) => {
      if (!bad.has(`${key}/${index}`)) return [{ raw: raw as T, index }];
      if (isRecord(raw) && typeof raw.id === "string") invalidIds.add(raw.id);
      return [];
    });
  };
  return {
    file,
    sources: keep<RawDocument>("sources"),
    nodes: keep<RawNode>("nodes"),
    edges: keep<RawEdge>("edges"),
    synonyms: keep<string[]>("synonyms").map((s) => s.raw),
    vocabulary:
      isRecord(value.vocabulary) && ![...bad].some((b) => b.startsWith("vocabulary"))
        ? (value.vocabulary as RawVocabulary)
        : null,
    findings: new Map(
      Object.entries(isRecord(value.findings) ? value.findings : {})
        .filter(([id]) => !bad.has(`findings/${id}`))
        .map(([id, raw]) => [id, raw as RawFindingProfile]),
    ),
    invalidIds,
    lineOf,
  };
}

function schemaProblem(
  file: string,
  value: unknown,
  error: ErrorObject,
  lineOf: ParsedFile["lineOf"],
): GraphDataProblem {
  const at = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
  const missing =
    error.keyword === "required"
      ? String((error.params as { missingProperty?: string }).missingProperty)
      : null;
  const field = missing ?? String(at.at(-1) ?? "");
  const code: ProblemCode =
    field === "sources"
      ? "MISSING_SOURCES"
      : field === "explanation"
        ? "MISSING_EXPLANATION"
        : "SCHEMA";
  const where = error.instancePath === "" ? "the file" : error.instancePath;
  return {
    code,
    severity: "error",
    file,
    line: lineOf(at),
    entry: entryName(value, at),
    message: `${where} ${describe(error)}`,
    fix: schemaFix(code, error, field),
  };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "additionalProperties":
      return `has an unknown field "${String(params.additionalProperty)}"`;
    case "unevaluatedProperties":
      return `has a field "${String(params.unevaluatedProperty)}" that this kind does not take`;
    default:
      return error.message ?? "is invalid";
  }
}

function schemaFix(code: ProblemCode, error: ErrorObject, field: string): string {
  if (code === "MISSING_SOURCES") {
    return "cite at least one source: sources: [{doc: <document id>, section: <heading>}]";
  }
  if (code === "MISSING_EXPLANATION") {
    return "add explanation: one sentence in our own words saying why the edge holds";
  }
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    return "remove the field or correct its name (see graph-data/graph-data.schema.json)";
  }
  if (error.keyword === "pattern" && field === "id") {
    return "use a slug: lower-case letters, digits and single hyphens, e.g. plantar-fasciitis";
  }
  return "change the value to match graph-data/graph-data.schema.json";
}

/** Line of the deepest YAML node along `at` that exists. */
function locate(
  doc: Document,
  at: readonly (string | number)[],
  lineAt: (offset: number) => number,
): number {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = doc.getIn(at.slice(0, depth), true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node?.range) return lineAt(node.range[0]);
  }
  return 1;
}
