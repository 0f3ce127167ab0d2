import type { ErrorObject } from "ajv/dist/2020.js";
import { type Document, LineCounter, parseDocument } from "yaml";
import { countAliasExpansion } from "./aliasExpansion.js";
import { entryLimitProblems, type LimitUse } from "./entryLimits.js";
import { entryName, isRecord } from "./entryName.js";
import type { GraphDataLimits } from "./GraphDataLimits.js";
import type { GraphDataProblem, ProblemCode } from "./GraphDataProblem.js";
import type { SchemaValidator } from "./graphDataSchema.js";
import type { Indexed, InvalidEdge, InvalidNode, ParsedFile } from "./ParsedFile.js";
import type {
  RawDocument,
  RawEdge,
  RawFile,
  RawFindingProfile,
  RawNode,
  RawSourceRef,
  RawVocabulary,
} from "./rawTypes.js";
import { schemaProblem } from "./schemaProblem.js";
import { isKindError, recheckUnknownKinds, type StandInKind } from "./unknownKinds.js";

/** What parsing one file needs from the folder's reading. */
export interface ParseContext {
  readonly validate: SchemaValidator;
  readonly limits: GraphDataLimits;
  readonly use: LimitUse;
  /** A limit was exceeded in an earlier file: count, but do not run the schema. */
  readonly skipSchema: boolean;
}

/**
 * Parses one graph-data file and checks it against the alias and entry limits (adding to
 * `use`, the folder's running count) and the JSON Schema. Never throws for bad content:
 * `problems` lists what is wrong, `file` keeps the entries that passed (null when none can
 * be used), and `overLimit` says that a limit was exceeded.
 */
export function parseGraphFile(
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
  // An `if` error only says that a `then` failed: the errors of that `then` say what.
  const found = validate(value) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== "if");
  const { errors, standIns } = recheckUnknownKinds(value, found, validate);
  const problems = errors.map((e) => {
    const problem = schemaProblem(file, value, e, lineOf);
    const standIn = isKindError(e) ? standIns.get(Number(e.instancePath.split("/")[2])) : undefined;
    return standIn === undefined ? problem : { ...problem, fix: kindFix(standIn) };
  });
  return { file: indexValidEntries(file, value, errors, lineOf), problems, overLimit: false };
}

/** How to fix a node's missing or unknown kind, and what its other fields were checked as. */
function kindFix({ kind, nearest }: StandInKind): string {
  return nearest
    ? `write kind: ${kind} (did you mean "${kind}"?); its other fields were checked as a ${kind}`
    : `write one of the kinds; its other fields were checked as a ${kind}, the kind they fit best`;
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
    invalidNodes: invalidNodes(value.nodes, bad),
    invalidEdges: invalidEdges(value, errors, bad),
    lineOf,
  };
}

/** Each citation of `raw` with a document and a section, null for any other. */
function citationsOf(raw: Record<string, unknown>): (RawSourceRef | null)[] {
  const refs: unknown[] = Array.isArray(raw.sources) ? raw.sources : [];
  return refs.map((ref) =>
    isRecord(ref) && typeof ref.doc === "string" && typeof ref.section === "string"
      ? { doc: ref.doc, section: ref.section }
      : null,
  );
}

/** The nodes that failed the schema but have an id, with their well-formed citations. */
function invalidNodes(list: unknown, bad: ReadonlySet<string>): Indexed<InvalidNode>[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw: unknown, index) => {
    if (!bad.has(`nodes/${index}`) || !isRecord(raw) || typeof raw.id !== "string") return [];
    return [{ raw: { id: raw.id, sources: citationsOf(raw) }, index }];
  });
}

/** The edges that failed the schema, with the ends the schema did not refuse and their citations. */
function invalidEdges(
  value: Record<string, unknown>,
  errors: readonly ErrorObject[],
  bad: ReadonlySet<string>,
): Indexed<InvalidEdge>[] {
  const list = value.edges;
  if (!Array.isArray(list)) return [];
  const refused = new Set(errors.map((e) => e.instancePath));
  return list.flatMap((raw: unknown, index) => {
    if (!bad.has(`edges/${index}`) || !isRecord(raw)) return [];
    const end = (name: "from" | "to") => {
      const id = raw[name];
      return typeof id === "string" && !refused.has(`/edges/${index}/${name}`) ? id : null;
    };
    const entry = entryName(value, ["edges", index]) ?? `edges[${index}]`;
    return [{ raw: { entry, from: end("from"), to: end("to"), sources: citationsOf(raw) }, index }];
  });
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
