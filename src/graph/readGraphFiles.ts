import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { type Document, LineCounter, parseDocument } from "yaml";
import type { GraphDataProblem, ProblemCode } from "./GraphDataProblem.js";
import type {
  RawDocument,
  RawEdge,
  RawFile,
  RawFindingProfile,
  RawNode,
  RawVocabulary,
} from "./rawTypes.js";

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

/** Every `*.yaml` / `*.yml` file under `dir`, relative, sorted for a stable order. */
async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * Reads and parses every YAML file under `dir` and checks each against the JSON Schema.
 * Never throws for bad content: every problem is returned, with file and line.
 */
export async function readGraphFiles(dir: string): Promise<ReadResult> {
  const validate = await schemaValidator();
  const names = await listYamlFiles(dir);
  const hash = createHash("sha256");
  const files: ParsedFile[] = [];
  const problems: GraphDataProblem[] = [];
  if (names.length === 0) {
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
  for (const file of names) {
    const text = await readFile(path.join(dir, file), "utf8");
    hash.update(file).update("\0").update(text).update("\0");
    const parsed = parseFile(file, text, validate);
    problems.push(...parsed.problems);
    if (parsed.file !== null) files.push(parsed.file);
  }
  return { files, problems, version: hash.digest("hex").slice(0, 16) };
}

function parseFile(
  file: string,
  text: string,
  validate: Validate,
): { file: ParsedFile | null; problems: GraphDataProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
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
    };
  }
  const lineOf = (at: readonly (string | number)[]) => locate(doc, at, lineAt);
  const value: unknown = doc.toJS() ?? {};
  const errors = validate(value) ? [] : (validate.errors ?? []);
  const problems = errors.map((e) => schemaProblem(file, value, e, lineOf));
  return { file: indexValidEntries(file, value, errors, lineOf), problems };
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

/** A readable name for the entry at `at`: a node's id or an edge's `from -REL-> to`. */
function entryName(value: unknown, at: readonly (string | number)[]): string | null {
  const [list, index] = at;
  if (!isRecord(value) || typeof list !== "string" || typeof index !== "number") return null;
  const entries = value[list];
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  if (!isRecord(entry)) return null;
  if (typeof entry.id === "string") return entry.id;
  if (typeof entry.from === "string" || typeof entry.to === "string") {
    return `${String(entry.from)} -${String(entry.relation)}-> ${String(entry.to)}`;
  }
  return `${list}[${index}]`;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
