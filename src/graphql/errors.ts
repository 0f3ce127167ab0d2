import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError } from "graphql";

/**
 * Every code clients see in `extensions.code`: Apollo Server's own (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, BAD_USER_INPUT, PERSISTED_QUERY_NOT_FOUND,
 * PERSISTED_QUERY_NOT_SUPPORTED, OPERATION_RESOLUTION_FAILURE, INTERNAL_SERVER_ERROR: see
 * `ApolloServerErrorCode`), then ours, then those of errors answered by HTTP before
 * GraphQL runs. The one list: metrics label requests with these codes and no other.
 */
export const ErrorCode = {
  ...ApolloServerErrorCode,
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
  /** HTTP 404: no such route. */
  NOT_FOUND: "NOT_FOUND",
  /** HTTP 405: the route does not take that method. */
  METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED",
  /** HTTP 408: the request did not arrive in time. */
  REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  /** HTTP 413: the body is larger than the server reads. */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** HTTP 415: a body that is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  /** HTTP 431: the request's headers are too large. */
  REQUEST_HEADER_FIELDS_TOO_LARGE: "REQUEST_HEADER_FIELDS_TOO_LARGE",
  /** HTTP 503: the explorer page or GraphiQL was not built (`npm run build` builds it). */
  NOT_BUILT: "NOT_BUILT",
} as const;

/**
 * Codes whose errors reach clients as they are: they say what the client sent wrong. Any
 * other is an unexpected failure: logged in full and, in production, masked as
 * INTERNAL_SERVER_ERROR with {@link INTERNAL_ERROR_MESSAGE}.
 */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.WORK_BUDGET_EXCEEDED,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
]);

/** What a client reads of an unexpected failure (HTTP 500, or a masked GraphQL error). */
export const INTERNAL_ERROR_MESSAGE =
  "Internal server error: the failure was logged; try again later or report it";

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
