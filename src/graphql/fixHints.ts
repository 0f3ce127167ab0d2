import type { GraphQLFormattedError } from "graphql";

/**
 * graphql-js's messages for the mistakes a developer makes first, and Apollo's for an
 * automatic persisted query whose hash the service does not hold, each with how to fix it:
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
  [/^OneOf Input Object "[^"]+" must specify exactly one key\.$/, "give exactly one of its fields"],
  [/^Syntax Error: .+$/s, 'correct the document where "locations" points'],
  [/^PersistedQueryNotFound$/, "resend the request with the query text and the same hash"],
];

/** graphql-js's "Did you mean …?" at the end of a message (kept outside production). */
const SUGGESTION = / Did you mean [^?]*\?$/;

/**
 * `formatted` with how to fix it appended when its message is one of graphql-js's in
 * {@link HINTS}; a "Did you mean …?" suggestion, when there is one, stays last.
 */
export function withFixHint(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const suggestion = SUGGESTION.exec(formatted.message);
  const bare = suggestion ? formatted.message.slice(0, suggestion.index) : formatted.message;
  for (const [pattern, hint] of HINTS) {
    const m = pattern.exec(bare);
    if (m === null) continue;
    const how = hint.replace("$1", m[1] ?? "");
    const message = `${bare.replace(/\.$/, "")}: ${how}${suggestion ? `.${suggestion[0]}` : ""}`;
    return { ...formatted, message };
  }
  return formatted;
}
