/**
 * Most characters of an error message a client gets: graphql-js repeats a variable's value
 * in its coercion message, so a 95 KB value made a 190 KB answer and fed every message
 * pattern after it. 2,000 keeps every message the service writes whole (the longest, with
 * its fix hint and suggestion, is under 600) and shows enough of a client's value to find it.
 */
export const MESSAGE_MAX_CHARS = 2000;

/**
 * `message` cut to {@link MESSAGE_MAX_CHARS}: its start and its end kept (what went wrong
 * leads, how to fix it and any suggestion close), the middle replaced by a mark saying how
 * much was cut. Unchanged when short enough.
 */
export function boundedMessage(message: string): string {
  if (message.length <= MESSAGE_MAX_CHARS) return message;
  const markOf = (cut: number) => ` … (${cut} characters cut) … `;
  // The mark's length depends on the count's digits: settle it (two rounds at most).
  let mark = markOf(message.length - MESSAGE_MAX_CHARS);
  for (let round = 0; round < 2; round++)
    mark = markOf(message.length - (MESSAGE_MAX_CHARS - mark.length));
  const keep = MESSAGE_MAX_CHARS - mark.length;
  const head = Math.ceil(keep / 2);
  return message.slice(0, head) + mark + message.slice(message.length - (keep - head));
}
