/**
 * graphql-js's "Did you mean …?" suggestions, found with indexOf in one pass: a message can
 * repeat a client's value (a variable's), so a backtracking pattern such as
 * `/ Did you mean [^?]*\?$/` took seconds on 95 KB of " Did you mean " (quadratic).
 */
const PHRASE = " Did you mean ";

/**
 * Where the suggestion that ends `message` starts (its leading space), or -1: the first
 * " Did you mean " after the last "?" but the final one, as `/ Did you mean [^?]*\?$/`
 * finds it. Linear in the message's length.
 */
export function lastSuggestionAt(message: string): number {
  if (!message.endsWith("?")) return -1;
  const end = message.length - 1;
  const at = message.indexOf(PHRASE, message.lastIndexOf("?", end - 1) + 1);
  return at >= 0 && at + PHRASE.length <= end ? at : -1;
}

/**
 * `message` without any "Did you mean …?" (each up to the next "?", with the space before
 * it), as `/ ?Did you mean [^?]*\?/g` removes them. Linear: each search starts where the
 * last one stopped.
 */
export function withoutSuggestionText(message: string): string {
  const phrase = PHRASE.slice(1);
  let out = "";
  let from = 0;
  for (;;) {
    const at = message.indexOf(phrase, from);
    if (at < 0) break;
    const close = message.indexOf("?", at + phrase.length);
    // No "?" after it: neither this one nor any later one ends.
    if (close < 0) break;
    const start = at > from && message[at - 1] === " " ? at - 1 : at;
    out += message.slice(from, start);
    from = close + 1;
  }
  return from === 0 ? message : out + message.slice(from);
}
