import type { ErrorObject } from "ajv/dist/2020.js";
import { nearestName } from "./didYouMean.js";
import { entryName } from "./entryName.js";
import type { GraphDataProblem, ProblemCode } from "./GraphDataProblem.js";
import type { ParsedFile } from "./ParsedFile.js";

/** What one entry of each top-level list is called in a message. */
const ENTRY_KINDS: Readonly<Record<string, string>> = {
  nodes: "node",
  edges: "edge",
  sources: "document",
  synonyms: "synonym group",
  findings: "findings profile",
};

/**
 * A JSON Schema error in `file` as a problem worded like the loader's others: located at
 * the value's line, named by its entry, with a code (MISSING_SOURCES and
 * MISSING_EXPLANATION for those fields, else SCHEMA), a message naming the entry and the
 * field in words (`node "x" has no sources`, `kind of node "x" must be one of …`, never a
 * JSON pointer) and a fix.
 */
export function schemaProblem(
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
  // A field of an entry (not a top-level list): missing, or present but empty.
  const ofEntry = (missing === null ? at.length - 1 : at.length) >= 2;
  const code: ProblemCode = !ofEntry
    ? "SCHEMA"
    : field === "sources"
      ? "MISSING_SOURCES"
      : field === "explanation"
        ? "MISSING_EXPLANATION"
        : "SCHEMA";
  const entry = entryName(value, at);
  return {
    code,
    severity: "error",
    file,
    line: lineOf(at),
    entry,
    message: `${subject(at, entry)} ${describe(error)}`,
    fix: schemaFix(code, error, field) + enumSuggestion(error, valueAt(value, at)),
  };
}

/** The value at `at` in `value`, if there is one. */
function valueAt(value: unknown, at: readonly (string | number)[]): unknown {
  let here: unknown = value;
  for (const step of at) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[step];
  }
  return here;
}

/** ` (did you mean "X"?)` for a string an enum does not hold but nearly does, else "". */
function enumSuggestion(error: ErrorObject, given: unknown): string {
  if (error.keyword !== "enum" || typeof given !== "string") return "";
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
  const nearest = nearestName(given, allowed.map(String));
  return nearest === null ? "" : ` (did you mean "${nearest}"?)`;
}

/**
 * The value `at` names, in words: `the file`, `node "x"`, `kind of node "x"`,
 * `sources[0].section of node "x"`, or the readable path when no entry holds it.
 */
function subject(at: readonly (string | number)[], entry: string | null): string {
  if (at.length === 0) return "the file";
  const [list] = at;
  const kind = typeof list === "string" ? ENTRY_KINDS[list] : undefined;
  if (entry === null || kind === undefined) return readablePath(at);
  const owner = `${kind} "${entry}"`;
  const rest = at.slice(2);
  return rest.length === 0 ? owner : `${readablePath(rest)} of ${owner}`;
}

/** `["sources", 0, "section"]` as `sources[0].section`. */
function readablePath(at: readonly (string | number)[]): string {
  return at.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `has no ${String(params.missingProperty)}`;
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
    return "add sources: [{ doc: <document id>, section: <heading> }] citing the article section it comes from";
  }
  if (code === "MISSING_EXPLANATION") {
    return "add explanation: one sentence in our own words saying why the edge holds";
  }
  if (error.keyword === "required") {
    return `add ${field} (graph-data/graph-data.schema.json says what it holds)`;
  }
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    return "remove the field or correct its name (see graph-data/graph-data.schema.json)";
  }
  if (error.keyword === "pattern" && error.schemaPath.includes("oneWordList")) {
    return "write one word per entry (this list is compared one word at a time): split a phrase, or move it to a list of phrases";
  }
  if (error.keyword === "pattern" && field === "id") {
    return "use a slug: lower-case letters, digits and single hyphens, e.g. plantar-fasciitis";
  }
  return "change the value to match graph-data/graph-data.schema.json";
}
