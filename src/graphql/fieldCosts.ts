import { ENTITY_KINDS, RELATIONS } from "../graph/index.js";
import { terms } from "../search/index.js";
import { TRACE_DEFAULTS } from "../trace/index.js";
import { READ_LIMITS } from "../understand/index.js";
import { pageSize } from "./entityPage.js";
import type { ListBounds } from "./listBounds.js";
import { relationFilter } from "./relationFilter.js";
import { type ComplaintArg, traceInputs } from "./traceInputs.js";

/**
 * Own cost of the fields that compute more than they return, in the cost model's unit
 * (about a microsecond of CPU on the bundled graph): a text search costs
 * `perSearch`, a search term `perTerm`.
 */
export const FIELD_WEIGHTS = {
  /** A trace: ranking, the walk and the plan, before reading its inputs. */
  trace: 300,
  /**
   * Reading one trace input (an id, or free text read once by the complaint reader, in
   * time linear in its length: under 0.2 ms for a runner's sentence). Priced as the old
   * per-clause text search was, so a trace at the cost limit stays well under 30 ms of CPU.
   */
  perSearch: 300,
  /** Query.understand: reading one complaint. */
  understand: 300,
  /** A search or facet count, before its terms. */
  search: 50,
  /** One term of a search query (fuzzy and prefix lookups). */
  perTerm: 30,
  /** Condition.rootCauses: one walk up the chain. */
  rootCauses: 300,
  /** Query.suggest: a prefix lookup. */
  suggest: 10,
} as const;

/** Root fields whose own work grows with their input; a request may hold only a few. */
export const EXPENSIVE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  "trace",
  "search",
  "searchFacets",
  "understand",
]);

/**
 * Root fields' arguments whose strings {@link ownCost} and {@link innerScope} price by how
 * many there are, never by what they say (a trace input costs the same whatever it says;
 * `understand` costs the same for any text): the cost memo need not read them.
 */
export const CONTENT_FREE_ARGUMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["trace", new Set(["symptoms", "complaints", "evidence"])],
  ["understand", new Set(["text"])],
]);

/** Sizes the enclosing fields set for the lists below them. */
export interface Scope {
  /** Inputs of the enclosing trace: with the reader's findings per input, bounds `matched`. */
  readonly searches: number;
  /** The enclosing trace's or rootCauses' `limit`. */
  readonly limit: number;
  /** The enclosing trace's or rootCauses' `maxDepth`: bounds path steps. */
  readonly maxDepth: number;
  /** The enclosing `entities(first)`. */
  readonly first: number;
  /** Answers given to the enclosing trace (`evidence`): each a yes adds a match. */
  readonly answers: number;
  /** The enclosing trace's `questions`. */
  readonly questions: number;
}

/** The scope at the operation's root: nothing enclosing. */
export const ROOT_SCOPE: Scope = {
  searches: 0,
  limit: 0,
  maxDepth: 0,
  first: 0,
  answers: 0,
  questions: 0,
};

/** A field's argument values. */
export type Args = Record<string, unknown>;

/**
 * The longest a list field can be: `first` or `limit` when given, else what the enclosing
 * scope says (a trace's inputs, limit, depth, questions), else the data's measured maxima
 * (`bounds`) or introspection's (`introspection`), else every entity.
 */
export function listSize(
  type: string,
  field: string,
  args: Args,
  scope: Scope,
  bounds: ListBounds,
  introspection: ReadonlyMap<string, number>,
): number {
  const key = `${type}.${field}`;
  const given = [args.first, args.limit].find((v) => typeof v === "number");
  if (typeof given === "number") return Math.max(0, given);
  switch (key) {
    case "Query.nodes":
      return Array.isArray(args.ids) ? args.ids.length : 0;
    case "EntityConnection.edges":
      return scope.first;
    case "TraceResult.matched":
    case "TraceResult.absent":
    case "ConditionMatch.matchedEvidence":
    case "ConditionMatch.matchedSymptoms":
      return Math.min(scope.searches * READ_LIMITS.findings, bounds.evidence) + scope.answers;
    case "Triage.grounds":
      // One per reason a match reports: at most the matches.
      return Math.min(scope.searches * READ_LIMITS.findings, bounds.evidence) + scope.answers;
    case "Triage.reasons":
      return (
        Math.min(scope.searches * READ_LIMITS.findings, bounds.evidence) +
        scope.answers +
        bounds.entities("CONDITION")
      );
    case "Understanding.findings":
      return READ_LIMITS.findings;
    case "TraceResult.unplaced":
    case "Triage.unplaced":
      // At most one per finding the reader returns, of every input read.
      return scope.searches * READ_LIMITS.findings;
    case "UnplacedFinding.signsElsewhere":
      return bounds.entities("SYMPTOM");
    case "TraceResult.questions":
      return scope.questions;
    case "Checklist.options":
      // A site's warning signs: symptoms, never more than the data holds.
      return bounds.entities("SYMPTOM");
    case "TraceResult.conditions":
    case "TraceResult.rootCauses":
      return scope.limit;
    case "TraceResult.treatments":
      return bounds.entities("TREATMENT");
    case "PlanItem.addresses":
      return bounds.relations(["TREATS", "PREVENTS"], "OUTGOING");
    case "RootCause.paths":
      return TRACE_DEFAULTS.pathsPerRootCause;
    case "CausalPath.steps":
      return scope.maxDepth;
    case "Query.kineticChain":
      return bounds.fields.get("BodyStructure.kineticChain") ?? bounds.entities("BODY_STRUCTURE");
    case "Query.searchFacets":
    case "GraphStats.byKind":
      return ENTITY_KINDS.length;
    case "GraphStats.byRelation":
      return RELATIONS.length;
  }
  if (field === "relations") {
    const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : null);
    const relation = relationFilter({
      relations: list(args.relations),
      relation: list(args.relation),
    });
    const direction = typeof args.direction === "string" ? args.direction : null;
    return bounds.relations(relation, direction);
  }
  return bounds.fields.get(key) ?? introspection.get(key) ?? bounds.entities(null);
}

/** A field's own work (1, or its {@link FIELD_WEIGHTS} with its inputs or terms). */
export function ownCost(root: string, type: string, field: string, args: Args): number {
  if (type === root) {
    if (field === "trace") {
      const inputs = traceInputs(args.symptoms as string[], args.complaints as ComplaintArg[]);
      return FIELD_WEIGHTS.trace + FIELD_WEIGHTS.perSearch * inputs.length;
    }
    if (field === "search" || field === "searchFacets") {
      return FIELD_WEIGHTS.search + FIELD_WEIGHTS.perTerm * terms(String(args.query ?? "")).length;
    }
    if (field === "suggest") return FIELD_WEIGHTS.suggest;
    if (field === "understand") return FIELD_WEIGHTS.understand;
  }
  if (type === "Condition" && field === "rootCauses") return FIELD_WEIGHTS.rootCauses;
  return 1;
}

/** The scope a field's selection is priced in: a trace's, a rootCauses' or a page's sizes. */
export function innerScope(
  root: string,
  type: string,
  field: string,
  args: Args,
  scope: Scope,
): Scope {
  if (type === root && field === "trace") {
    const inputs = traceInputs(args.symptoms as string[], args.complaints as ComplaintArg[]);
    return {
      ...scope,
      searches: inputs.length,
      limit: Number(args.limit ?? 0),
      maxDepth: Number(args.maxDepth ?? 0),
      answers: Array.isArray(args.evidence) ? args.evidence.length : 0,
      questions: Number(args.questions ?? 0),
    };
  }
  if (type === "Condition" && field === "rootCauses") {
    return { ...scope, limit: Number(args.limit ?? 0), maxDepth: Number(args.maxDepth ?? 0) };
  }
  if (type === root && field === "entities") return { ...scope, first: pageSize(args) };
  return scope;
}
