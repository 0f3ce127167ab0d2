import type { KnowledgeBase } from "../knowledge/index.js";
import { checkEvidence } from "./checkEvidence.js";
import { badUserInput, checkRange, checkText } from "./errors.js";
import type { ComplaintInput, EntityKind, EvidenceInput } from "./generated/resolversTypes.js";
import { LIMITS } from "./limits.js";
import { checkTraceInputs } from "./traceInputs.js";
import type { WorkBudget } from "./WorkBudget.js";

/**
 * Each argument check of the resolvers, against LIMITS: what a field's arguments become
 * once checked, in the form the KnowledgeBase method takes them, so that every resolver
 * is one call. A bad argument throws BAD_USER_INPUT naming it and what is allowed; the
 * checks run in the order of the field's arguments.
 */

/** `nodes(ids)`: 1..100 ids. */
export function nodeIds(ids: readonly string[]): readonly string[] {
  const { min, max } = LIMITS.nodeIds;
  if (ids.length < min || ids.length > max) {
    throw badUserInput("ids", `${ids.length} given: allowed ${min}..${max} ids`);
  }
  return ids;
}

/** `search(query, kinds, limit, offset)`, with the request's work meter. */
export function searchArguments(
  args: {
    readonly query: string;
    readonly kinds?: readonly EntityKind[] | null;
    readonly limit: number;
    readonly offset: number;
  },
  budget: WorkBudget | undefined,
): Parameters<KnowledgeBase["search"]> {
  const { query, kinds, limit, offset } = args;
  checkText("query", query, LIMITS.queryLength);
  checkRange("limit", limit, LIMITS.searchLimit.min, LIMITS.searchLimit.max);
  checkRange("offset", offset, LIMITS.searchOffset.min, LIMITS.searchOffset.max);
  return [
    query,
    { kinds: kinds ?? null, limit, offset, ...(budget ? { meter: budget.searchMeter } : {}) },
  ];
}

/** `suggest(prefix, limit)`. */
export function suggestArguments(args: {
  readonly prefix: string;
  readonly limit: number;
}): Parameters<KnowledgeBase["suggest"]> {
  checkText("prefix", args.prefix, LIMITS.prefixLength);
  checkRange("limit", args.limit, LIMITS.suggestLimit.min, LIMITS.suggestLimit.max);
  return [args.prefix, args.limit];
}

/** `trace(symptoms, complaints, limit, maxDepth, evidence, questions)`, with the work meter. */
export function traceArguments(
  kb: KnowledgeBase,
  args: {
    readonly symptoms?: readonly string[] | null;
    readonly complaints?: readonly ComplaintInput[] | null;
    readonly limit: number;
    readonly maxDepth: number;
    readonly evidence?: readonly EvidenceInput[] | null;
    readonly questions: number;
  },
  budget: WorkBudget | undefined,
): Parameters<KnowledgeBase["trace"]> {
  const { limit, maxDepth, questions } = args;
  const inputs = checkTraceInputs(kb, args.symptoms, args.complaints);
  checkRange("limit", limit, LIMITS.traceLimit.min, LIMITS.traceLimit.max);
  checkRange("maxDepth", maxDepth, LIMITS.traceDepth.min, LIMITS.traceDepth.max);
  checkRange("questions", questions, LIMITS.traceQuestions.min, LIMITS.traceQuestions.max);
  return [
    inputs,
    {
      limit,
      maxDepth,
      questions,
      evidence: checkEvidence(kb, args.evidence ?? []),
      ...(budget ? { meter: budget.traceMeter } : {}),
    },
  ];
}

/** `Condition.rootCauses(limit, maxDepth)`, with the work meter. */
export function rootCausesArguments(
  args: { readonly limit: number; readonly maxDepth: number },
  budget: WorkBudget | undefined,
): Parameters<KnowledgeBase["rootCausesOf"]>[1] {
  const { min, max } = LIMITS.rootCausesLimit;
  return {
    limit: checkRange("limit", args.limit, min, max),
    maxDepth: checkRange("maxDepth", args.maxDepth, LIMITS.traceDepth.min, LIMITS.traceDepth.max),
    ...(budget ? { meter: budget.traceMeter } : {}),
  };
}

/** `kineticChain(from)` of an id that is not a body structure's. */
export function notABodyStructure(from: string): never {
  throw badUserInput(
    "from",
    `"${from}" is not the id of a body structure: use a BODY_STRUCTURE id such as "knee"`,
  );
}
