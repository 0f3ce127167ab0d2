import type { FastifyRequest } from "fastify";
import type { Context } from "../context.js";
import type { CostGate } from "../costGate.js";
import { executableSchema } from "../executableSchema.js";
import { knownOperationTypesRule } from "../knownOperationTypesRule.js";
import { QUERY_LIMITS, queryLimits } from "../queryLimits.js";
import { resolvers } from "../resolvers.js";
import type { ServiceLimits } from "../serviceLimits.js";
import type { CompiledPathOptions } from "./compiledPath.js";
import { KnownOperations } from "./KnownOperations.js";

/** What {@link createCompiledPath} builds the compiled path from. */
export interface CompiledPathSetup {
  /** The SDL. */
  readonly typeDefs: string;
  /** Texts of the documents to compile: the trusted documents (the contract's operations). */
  readonly documents: Iterable<string>;
  /** Budgets of one request (compiled size, cost). */
  readonly limits: ServiceLimits;
  /** Whether introspection is allowed (as Apollo's). */
  readonly introspection: boolean;
  /** The cost gate Apollo's pipeline uses too. */
  readonly gate: CostGate;
  /** The context of a request, as Apollo's context function builds it. */
  readonly contextOf: (request: FastifyRequest) => Context;
}

/**
 * Parses, validates and compiles `documents` once (each when first asked for), against the service's own
 * executable schema, with Apollo's parse options and validation rules: see
 * KnownOperations and answerCompiled. Nothing compiled depends on the data, so a reload
 * changes nothing here; costs depend on it and are estimated per data version by the gate.
 */
export function createCompiledPath(setup: CompiledPathSetup): CompiledPathOptions {
  const schema = executableSchema(setup.typeDefs, resolvers);
  const known = new KnownOperations(setup.documents, {
    schema,
    validationRules: [...queryLimits(setup.gate).validationRules, knownOperationTypesRule],
    maxTokens: QUERY_LIMITS.maxTokens,
    introspection: setup.introspection,
    maxCompiledFields: setup.limits.maxCompiledFields,
  });
  return { schema, known, gate: setup.gate, contextOf: setup.contextOf };
}
