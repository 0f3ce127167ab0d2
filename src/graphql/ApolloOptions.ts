import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyBaseLogger } from "fastify";
import type { Context } from "./context.js";
import type { CostGate } from "./costGate.js";
import type { TrustedDocumentsMode } from "./persistedQueries.js";
import type { ServiceLimits } from "./serviceLimits.js";
import type { TrustedDocuments } from "./trustedDocuments.js";

/**
 * Defaults of {@link ApolloOptions}, said once (the HTTP server passes its options through;
 * the process's INTROSPECTION takes its default from here). A library caller gets
 * development behaviour unless it asks for production: the process decides that from
 * NODE_ENV (src/process/config.ts), which defaults to production.
 */
export const APOLLO_DEFAULTS = {
  /** Development: unknown errors shown with stack traces and suggestions, for tests and tools. */
  production: false,
  /** Introspection on: a public knowledge API. */
  introspection: true,
  /** Operations compiled by graphql-jit. */
  compiled: true,
} as const;

/** Options of the Apollo server. */
export interface ApolloOptions {
  /** The SDL (schema/*.graphql). */
  readonly typeDefs: string;
  /** Server-side log: every error is logged here in full. */
  readonly log: FastifyBaseLogger;
  /** Mask unknown errors, hide stack traces and schema details from clients (default {@link APOLLO_DEFAULTS}). */
  readonly production?: boolean;
  /** Allow schema introspection (default {@link APOLLO_DEFAULTS}: on). */
  readonly introspection?: boolean;
  /**
   * Execute with graphql-jit, compiling each operation once (default {@link APOLLO_DEFAULTS}: true); false runs
   * graphql-js's interpreter. Both give the same answers (a test compares them).
   */
  readonly compiled?: boolean;
  /** Budgets of one request (default DEFAULT_SERVICE_LIMITS). */
  readonly limits?: ServiceLimits;
  /**
   * The trusted documents (default none) and whether only they may run (default `off`):
   * see persistedQueryStore. The HTTP layer refuses other documents in `only` mode.
   */
  readonly trustedDocuments?: {
    readonly documents: TrustedDocuments;
    readonly mode: TrustedDocumentsMode;
  };
  /**
   * The cost limit and client turns (default: a gate of its own over `limits`); the HTTP
   * server shares one with its compiled path, so both paths limit alike.
   */
  readonly costGate?: CostGate;
  /** Extra plugins (for example the Fastify drain plugin). */
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
}
