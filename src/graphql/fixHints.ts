import type { GraphQLFormattedError } from "graphql";
import { lastSuggestionAt } from "./suggestionText.js";

/**
 * graphql-js's messages for the mistakes a developer makes first, and Apollo's for an
 * automatic persisted query whose hash the service does not hold and for a request it
 * cannot read (a body, Accept or search parameter), each with how to fix it:
 * they say what went wrong only, and this service's rule is `what went wrong: how to fix
 * it`. Matched on their own wording (anchored, so this service's messages, which already
 * say how, never match); a message that matches none is left as it is. The code is never
 * changed: APQ clients resend the query text on PERSISTED_QUERY_NOT_FOUND.
 */
const HINTS: readonly (readonly [RegExp, string])[] = [
  [
    /^Cannot query field "[^"]+" on type "([^"]+)"\.$/,
    "ask for a field that $1 has (introspection lists them)",
  ],
  [
    /^Unknown argument "[^"]+" on field "([^"]+)"\.$/,
    "use an argument that $1 takes (introspection lists them)",
  ],
  [
    /^Value "[^"]+" does not exist in "([^"]+)" enum\.$/,
    "use one of the values of $1 (introspection lists them)",
  ],
  [
    /^Field "[^"]+" of type "[^"]+" must have a selection of subfields\.$/,
    "select some of its fields in { }",
  ],
  [
    /^Field "[^"]+" must not have a selection since type "[^"]+" has no subfields\.$/,
    "remove the { } after it",
  ],
  [
    /^Field "[^"]+" argument "[^"]+" of type "[^"]+" is required, but it was not provided\.$/,
    "give that argument",
  ],
  [/^Variable "\$[^"]+" of required type "[^"]+" was not provided\.$/, 'give it in "variables"'],
  [
    /^Variable "\$[^"]+" got invalid value .+$/s,
    "send a value of the type the variable is declared with",
  ],
  [
    /^Variable "\$[^"]+" of type "[^"]+" used in position expecting type "[^"]+"\.$/,
    "declare the variable with the type the argument takes",
  ],
  [/^Fragment "[^"]+" is never used\.$/, "spread it in an operation, or remove it"],
  [/^Unknown fragment "[^"]+"\.$/, "define the fragment in the document, or remove the spread"],
  [
    /^Variable "\$[^"]+" is never used(?: in operation "[^"]+")?\.$/,
    "use it in the operation, or remove its declaration",
  ],
  [
    /^Variable "\$[^"]+" is not defined(?: by operation "[^"]+")?\.$/,
    "declare it in the operation's variables",
  ],
  [/^Unknown type "[^"]+"\.$/, "use a type the schema has (introspection lists them)"],
  [/^OneOf Input Object "[^"]+" must specify exactly one key\.$/, "give exactly one of its fields"],
  [
    /^Cannot spread fragment "[^"]+" within itself(?: via [^.]+)?\.$/,
    "break the cycle: a fragment must not spread itself, directly or through others",
  ],
  [
    /^The directive "@[^"]+" can only be used once at this location\.$/,
    "give the directive once there",
  ],
  [
    /^Maximum introspection depth exceeded$/,
    "nest fewer introspection lists (fields, interfaces, possibleTypes, inputFields, ofType) in one another",
  ],
  [/^Syntax Error: .+$/s, 'correct the document where "locations" points'],
  [/^Validation aborted\.$/, "the document is too costly to check: repeat fields less"],
  [
    /^Too many validation errors, error limit reached\. Validation aborted\.$/,
    "correct the errors above and send it again",
  ],
  [/^PersistedQueryNotFound$/, "resend the request with the query text and the same hash"],
  // Apollo Server's request errors (BAD_REQUEST, HTTP 400, 406 or 415); its CSRF message,
  // which says what to send, is left as it is.
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    'send a JSON object with the document in "query"',
  ],
  [/^GraphQL queries must be strings\..*$/s, 'send the document\'s text in "query"'],
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/,
    'send the document in "query", or its SHA-256 in extensions.persistedQuery',
  ],
  [/^No operations found in request\.$/, "send a document with a query operation"],
  [/^Operation batching disabled\.$/, "send one operation per request, as an object, not an array"],
  [
    /^`(variables|extensions)` in a POST body (?:must be an object if provided|should be provided as an object, not a recursively JSON-encoded string)\.$/,
    "send $1 as a JSON object, or leave it out",
  ],
  [
    /^`operationName` in a POST body must be a string if provided\.$/,
    "send the operation's name as a string, or leave it out",
  ],
  [
    /^An 'accept' header was provided for this request which does not accept .+$/s,
    "accept application/graphql-response+json or application/json",
  ],
  [
    /^The (\w+) search parameter (?:contains invalid JSON|should contain a JSON-encoded object)\.$/,
    "give $1 as a URL-encoded JSON object",
  ],
  [/^The '(\w+)' search parameter may only be specified once\.$/, "give $1 once"],
  [
    /^GET requests may not have a content-type header other than application\/json\.$/,
    "send no content-type, or application/json",
  ],
];

/**
 * `formatted` with how to fix it appended when its message is one of graphql-js's in
 * {@link HINTS}; a "Did you mean …?" suggestion, when there is one, stays last.
 */
export function withFixHint(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // graphql-js's "Did you mean …?" at the end of a message (kept outside production).
  const at = lastSuggestionAt(formatted.message);
  const bare = at < 0 ? formatted.message : formatted.message.slice(0, at);
  const suggestion = at < 0 ? "" : formatted.message.slice(at);
  for (const [pattern, hint] of HINTS) {
    const m = pattern.exec(bare);
    if (m === null) continue;
    const how = hint.replace("$1", m[1] ?? "");
    const message = `${bare.replace(/\.$/, "")}: ${how}${suggestion && `.${suggestion}`}`;
    return { ...formatted, message };
  }
  return formatted;
}
