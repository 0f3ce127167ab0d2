import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { FastifyBaseLogger } from "fastify";
import { type DocumentNode, GraphQLError, type GraphQLFormattedError } from "graphql";
import { APOLLO_DEFAULTS, type ApolloOptions } from "./ApolloOptions.js";
import { boundedMessage } from "./boundedMessage.js";
import { boundedStacktraces } from "./boundedStacktraces.js";
import type { Context } from "./context.js";
import { CostGate } from "./costGate.js";
import { documentStore } from "./documentStore.js";
import { CLIENT_ERROR_CODES, ErrorCode, INTERNAL_ERROR_MESSAGE } from "./errors.js";
import { withFixHint } from "./fixHints.js";
import { jitGateway } from "./jitGateway.js";
import { knownOperationTypesRule } from "./knownOperationTypesRule.js";
import { persistedQueryStore } from "./persistedQueries.js";
import { QUERY_LIMITS, queryLimits } from "./queryLimits.js";
import { resolvers } from "./resolvers.js";
import { DEFAULT_SERVICE_LIMITS } from "./serviceLimits.js";
import { withoutSuggestionText } from "./suggestionText.js";

/**
 * The Apollo server of kinetic-graph. Unknown errors are logged in full with the request
 * id and, in production, reach clients only as INTERNAL_SERVER_ERROR with a generic
 * message. The landing page is off: it would load a page from the internet. It never
 * handles termination signals itself: whoever runs it decides how to shut down.
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<Context> {
  const production = options.production ?? APOLLO_DEFAULTS.production;
  const budgets = options.limits ?? DEFAULT_SERVICE_LIMITS;
  const limits = queryLimits(options.costGate ?? new CostGate(budgets));
  const execution = !(options.compiled ?? APOLLO_DEFAULTS.compiled)
    ? { typeDefs: options.typeDefs, resolvers }
    : {
        gateway: jitGateway(options.typeDefs, resolvers, {
          maxCompiledFields: budgets.maxCompiledFields,
          cacheBytes: budgets.compiledCacheBytes,
        }),
      };
  return new ApolloServer<Context>({
    ...execution,
    introspection: options.introspection ?? APOLLO_DEFAULTS.introspection,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // The process owns SIGTERM/SIGINT (src/process/shutdown: grace, drain, deadline). Left on,
    // Apollo would stop the server at the signal in production, refusing new connections
    // through the grace that load balancers rely on.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    documentStore: documentStore(budgets.documentCacheBytes),
    persistedQueries: {
      cache: persistedQueryStore(
        options.trustedDocuments?.documents ?? new Map(),
        options.trustedDocuments?.mode ?? "off",
        budgets.documentCacheBytes,
      ),
    },
    // The limits, then: a mutation or subscription is refused as unknown (no such roots).
    validationRules: [...limits.validationRules, knownOperationTypesRule],
    allowBatchedHttpRequests: false,
    // Bounded before and after: graphql-js repeats a client's value in its message, which
    // every pattern after reads, and a fix hint may lengthen it again.
    formatError: (formatted, error) => bounded(clientView(bounded(formatted), error, production)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the default cache-control plugin would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(options.log),
      ...(production ? [] : [boundedStacktraces()]),
      ...limits.plugins,
      ...(options.plugins ?? []),
    ],
  });
}

/**
 * The code an error reaches clients with: its own, BAD_REQUEST for an Apollo request
 * error that has none but an HTTP 4xx status, else INTERNAL_SERVER_ERROR.
 */
function codeOf(error: unknown): string {
  const e = unwrapResolverError(error);
  if (!(e instanceof GraphQLError)) return ErrorCode.INTERNAL_SERVER_ERROR;
  if (typeof e.extensions.code === "string") return e.extensions.code;
  const status = (e.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500
    ? ErrorCode.BAD_REQUEST
    : ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * The error without graphql-js's "Did you mean …?" suggestions, which name parts of the
 * schema: Apollo removes them from validation errors only, and variable coercion (the
 * jit gateway rewraps its messages) or a resolver can carry them too.
 */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = withoutSuggestionText(formatted.message);
  return message === formatted.message ? formatted : { ...formatted, message };
}

/** The name of the document's only operation, if it has exactly one and it is named. */
function soleOperationName(document: DocumentNode | undefined): string | null {
  const operations = (document?.definitions ?? []).filter((d) => d.kind === "OperationDefinition");
  return operations.length === 1 ? (operations[0]?.name?.value ?? null) : null;
}

/**
 * Records each operation's name and outcome for the request log, logs unknown errors in
 * full, and gives every INTERNAL_SERVER_ERROR the client sees the request's id
 * (`extensions.requestId`), so a user can quote it and an operator find the log line.
 */
function requestLogPlugin(log: FastifyBaseLogger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          contextValue.outcome.operationName = operationName ?? null;
        },
        async didEncounterErrors({ errors, contextValue, operationName, document }) {
          // Failed before the operation was resolved (validation): name it from the document.
          contextValue.outcome.operationName ??= operationName ?? soleOperationName(document);
          for (const e of errors) {
            const code = codeOf(e);
            contextValue.outcome.errorCodes.push(code);
            if (!CLIENT_ERROR_CODES.has(code)) {
              log.error(
                { reqId: contextValue.requestId, err: unwrapResolverError(e), path: e.path },
                "unexpected error",
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              Object.assign(e, {
                extensions: { ...e.extensions, requestId: contextValue.requestId },
              });
            }
          }
        },
      };
    },
  };
}

/** `formatted` with its message cut to MESSAGE_MAX_CHARS (see boundedMessage). */
function bounded(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = boundedMessage(formatted.message);
  return message === formatted.message ? formatted : { ...formatted, message };
}

/**
 * What a client sees of an error: a client error says how to fix it (without graphql-js's
 * suggestions in production); any other keeps its text only outside production.
 */
function clientView(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const code = codeOf(error);
  if (code === ErrorCode.BAD_REQUEST && formatted.extensions?.code !== code) {
    // An Apollo request error without a code (an APQ hash that does not match the query).
    return {
      message: `${formatted.message}: send the SHA-256 of the query text as extensions.persistedQuery.sha256Hash`,
      extensions: { code },
    };
  }
  if (CLIENT_ERROR_CODES.has(code)) {
    return withFixHint(production ? withoutSuggestions(formatted) : formatted);
  }
  if (!production) return formatted;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
  };
}
