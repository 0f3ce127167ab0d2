import { GraphQLError } from "graphql";

/**
 * The codes clients see in `extensions.code`. Apollo Server adds its own for requests
 * that fail before resolvers run (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 * BAD_REQUEST, PERSISTED_QUERY_NOT_FOUND, OPERATION_RESOLUTION_FAILURE).
 */
export const ErrorCode = {
  /** An argument is out of its allowed range or malformed; the message says what is allowed. */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** The request is not a GraphQL request the server can run (HTTP 400); the message says why. */
  BAD_REQUEST: "BAD_REQUEST",
  /** The document's estimated cost is over the limit (HTTP 400); the message gives cost and limit. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /**
   * A trace or search spent its request's work budget (WORK_BUDGET: text searches, search
   * terms, walk steps) and stopped; the message says what to send instead.
   */
  WORK_BUDGET_EXCEEDED: "WORK_BUDGET_EXCEEDED",
  /** The answer is larger than MAX_RESPONSE_KB (HTTP 400); ask for fewer fields or smaller lists. */
  RESPONSE_TOO_LARGE: "RESPONSE_TOO_LARGE",
  /**
   * TRUSTED_DOCUMENTS=only and the request's document is not one of the published trusted
   * documents (trusted-documents.json), by text or by hash (HTTP 403).
   */
  TRUSTED_DOCUMENT_REQUIRED: "TRUSTED_DOCUMENT_REQUIRED",
  /** One client sent too many requests, or too many at once (HTTP 429); retry later. */
  RATE_LIMITED: "RATE_LIMITED",
  /** Anything unexpected; masked for clients, logged in full. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

/** A BAD_USER_INPUT error: `message` says what went wrong and what is allowed. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** Checks that `value` is an integer in `min..max`. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `${value} is out of range: allowed ${min}..${max}`);
  }
  return value;
}

/** Checks that `value` has 1..max characters once trimmed; returns it unchanged. */
export function checkText(argument: string, value: string, max: number): string {
  if (value.trim().length === 0) {
    throw badUserInput(argument, `must not be empty or only spaces: give 1..${max} characters`);
  }
  if (value.length > max) {
    throw badUserInput(argument, `is ${value.length} characters long: allowed 1..${max}`);
  }
  return value;
}
