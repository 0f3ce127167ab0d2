import type { FastifyRequest } from "fastify";
import type { KnownDocument, KnownOperation, KnownOperations } from "./KnownOperations.js";

/** A GraphQL request for a known operation, as read off HTTP. */
export interface KnownRequest {
  readonly document: KnownDocument;
  readonly operation: KnownOperation;
  /** The variables as sent (not yet coerced). */
  readonly variables: Record<string, unknown>;
  /** The content type Apollo would answer with for this request's Accept header. */
  readonly contentType: string;
}

const JSON_TYPE = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json; charset=utf-8";

/**
 * Accept headers that clients send, and the content type Apollo negotiates for each (its
 * Negotiator over application/json, application/graphql-response+json and the callback
 * type). Any other Accept goes to Apollo: the table holds only what a test compares.
 */
const ACCEPTED: ReadonlyMap<string, string> = new Map([
  ["", JSON_TYPE],
  ["*/*", JSON_TYPE],
  ["application/json", JSON_TYPE],
  ["application/json, text/plain, */*", JSON_TYPE],
  ["application/json, application/graphql-response+json", JSON_TYPE],
  ["application/graphql-response+json", GRAPHQL_RESPONSE_TYPE],
  ["application/graphql-response+json, application/json", GRAPHQL_RESPONSE_TYPE],
  ["application/graphql-response+json, application/json;q=0.9", GRAPHQL_RESPONSE_TYPE],
]);

/** The fields a GraphQL request may have, read from a POST body or a GET's parameters. */
interface RequestFields {
  readonly query: unknown;
  readonly operationName: unknown;
  readonly variables: unknown;
  readonly extensions: unknown;
}

/** A plain JSON object (not an array, not null). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The media type of a content-type header, lower case, without parameters. */
function essence(contentType: string): string {
  const semicolon = contentType.indexOf(";");
  return (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/** A POST's fields, when its body is a JSON object of GraphQL's fields only; else null. */
function postFields(request: FastifyRequest): RequestFields | null {
  if (essence(request.headers["content-type"] ?? "") !== "application/json") return null;
  const body = request.body;
  if (!isRecord(body)) return null;
  for (const key in body) {
    if (key !== "query" && key !== "operationName" && key !== "variables" && key !== "extensions")
      return null;
  }
  return {
    query: body.query,
    operationName: body.operationName,
    variables: body.variables,
    extensions: body.extensions,
  };
}

/** Characters of a GET URL read here: printable ASCII but `#` (anything else goes to Apollo). */
const PLAIN_URL = /^[\x21\x22\x24-\x7e]*$/;

/** A JSON-encoded object parameter, parsed; null when it is not one. */
function jsonObject(text: string | null): Record<string, unknown> | undefined | null {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** The parameters Apollo reads from a GET; each may appear at most once. */
const GET_PARAMETERS = ["query", "operationName", "variables", "extensions"] as const;

/** Content types a GET may carry here (Apollo refuses any but JSON's, with 415). */
const GET_TYPES: ReadonlySet<string> = new Set([
  "application/json",
  "application/json; charset=utf-8",
]);

/**
 * A GET's fields, when it passes Apollo's checks (no content type but JSON's, CSRF
 * prevention's header, each parameter once, JSON objects where objects go); else null.
 */
function getFields(request: FastifyRequest): RequestFields | null {
  const { headers } = request;
  const type = headers["content-type"];
  if (type !== undefined && !GET_TYPES.has(type.toLowerCase())) return null;
  // CSRF prevention: a JSON content type, or a header a simple request cannot carry.
  if (
    type === undefined &&
    !headers["apollo-require-preflight"] &&
    !headers["x-apollo-operation-name"]
  ) {
    return null;
  }
  const url = request.url;
  if (!PLAIN_URL.test(url)) return null;
  const mark = url.indexOf("?");
  const params = new URLSearchParams(mark < 0 ? "" : url.slice(mark + 1));
  for (const name of GET_PARAMETERS) if (params.getAll(name).length > 1) return null;
  const variables = jsonObject(params.get("variables"));
  const extensions = jsonObject(params.get("extensions"));
  if (variables === null || extensions === null) return null;
  return {
    query: params.get("query") ?? undefined,
    operationName: params.get("operationName") ?? undefined,
    variables,
    extensions,
  };
}

/** The known document the fields name, by text or by a persisted-query hash; else null. */
function documentOf(fields: RequestFields, known: KnownOperations): KnownDocument | null {
  const { query, extensions } = fields;
  if (extensions == null) {
    return typeof query === "string" ? (known.ofText(query) ?? null) : null;
  }
  // The only extension read here: a version 1 persisted query naming a known document.
  if (!isRecord(extensions)) return null;
  for (const key in extensions) if (key !== "persistedQuery") return null;
  const persisted = extensions.persistedQuery;
  if (!isRecord(persisted) || persisted.version !== 1) return null;
  const hash = persisted.sha256Hash;
  if (typeof hash !== "string") return null;
  const document = known.ofHash(hash);
  if (document === undefined) return null;
  // With the text too, Apollo checks that the hash is the text's.
  if (query === undefined) return document;
  return query === document.text ? document : null;
}

/**
 * Reads a GraphQL POST or GET that names a known operation, with well-formed fields and
 * an Accept header of the table, as Apollo would read it; null for anything else
 * (unknown documents, other extensions, other content types or Accept values, batches,
 * malformed fields), which then goes to Apollo unchanged. Variables are not coerced yet.
 */
export function readKnownRequest(
  request: FastifyRequest,
  known: KnownOperations,
): KnownRequest | null {
  const contentType = ACCEPTED.get(request.headers.accept ?? "");
  if (contentType === undefined) return null;
  const fields =
    request.method === "POST"
      ? postFields(request)
      : request.method === "GET"
        ? getFields(request)
        : null;
  if (fields === null) return null;
  const document = documentOf(fields, known);
  if (document === null) return null;
  const { operationName, variables } = fields;
  const operation =
    operationName == null
      ? document.sole
      : typeof operationName === "string"
        ? (document.operations.get(operationName) ?? null)
        : null;
  if (operation === null) return null;
  if (variables != null && !isRecord(variables)) return null;
  return { document, operation, variables: variables ?? {}, contentType };
}
